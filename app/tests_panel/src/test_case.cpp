#include "verdict/app/tests_panel/test_case.h"

#include <QCoreApplication>

namespace verdict::app::tests_panel {

namespace {

const char* const kContext = "verdict::app::tests_panel::TestState";

}  // namespace

QString stateLabel(TestState state) {
    switch (state) {
        case TestState::NotRun:
            return QCoreApplication::translate(kContext, "Not run");
        case TestState::Queued:
            return QCoreApplication::translate(kContext, "Queued");
        case TestState::Running:
            return QCoreApplication::translate(kContext, "Running");
        case TestState::Accepted:
            return QCoreApplication::translate(kContext, "AC");
        case TestState::WrongAnswer:
            return QCoreApplication::translate(kContext, "WA");
        case TestState::TimeLimit:
            return QCoreApplication::translate(kContext, "TLE");
        case TestState::MemoryLimit:
            return QCoreApplication::translate(kContext, "MLE");
        case TestState::OutputLimit:
            return QCoreApplication::translate(kContext, "OLE");
        case TestState::RuntimeError:
            return QCoreApplication::translate(kContext, "RE");
        case TestState::CompileError:
            return QCoreApplication::translate(kContext, "CE");
        case TestState::Error:
            return QCoreApplication::translate(kContext, "error");
        case TestState::Ran:
            return QCoreApplication::translate(kContext, "ran");
    }
    return {};
}

QString stateDescription(TestState state) {
    switch (state) {
        case TestState::NotRun:
            return QCoreApplication::translate(kContext, "Not run yet");
        case TestState::Queued:
            return QCoreApplication::translate(kContext, "Waiting for the judge");
        case TestState::Running:
            return QCoreApplication::translate(kContext, "Running on the judge");
        case TestState::Accepted:
            return QCoreApplication::translate(kContext, "Accepted");
        case TestState::WrongAnswer:
            return QCoreApplication::translate(kContext, "Wrong answer");
        case TestState::TimeLimit:
            return QCoreApplication::translate(kContext, "Time limit exceeded");
        case TestState::MemoryLimit:
            return QCoreApplication::translate(kContext, "Memory limit exceeded");
        case TestState::OutputLimit:
            return QCoreApplication::translate(kContext, "Output limit exceeded");
        case TestState::RuntimeError:
            return QCoreApplication::translate(kContext, "Run-time error");
        case TestState::CompileError:
            return QCoreApplication::translate(kContext, "Compile error");
        case TestState::Error:
            return QCoreApplication::translate(kContext, "The run failed");
        case TestState::Ran:
            return QCoreApplication::translate(kContext, "Ran (no expected output to compare)");
    }
    return {};
}

}  // namespace verdict::app::tests_panel
