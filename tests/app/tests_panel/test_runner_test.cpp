// TestRunner without a judge: every failure lands on its own test as "error" with a message,
// at most two runs are in flight, and a new "run all" replaces the waiting runs of the last one
// (the answers of runs already sent are ignored).
#include <QSignalSpy>
#include <QTest>

#include "verdict/app/server_session.h"
#include "verdict/app/tests_panel/test_cases_model.h"
#include "verdict/app/tests_panel/test_runner.h"

using namespace verdict::app::tests_panel;

class TestRunnerTest : public QObject {
    Q_OBJECT
  private slots:
    void failsEachTestWhenNotConnected() {
        verdict::app::ServerSession session;
        TestCasesModel model;
        model.addOwnTest("a", "1\n", "1\n");
        model.addOwnTest("b", "2\n", "");
        TestRunner runner(&session, &model);
        QSignalSpy finished(&runner, &TestRunner::allFinished);
        runner.runAll("python3", "print(1)");
        QCOMPARE(model.testAt(0)->result.state, TestState::Queued);
        QTRY_COMPARE(finished.count(), 1);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(model.testAt(row)->result.state, TestState::Error);
            QVERIFY(model.testAt(row)->result.message.contains("Not connected"));
        }
    }

    void replacesWaitingRunsAndKeepsTwoInFlight() {
        // Port 1 refuses connections: each run fails quickly, on its own test.
        verdict::app::ServerSession session;
        session.setConnection({false, "127.0.0.1", "1", {}, {}}, "token");
        TestCasesModel model;
        for (int i = 0; i < 6; ++i)
            model.addOwnTest({}, QString::number(i), {});
        TestRunner runner(&session, &model);
        int maxInFlight = 0;
        QList<quint64> finishedIds;
        connect(&runner, &TestRunner::testFinished, this, [&](quint64 id, TestState) {
            finishedIds << id;
            maxInFlight = std::max(maxInFlight, runner.inFlightCount() + 1);
        });
        QSignalSpy busy(&runner, &TestRunner::busyChanged);
        runner.runAll("python3", "print(1)");
        QCOMPARE(runner.inFlightCount(), TestRunner::kMaxInFlight);
        QCOMPARE(runner.pendingCount(), 4);
        runner.runAll("python3", "print(2)");  // the first two are on their way already
        QCOMPARE(runner.pendingCount(), 6);    // all waiting for the two stale runs to answer
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 30000);
        QCOMPARE(finishedIds.size(), 6);  // once per test: the stale answers were dropped
        QVERIFY(maxInFlight <= TestRunner::kMaxInFlight);
        for (int row = 0; row < 6; ++row) {
            QCOMPARE(model.testAt(row)->result.state, TestState::Error);
            QVERIFY(!model.testAt(row)->result.message.isEmpty());
        }
        QCOMPARE(busy.count(), 2);  // busy once, then idle once
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void cancelsWaitingRuns() {
        verdict::app::ServerSession session;
        TestCasesModel model;
        for (int i = 0; i < 4; ++i)
            model.addOwnTest({}, QString::number(i), {});
        TestRunner runner(&session, &model);
        runner.runAll("python3", "print(1)");
        runner.cancelPending();
        QCOMPARE(runner.pendingCount(), 0);
        QCOMPARE(model.testAt(3)->result.state, TestState::NotRun);
        model.removeTest(0);  // its answer, when it comes, has nowhere to go
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(model.testAt(0)->result.state, TestState::Error);  // the second was sent
        QCOMPARE(model.testAt(1)->result.state, TestState::NotRun);
    }
};

QTEST_GUILESS_MAIN(TestRunnerTest)
#include "test_runner_test.moc"
