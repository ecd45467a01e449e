// The window in contest mode against a real verdict-server: signed in as a contestant, the
// problems and the title show that server; a submission is followed live; the server is killed
// (-9) in the middle of the judging and restarted on the same port: the window says it is
// reconnecting, then the verdict arrives, each test once; "Back to practice" is offered.
#include <signal.h>

#include <QAction>
#include <QListView>
#include <QTest>

#include "app_test_env.h"
#include "server_process.h"
#include "verdict/app/contest/contest_controller.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/submissions_model.h"
#include "verdict/editor/code_editor.h"

using verdict::app::MainWindow;
using verdict::app::SubmissionsModel;
using verdict::app::contest::ConnectionMonitor;

namespace {

constexpr int kJudgeMs = 120000;
constexpr char kPassword[] = "alice-password-1";
// Slow enough per test (wall time, not CPU) to be caught in the middle.
constexpr char kSlowSum[] =
    "import time\ntime.sleep(0.4)\na, b = map(int, input().split())\nprint(a + b)\n";

}  // namespace

class ContestWindowTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

  private slots:
    void initTestCase() { verdict::tests::useScratchDataHome(m_home); }

    void followsAVerdictAcrossAServerCrash() {
        verdict::tests::ServerProcess server;
        QVERIFY(server.start());
        auto admin = server.admin();
        QVERIFY(admin);
        QVERIFY(admin->postBytes("/api/v1/problems?name=aplusb", verdict::tests::aplusbZip(),
                                 "application/zip"));
        QVERIFY(admin->post("/api/v1/users", {{"username", "alice"}, {"password", kPassword}}));
        auto alice = server.login("alice", kPassword);
        QVERIFY(alice);

        MainWindow window;
        window.show();
        window.contest()->useConnection(server.address(), QString::fromStdString(alice->token()),
                                        "alice");
        QVERIFY(window.windowTitle().contains("alice"));
        QVERIFY(window.serverIdentity().contains("alice"));
        QTRY_VERIFY_WITH_TIMEOUT(window.problems()->rowOf("aplusb") >= 0, kJudgeMs);
        QTRY_VERIFY(window.currentProblemId() > 0);  // the first problem opens by itself
        QTRY_VERIFY(window.selectLanguage("python3"));
        window.editor()->setText(kSlowSum);

        SubmissionsModel* model = window.submissions();
        window.submitAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, kJudgeMs);
        const qint64 id = model->index(0, 0).data(SubmissionsModel::SubmissionIdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(model->submission(id)->test >= 1, kJudgeMs);

        server.signal(SIGKILL);
        server.wait();
        ConnectionMonitor& monitor = window.contest()->monitor();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.state() != ConnectionMonitor::State::Connected, 20000);
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Connected, 30000);

        QTRY_COMPARE_WITH_TIMEOUT(model->submission(id)->verdict, QStringLiteral("AC"), kJudgeMs);
        const SubmissionsModel::Submission* done = model->submission(id);
        QCOMPARE(int(done->results.size()), done->tests);  // each test once, after the rejudge
        QCOMPARE(model->rowCount(), 1);
    }
};

QTEST_MAIN(ContestWindowTest)
#include "contest_window_test.moc"
