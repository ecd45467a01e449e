// The Tests panel end to end against the real local server: aplusb's samples plus an own test
// run as custom runs with a correct Python program (AC with CPU time and memory, the own test
// just shows its output), a wrong one (WA, the diff shows where), and one that does not compile
// (CE, the compiler's output signalled).
#include <QAction>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <nlohmann/json.hpp>

#include "app_test_env.h"
#include "verdict/app/json_bridge.h"
#include "verdict/app/local_server.h"
#include "verdict/app/server_session.h"
#include "verdict/app/tests_panel/diff_text_view.h"
#include "verdict/app/tests_panel/output_diff_view.h"
#include "verdict/app/tests_panel/test_cases_model.h"
#include "verdict/app/tests_panel/test_runner.h"
#include "verdict/app/tests_panel/tests_panel.h"

using namespace verdict::app::tests_panel;

namespace {

constexpr int kStartMs = 120000;
constexpr int kJudgeMs = 120000;
const QString kCorrect = "a, b = map(int, input().split())\nprint(a + b)\n";

}  // namespace

class TestsPanelTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        verdict::tests::useScratchDataHome(m_home);
        m_server = std::make_unique<verdict::app::LocalServer>();  // after the scratch home
        QSignalSpy ready(m_server.get(), &verdict::app::LocalServer::ready);
        QSignalSpy failed(m_server.get(), &verdict::app::LocalServer::failed);
        m_server->start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), kStartMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const auto address = ready.at(0).at(0).value<verdict::client::ServerAddress>();
        m_session.setConnection(address, ready.at(0).at(1).toString());

        verdict::client::Client api(address, ready.at(0).at(1).toString().toStdString());
        auto problems = api.get("/api/v1/problems");
        QVERIFY(problems);
        std::int64_t id = 0;
        for (const auto& entry : *problems.value) {
            if (entry["short_name"] == "aplusb")
                id = entry["id"].get<std::int64_t>();
        }
        QVERIFY(id > 0);
        auto problem = api.get("/api/v1/problems/" + std::to_string(id));
        QVERIFY(problem);
        m_panel = std::make_unique<TestsPanel>(&m_session);
        m_panel->setSourceProvider([this] { return qMakePair(QString("python3"), m_source); });
        m_panel->resize(1000, 600);
        m_panel->show();
        m_panel->setProblem(verdict::app::toQt(*problem.value).toObject());
        m_samples = m_panel->model()->sampleCount();
        QVERIFY(m_samples >= 2);
        m_ownRow = m_panel->model()->addOwnTest("no answer", "7 8\n", "");
    }

    void cleanupTestCase() {
        m_panel.reset();
        m_server->stop();
    }

    void acceptsACorrectProgram() {
        m_source = kCorrect;
        TestRunner* runner = m_panel->runner();
        QSignalSpy finished(runner, &TestRunner::allFinished);
        m_panel->runAllAction()->trigger();
        QVERIFY(runner->isBusy());
        QVERIFY(runner->inFlightCount() <= TestRunner::kMaxInFlight);
        m_panel->runAllAction()->trigger();  // again: the first one's waiting runs are dropped
        QVERIFY(runner->pendingCount() + runner->inFlightCount() <= m_samples + 1 + 2);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !runner->isBusy(), kJudgeMs);
        TestCasesModel* model = m_panel->model();
        for (int row = 0; row < m_samples; ++row) {
            const TestCase* test = model->testAt(row);
            QVERIFY2(test->result.state == TestState::Accepted,
                     qPrintable(test->name + ": " + stateLabel(test->result.state) + " " +
                                test->result.message));
            QVERIFY(test->result.cpuMs >= 0);
            QVERIFY(test->result.memoryKib > 0);
            QVERIFY(!model->index(row, TestCasesModel::TimeColumn).data().toString().isEmpty());
        }
        const TestCase* own = model->testAt(m_ownRow);
        QCOMPARE(own->result.state, TestState::Ran);
        QCOMPARE(own->result.output, "15\n");
        QCOMPARE(model->index(m_ownRow, TestCasesModel::StateColumn).data().toString(), "ran");
    }

    void showsTheDifferenceOfAWrongProgram() {
        m_source = "a, b = map(int, input().split())\nprint(a + b + 1)\n";
        QSignalSpy finished(m_panel->runner(), &TestRunner::allFinished);
        m_panel->runAllAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kJudgeMs);
        for (int row = 0; row < m_samples; ++row)
            QCOMPARE(m_panel->model()->testAt(row)->result.state, TestState::WrongAnswer);
        OutputDiffView* diff = m_panel->diffView();
        m_panel->selectRow(1);
        m_panel->selectRow(0);
        QTRY_VERIFY(diff->isReady());
        const TestCase* first = m_panel->model()->testAt(0);
        QCOMPARE(diff->expectedView()->toPlainText(), first->expected);
        QCOMPARE(diff->actualView()->toPlainText(), first->result.output);
        QCOMPARE(diff->inputView()->toPlainText(), first->input);
        QCOMPARE(diff->firstDifference(), 0);
        QVERIFY(diff->actualView()->differingLines().value(0));
        QVERIFY2(diff->summary().startsWith("Wrong answer"), qPrintable(diff->summary()));
    }

    void signalsACompileError() {
        m_source = "a, b = map(int, input().split())\n\nprint(a +* b)\n";
        QSignalSpy compile(m_panel.get(), &TestsPanel::compileFailed);
        QSignalSpy finished(m_panel->runner(), &TestRunner::allFinished);
        m_panel->runAllAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kJudgeMs);
        for (int row = 0; row < m_panel->model()->rowCount(); ++row)
            QCOMPARE(m_panel->model()->testAt(row)->result.state, TestState::CompileError);
        QVERIFY(!compile.isEmpty());
        QVERIFY(compile.count() <= TestRunner::kMaxInFlight);  // the rest did not compile again
        const QString output = compile.at(0).at(0).toString();
        QVERIFY2(output.contains("line 3"), qPrintable(output));
        m_panel->selectRow(1);
        QTRY_VERIFY(m_panel->diffView()->isReady());
        QVERIFY(m_panel->diffView()->errorsView()->toPlainText().contains("line 3"));
    }

    void runsOnlyTheSelectedTest() {
        m_source = kCorrect;
        QSignalSpy finished(m_panel->runner(), &TestRunner::testFinished);
        m_panel->selectRow(m_ownRow);
        m_panel->runSelectedAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->runner()->isBusy(), kJudgeMs);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_panel->model()->testAt(m_ownRow)->result.state, TestState::Ran);
        QCOMPARE(m_panel->model()->testAt(0)->result.state, TestState::CompileError);
    }

    void editsOwnTestsInThePanel() {
        TestCasesModel* model = m_panel->model();
        QSignalSpy changed(model, &TestCasesModel::ownTestsChanged);
        const int rows = model->rowCount();
        m_panel->selectRow(0);
        m_panel->addTestAction()->trigger();
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(m_panel->table()->currentIndex().row(), rows);
        QCOMPARE(model->testAt(rows)->input, model->testAt(0)->input);  // a copy to vary
        QVERIFY(m_panel->inputEditor()->isEnabled());
        QVERIFY(m_panel->removeTestAction()->isEnabled());
        m_panel->expectedEditor()->setPlainText("42\n");
        QCOMPARE(model->testAt(rows)->expected, "42\n");
        QVERIFY(model->ownTestsJson().last().toObject().value("expected") == "42\n");
        m_panel->removeTestAction()->trigger();
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(changed.count(), 3);  // added, edited, removed
        m_panel->selectRow(0);
        QVERIFY(!m_panel->inputEditor()->isEnabled());  // samples are read-only
        QVERIFY(!m_panel->removeTestAction()->isEnabled());
    }

  private:
    QTemporaryDir m_home;
    std::unique_ptr<verdict::app::LocalServer> m_server;
    verdict::app::ServerSession m_session;
    std::unique_ptr<TestsPanel> m_panel;
    QString m_source;
    int m_samples = 0;
    int m_ownRow = 0;
};

QTEST_MAIN(TestsPanelTest)
#include "tests_panel_test.moc"
