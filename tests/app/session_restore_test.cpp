// Never lose code: a real IDE process (session_restore_child) works on "pairsum" in C++ and is
// killed with SIGKILL while it types; a new window on the same data dir comes back with the same
// problem, language, own test and every edit the autosave had reported, and its local judge was
// not left running.
#include <signal.h>

#include <QComboBox>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "app_test_env.h"
#include "verdict/app/connection_indicator.h"
#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"
#include "verdict/app/tests_panel/test_cases_model.h"
#include "verdict/app/tests_panel/tests_panel.h"
#include "verdict/editor/code_editor.h"

using verdict::app::MainWindow;

namespace {

constexpr int kStartMs = 120000;

// The pid of the verdict-server a data dir's server.log belongs to is not recorded: ask /proc for
// any verdict-server whose command line names this data dir.
bool serverRunningFor(const QString& dataDir) {
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.readAll();
        if (args.contains("verdict-server") && args.contains(dataDir.toUtf8()))
            return true;
    }
    return false;
}

}  // namespace

class SessionRestoreTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

  private slots:
    void initTestCase() { verdict::tests::useScratchDataHome(m_home); }

    void comesBackAfterKillNine() {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationDirPath() + "/session_restore_child");
        QVERIFY(child.waitForStarted());
        // Wait for a few saves, then kill at a random moment of the typing.
        int saved = 0;
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (saved < 5 && clock.elapsed() < kStartMs) {
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
            const auto matches = QRegularExpression("saved (\\d+)\n").globalMatch(out);
            for (auto it = matches; it.hasNext();)
                saved = it.next().captured(1).toInt();
        }
        QVERIFY2(saved >= 5, out.constData());
        QTest::qWait(QRandomGenerator::global()->bounded(200));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        out += child.readAllStandardOutput();
        for (auto it = QRegularExpression("saved (\\d+)\n").globalMatch(out); it.hasNext();)
            saved = it.next().captured(1).toInt();

        // Its judge dies with it (PR_SET_PDEATHSIG), so the new IDE can start its own.
        const QString dataDir = verdict::app::LocalServer::defaultDataDirectory();
        QTRY_VERIFY_WITH_TIMEOUT(!serverRunningFor(dataDir), 10000);

        verdict::app::LocalServer server;
        MainWindow window(&server);
        window.show();
        server.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.currentProblemId() > 0, kStartMs);
        QCOMPARE(window.problemView() != nullptr, true);
        QTRY_COMPARE(window.languageChooser()->currentData().toString(), QStringLiteral("cpp"));
        const QString text = window.editor()->text();
        QVERIFY2(text.startsWith("// my pair sum\n"), qPrintable(text));
        // Every reported edit is there, in order, and nothing is torn.
        const QStringList lines = text.split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() - 1 >= saved, qPrintable(QString::number(saved)));
        for (int i = 1; i < lines.size(); ++i)
            QCOMPARE(lines[i], QStringLiteral("// edit %1").arg(i));
        auto* tests = window.testsPanel()->model();
        QTRY_VERIFY(tests->sampleCount() > 0);
        const QJsonArray own = tests->ownTestsJson();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own[0].toObject().value("input").toString(), QStringLiteral("3 4\n"));
        server.stop();
    }
};

QTEST_MAIN(SessionRestoreTest)
#include "session_restore_test.moc"
