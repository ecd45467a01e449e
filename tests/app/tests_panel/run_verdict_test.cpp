// From a finished run (GET /api/v1/runs/{id}) to the test's verdict: every run status, the
// judge's comparison (whitespace- and case-tolerant, token by token), and no comparison at all
// when there is no expected output.
#include <QJsonDocument>
#include <QTest>

#include "verdict/app/tests_panel/run_verdict.h"

using namespace verdict::app::tests_panel;

namespace {

QJsonObject run(const QString& status, const QString& stdoutText, int exitCode = 0) {
    return QJsonObject{
        {"id", 3},
        {"status", "done"},
        {"result", QJsonObject{{"status", status},
                               {"exit_code", exitCode},
                               {"cpu_ms", 15},
                               {"wall_ms", 20},
                               {"memory_kib", 4096},
                               {"stdout", stdoutText},
                               {"stderr", "warn\n"},
                               {"compile", QJsonObject{{"ok", status != "compile_error"},
                                                       {"output", "line 3: bad"}}}}}};
}

}  // namespace

Q_DECLARE_METATYPE(verdict::app::tests_panel::TestState)

class RunVerdictTest : public QObject {
    Q_OBJECT
  private slots:
    void mapsRunStatuses_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<TestState>("state");
        QTest::newRow("ok") << "ok" << TestState::Ran;
        QTest::newRow("time") << "time_limit" << TestState::TimeLimit;
        QTest::newRow("wall") << "wall_limit" << TestState::TimeLimit;
        QTest::newRow("memory") << "memory_limit" << TestState::MemoryLimit;
        QTest::newRow("output") << "output_limit" << TestState::OutputLimit;
        QTest::newRow("exit") << "nonzero_exit" << TestState::RuntimeError;
        QTest::newRow("signal") << "signaled" << TestState::RuntimeError;
        QTest::newRow("compile") << "compile_error" << TestState::CompileError;
        QTest::newRow("sandbox") << "sandbox_error" << TestState::Error;
        QTest::newRow("unknown") << "quantum_flux" << TestState::Error;
    }
    void mapsRunStatuses() {
        QFETCH(QString, status);
        QFETCH(TestState, state);
        QCOMPARE(stateOfRunStatus(status), state);
        // A run that did not end normally keeps its status whatever the output.
        if (status != "ok")
            QCOMPARE(judgeRun(run(status, "3\n"), "3\n").state, state);
    }

    void comparesLikeTheJudge_data() {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same") << "3\n"
                              << "3\n"
                              << true;
        QTest::newRow("no final newline") << "3\n"
                                          << "3" << true;
        QTest::newRow("extra spaces") << "1 2\n3\n"
                                      << "  1   2 \n\n3\n\n"
                                      << true;
        QTest::newRow("case") << "YES\n"
                              << "yes\n"
                              << true;
        QTest::newRow("different") << "3\n"
                                   << "4\n"
                                   << false;
        QTest::newRow("missing token") << "1 2\n"
                                       << "1\n"
                                       << false;
        QTest::newRow("extra token") << "1\n"
                                     << "1 2\n"
                                     << false;
        QTest::newRow("empty output") << "3\n"
                                      << "" << false;
    }
    void comparesLikeTheJudge() {
        QFETCH(QString, expected);
        QFETCH(QString, actual);
        QFETCH(bool, accepted);
        QCOMPARE(compareOutput(expected, actual).accepted, accepted);
        const TestRunResult result = judgeRun(run("ok", actual), expected);
        QCOMPARE(result.state, accepted ? TestState::Accepted : TestState::WrongAnswer);
        QCOMPARE(result.message.isEmpty(), accepted);  // WA says where, AC needs no words
    }

    // The problem's validator flags apply (float tolerance); a problem with its own validator
    // is not guessed at; flags the default validator does not know are said, not ignored.
    void usesTheProblemsValidation() {
        const QStringList tolerance = {"float_tolerance", "1e-6"};
        QVERIFY(!compareOutput("3.0\n", "3.0000001\n").accepted);
        QVERIFY(compareOutput("3.0\n", "3.0000001\n", tolerance).accepted);
        QCOMPARE(judgeRun(run("ok", "3.0000001\n"), "3.0\n", {false, tolerance}).state,
                 TestState::Accepted);
        const TestRunResult custom = judgeRun(run("ok", "anything\n"), "3.0\n", {true, {}});
        QCOMPARE(custom.state, TestState::Ran);
        QVERIFY(custom.message.contains("own output validator"));
        const OutputComparison bad = compareOutput("3\n", "3\n", {"no_such_flag"});
        QVERIFY(!bad.accepted);
        QVERIFY(bad.message.contains("not understood"));
    }

    void keepsTheRunsNumbersAndOutputs() {
        const TestRunResult result = judgeRun(run("ok", "3\n"), "3\n");
        QCOMPARE(result.cpuMs, 15);
        QCOMPARE(result.memoryKib, 4096);
        QCOMPARE(result.output, "3\n");
        QCOMPARE(result.errorOutput, "warn\n");
    }

    void showsOutputWithoutExpected() {
        const TestRunResult result = judgeRun(run("ok", "anything\n"), "");
        QCOMPARE(result.state, TestState::Ran);
        QCOMPARE(result.output, "anything\n");
    }

    void keepsTheCompilerOutput() {
        const TestRunResult result = judgeRun(run("compile_error", ""), "3\n");
        QCOMPARE(result.state, TestState::CompileError);
        QCOMPARE(result.compileOutput, "line 3: bad");
    }

    void explainsFailures() {
        QCOMPARE(judgeRun(run("nonzero_exit", "", 3), "").message, "Exit code 3.");
        QJsonObject broken = run("sandbox_error", "");
        QJsonObject result = broken.value("result").toObject();
        result.insert("error", "cgroup setup failed");
        broken.insert("result", result);
        QCOMPARE(judgeRun(broken, "").message, "cgroup setup failed");
        const TestRunResult missing = judgeRun(QJsonObject{{"id", 1}, {"status", "running"}}, "");
        QCOMPARE(missing.state, TestState::Error);
        QVERIFY(!missing.message.isEmpty());
    }

    void labelsEveryState() {
        QCOMPARE(stateLabel(TestState::Accepted), "AC");
        QCOMPARE(stateLabel(TestState::Error), "error");
        QCOMPARE(stateLabel(TestState::Ran), "ran");
        QVERIFY(isPending(TestState::Queued));
        QVERIFY(!isPending(TestState::WrongAnswer));
    }
};

QTEST_GUILESS_MAIN(RunVerdictTest)
#include "run_verdict_test.moc"
