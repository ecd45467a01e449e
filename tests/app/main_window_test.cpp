// End to end, offscreen: the main window with a real LocalServer; choose aplusb, write Python,
// Submit, and see the live verdict (AC), or a compile error land on the right line.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include "app_test_env.h"
#include "verdict/app/compile_log_view.h"
#include "verdict/app/connection_indicator.h"
#include "verdict/app/import/companion_listener.h"
#include "verdict/app/import/import_actions.h"
#include "verdict/app/import/package_importer.h"
#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/problem_view.h"
#include "verdict/app/submissions_filter.h"
#include "verdict/app/submissions_model.h"
#include "verdict/app/submissions_panel.h"
#include "verdict/app/tests_panel/test_cases_model.h"
#include "verdict/app/tests_panel/tests_panel.h"
#include "verdict/editor/code_editor.h"

using verdict::app::ConnectionState;
using verdict::app::MainWindow;
using verdict::app::SubmissionsModel;

namespace {

constexpr int kStartMs = 120000;
constexpr int kJudgeMs = 60000;

}  // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        verdict::tests::useScratchDataHome(m_home);
        m_server = std::make_unique<verdict::app::LocalServer>();
        m_window = std::make_unique<MainWindow>(m_server.get());
        m_window->show();
        connect(m_server.get(), &verdict::app::LocalServer::ready, this,
                [this](const verdict::client::ServerAddress& address, const QString& token) {
                    m_address = address;
                    m_token = token;
                });
        m_server->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->connectionIndicator()->state() != ConnectionState::Starting, kStartMs);
        QCOMPARE(m_window->connectionIndicator()->state(), ConnectionState::Connected);
        QTRY_VERIFY(m_window->problems()->rowOf("aplusb") >= 0);
        QTRY_VERIFY(m_window->languageChooser()->count() > 0);
        const int row = m_window->problems()->rowOf("aplusb");
        m_window->problemList()->setCurrentIndex(m_window->problems()->index(row));
        QTRY_VERIFY(m_window->currentProblemId() > 0);
        QVERIFY(m_window->selectLanguage("python3"));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_server->stop();
    }

    void submitsAndShowsTheLiveVerdict() {
        m_window->editor()->setText("a, b = map(int, input().split())\nprint(a + b)\n");
        SubmissionsModel* model = m_window->submissions();
        QSignalSpy finished(model, &SubmissionsModel::submissionFinished);
        QSignalSpy rows(model, &QAbstractItemModel::rowsInserted);
        m_window->submitAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kJudgeMs);
        QCOMPARE(finished.at(0).at(1).toString(), "AC");
        const QModelIndex top = model->index(model->rowCount() - 1, 0);
        QCOMPARE(model->index(top.row(), SubmissionsModel::StatusColumn).data().toString(),
                 "Accepted");
        QVERIFY(model->rowCount(top) >= 2);  // one row per test, each accepted
        for (int i = 0; i < model->rowCount(top); ++i)
            QCOMPARE(model->index(i, 0, top).data(SubmissionsModel::VerdictRole).toString(), "AC");
    }

    // Judge ▸ Run all tests (Ctrl+R) runs the samples with the editor's code and language.
    void runsTheSamplesFromTheWindow() {
        m_window->editor()->setText("a, b = map(int, input().split())\nprint(a + b)\n");
        auto* tests = m_window->testsPanel()->model();
        QTRY_VERIFY(tests->rowCount() >= 1);
        m_window->activateWindow();
        m_window->editor()->setFocus();
        QTest::keyClick(m_window->editor(), Qt::Key_R, Qt::ControlModifier);
        for (int row = 0; row < tests->rowCount(); ++row)
            QTRY_COMPARE_WITH_TIMEOUT(tests->testAt(row)->result.state,
                                      verdict::app::tests_panel::TestState::Accepted, kJudgeMs);
        QVERIFY(tests->testAt(0)->result.cpuMs >= 0);
        // A wrong program: WA, and nothing is submitted.
        const int submitted = m_window->submissions()->rowCount();
        m_window->editor()->setText("print(0)\n");
        m_window->testsPanel()->runAllAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(tests->testAt(0)->result.state,
                                  verdict::app::tests_panel::TestState::WrongAnswer, kJudgeMs);
        QCOMPARE(m_window->submissions()->rowCount(), submitted);
    }

    void putsACompileErrorOnItsLine() {
        m_window->editor()->setText("a, b = map(int, input().split())\n\nprint(a +* b)\n");
        QSignalSpy finished(m_window->submissions(), &SubmissionsModel::submissionFinished);
        m_window->submitAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kJudgeMs);
        QCOMPARE(finished.at(0).at(1).toString(), "CE");
        QTRY_VERIFY(!m_window->editor()->diagnostics().isEmpty());
        QCOMPARE(m_window->editor()->diagnostics().first().line, 3);
        QVERIFY(!m_window->editor()->diagnosticsOnLine(3).isEmpty());
        // The compile log names the place; a click on that line puts the caret there.
        auto* log = m_window->compileLog();
        QVERIFY(log->toPlainText().contains("line 3"));
        const verdict::editor::Diagnostic first = log->diagnostics().first();
        m_window->editor()->goToLine(1);
        QVERIFY(log->activateLine(first.outputLine));
        int line = 0, index = 0;
        m_window->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line + 1, 3);
        QVERIFY(!log->activateLine(first.outputLine + 100));
    }

    void submitsWithCtrlEnterFromTheEditor() {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->editor()->setText("print(sum(map(int, input().split())))\n");
        m_window->editor()->setFocus();
        const QString before = m_window->editor()->text();
        SubmissionsModel* model = m_window->submissions();
        const int rows = model->rowCount();
        QSignalSpy finished(model, &SubmissionsModel::submissionFinished);
        QTest::keyClick(m_window->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kJudgeMs);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(finished.at(0).at(1).toString(), "AC");
        QCOMPARE(m_window->editor()->text(), before);  // no newline typed
        QVERIFY(m_window->submitAction()->shortcut().toString().contains("Return"));
    }

    // File ▸ Import: a package folder goes to the local judge (a taken name gets a suffix) and
    // opens; Competitive Companion listens while practising.
    void importsAPackageAndOpensIt() {
        QTemporaryDir copy;
        const QString folder = copy.filePath("aplusb");
        QVERIFY(QDir().mkpath(folder));
        QProcess cp;
        cp.start("cp",
                 {"-r", QString(VERDICT_SOURCE_DIR) + "/resources/problems/aplusb/.", folder});
        QVERIFY(cp.waitForFinished() && cp.exitCode() == 0);
        QVERIFY(m_window->importActions()->importFolderAction()->isEnabled());
        m_window->importer()->importPackage(folder);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->problems()->rowOf("aplusb-2") >= 0, kJudgeMs);
        QTRY_COMPARE(m_window->problemList()
                         ->currentIndex()
                         .data(verdict::app::ProblemListModel::ShortNameRole)
                         .toString(),
                     QStringLiteral("aplusb-2"));
        QTRY_VERIFY(m_window->companion()->isListening());
        // Back to the first problem (and its buffer) for the tests that follow.
        const QModelIndex aplusb =
            m_window->problems()->index(m_window->problems()->rowOf("aplusb"));
        m_window->problemList()->setCurrentIndex(aplusb);
        QTRY_COMPARE(m_window->currentProblemId(),
                     aplusb.data(verdict::app::ProblemListModel::IdRole).toInt());
    }

    // File ▸ Open source file… / Save source as…: the language follows the extension and the
    // file goes into that language's buffer; a binary or a huge file is refused.
    void opensAndSavesSourceFiles() {
        QTemporaryDir dir;
        const QString before = m_window->editor()->text();
        QFile source(dir.filePath("mine.cpp"));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write("int main() { return 0; }  // é\n");
        source.close();
        QSignalSpy done(m_window.get(), &MainWindow::sourceFileDone);
        m_window->loadSourceFile(source.fileName());
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.at(0).at(0).toBool());
        QCOMPARE(m_window->languageChooser()->currentData().toString(), QStringLiteral("cpp"));
        QCOMPARE(m_window->editor()->text(), QStringLiteral("int main() { return 0; }  // é\n"));
        m_window->saveSourceFile(dir.filePath("copy.cpp"));
        QTRY_COMPARE(done.count(), 2);
        QFile copy(dir.filePath("copy.cpp"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(copy.readAll()), m_window->editor()->text());

        QFile binary(dir.filePath("a.out"));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(
            QByteArray("\x7f"
                       "ELF\0\0\xff\xfe",
                       8));
        binary.close();
        m_window->loadSourceFile(binary.fileName());
        QTRY_COMPARE(done.count(), 3);
        QVERIFY(!done.at(2).at(0).toBool());
        QVERIFY(done.at(2).at(1).toString().contains("not UTF-8"));
        QFile huge(dir.filePath("huge.py"));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(17 << 20));
        huge.close();
        m_window->loadSourceFile(huge.fileName());
        QTRY_COMPARE(done.count(), 4);
        QVERIFY(done.at(3).at(1).toString().contains("16 MiB"));
        QCOMPARE(m_window->languageChooser()->currentData().toString(), QStringLiteral("cpp"));
        QVERIFY(m_window->selectLanguage("python3"));  // the file went into the C++ buffer
        QTRY_COMPARE(m_window->editor()->text(), before);
    }

    // A window opened later on the same server (an IDE restart) lists the earlier submissions
    // with their verdicts and tests, this problem's only unless asked, and can reopen their code.
    void aLaterWindowShowsTheHistory() {
        QVERIFY(!m_token.isEmpty());
        const SubmissionsModel* earlier = m_window->submissions();
        QVERIFY(earlier->rowCount() >= 3);
        const qint64 lastId = earlier->index(earlier->rowCount() - 1, 0)
                                  .data(SubmissionsModel::SubmissionIdRole)
                                  .toLongLong();
        MainWindow later;
        later.show();
        later.connectTo(m_address, m_token);
        QTRY_COMPARE_WITH_TIMEOUT(later.submissions()->rowCount(), earlier->rowCount(), kJudgeMs);
        const SubmissionsModel::Submission* last = later.submissions()->submission(lastId);
        QVERIFY(last);
        QCOMPARE(last->verdict, QStringLiteral("AC"));
        QVERIFY(!last->results.isEmpty());
        auto* panel = later.submissionsPanel();
        QTRY_VERIFY(later.problems()->rowOf("aplusb") >= 0);
        QTRY_VERIFY(later.languageChooser()->count() > 0);
        later.problemList()->setCurrentIndex(
            later.problems()->index(later.problems()->rowOf("aplusb")));
        QTRY_VERIFY(later.currentProblemId() > 0);
        QTRY_COMPARE(panel->filter()->rowCount(), earlier->rowCount());  // all are aplusb's
        later.stepProblem(1);  // another problem: none of them
        QTRY_VERIFY(later.currentProblemId() != m_window->currentProblemId());
        QTRY_COMPARE(panel->filter()->rowCount(), 0);
        panel->allProblemsBox()->setChecked(true);
        QCOMPARE(panel->filter()->rowCount(), earlier->rowCount());
        panel->allProblemsBox()->setChecked(false);
        later.stepProblem(-1);
        QTRY_COMPARE(panel->filter()->rowCount(), earlier->rowCount());

        QVERIFY(later.selectLanguage("python3"));  // the submission's: one buffer per language
        later.editor()->setText("my newer attempt\n");
        panel->view()->setCurrentIndex(panel->filter()->index(panel->filter()->rowCount() - 1, 0));
        QCOMPARE(panel->selectedSubmission(), lastId);
        QSignalSpy open(panel, &verdict::app::SubmissionsPanel::openCodeRequested);
        panel->view()->doubleClicked(panel->view()->currentIndex());
        QCOMPARE(open.count(), 1);
        QTRY_COMPARE(later.editor()->text(), m_window->editor()->text());
        later.editor()->undo();
        QCOMPARE(later.editor()->text(), QStringLiteral("my newer attempt\n"));
    }

  private:
    QTemporaryDir m_home;
    verdict::client::ServerAddress m_address;
    QString m_token;
    std::unique_ptr<verdict::app::LocalServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
