#pragma once
// One test of the Tests panel (a problem's sample or the contestant's own test) and the result
// of its last custom run on the judge.
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace verdict::app::tests_panel {

enum class TestState {
    NotRun,
    Queued,
    Running,
    Accepted,      // AC: output matches the expected one by the judge's default comparison
    WrongAnswer,   // WA
    TimeLimit,     // TLE (CPU or wall time)
    MemoryLimit,   // MLE
    OutputLimit,   // OLE
    RuntimeError,  // RE: nonzero exit or killed by a signal
    CompileError,  // CE
    Error,         // the request, the server or its sandbox failed: see the message
    Ran,           // finished normally, nothing to compare with
};

// The short label shown in the table: "Not run", "Queued", "AC", "WA", "error", "ran", ...
QString stateLabel(TestState state);
// A longer description for tool tips: "Accepted", "Wrong answer", ...
QString stateDescription(TestState state);
// True while a run of the test is on its way (queued or running).
inline bool isPending(TestState state) {
    return state == TestState::Queued || state == TestState::Running;
}

// How the judge decides on a test's output: the default validator with these arguments (e.g.
// "float_tolerance", "1e-6"), or the problem's own validator, which only the judge runs.
struct Validation {
    bool custom = false;
    QStringList args;
};

struct TestRunResult {
    TestState state = TestState::NotRun;
    int cpuMs = -1;       // -1: unknown
    int memoryKib = -1;   // -1: unknown
    QString output;       // the program's stdout (the server keeps 64 KiB)
    QString errorOutput;  // its stderr
    QString compileOutput;
    QString message;  // why: the judge's comparison message, or what failed
};

struct TestCase {
    quint64 id = 0;  // stable while the test exists (rows move when others are removed)
    QString name;
    QString input;
    QString expected;        // empty: no expected output, the run only shows what came out
    bool own = false;        // the contestant's (editable) rather than a problem sample
    QString disabledReason;  // non-empty: cannot be run as a plain test (interactive, cut)
    Validation validation;
    TestRunResult result;

    bool runnable() const { return disabledReason.isEmpty(); }
    bool hasExpected() const { return !expected.isEmpty(); }
};

}  // namespace verdict::app::tests_panel
