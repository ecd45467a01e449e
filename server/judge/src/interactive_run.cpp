// Theory of operation: the judge makes two pipes, program → validator and validator →
// program, and starts both sandbox helpers at once, handing each its read end as stdin and
// its write end as stdout (the sandbox gives handed pipes to the program as they are). Then
// it closes its own copies at once, so each side sees end of file, or SIGPIPE, as soon as the
// other side's box is gone. Each box enforces its own limits (the program's, the package's
// validation limits), so a side that hangs is killed by its wall guard and the other is
// never waited on forever. Two waits, one on another thread, note which helper ended first.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "pass_run.h"

namespace verdict::judge {

namespace {

using Clock = std::chrono::steady_clock;

struct Pipe {
    sandbox::UniqueFd read, write;
};

sandbox::Expected<Pipe> makePipe() {
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return sandbox::sysFailure("pipe between the program and the validator");
    return Pipe{sandbox::UniqueFd(ends[0]), sandbox::UniqueFd(ends[1])};
}

struct BothRuns {
    sandbox::Expected<sandbox::RunResult> program = sandbox::Failure{"not run", 0, {}};
    sandbox::Expected<sandbox::RunResult> validator = sandbox::Failure{"not run", 0, {}};
    bool validatorFirst = false;
};

// Starts both boxes wired to each other and waits for both.
BothRuns runBoth(const StepContext& step, const ValidatorCall& call,
                 const sandbox::Limits& limits) {
    BothRuns runs;
    auto toValidator = makePipe();
    auto toProgram = makePipe();
    if (!toValidator || !toProgram) {
        runs.program = (toValidator ? toProgram : toValidator).failure();
        return runs;
    }
    auto validator = step.launcher.start(validatorOptions(step, call),
                                         {toValidator->read.get(), toProgram->write.get()});
    if (!validator) {
        runs.validator = validator.failure();
        return runs;
    }
    auto program = step.launcher.start(programOptions(step, limits, {}),
                                       {toProgram->read.get(), toValidator->write.get()});
    // Ours closed now: only the two boxes hold the pipes.
    toValidator.value() = Pipe{};
    toProgram.value() = Pipe{};
    if (!program) {
        runs.program = program.failure();
        return runs;  // the validator's helper is killed as it goes out of scope
    }
    Clock::time_point validatorEnd;
    std::thread waiter([&] {
        runs.validator = validator->wait();
        validatorEnd = Clock::now();
    });
    runs.program = program->wait();
    Clock::time_point programEnd = Clock::now();
    waiter.join();
    // A program killed by SIGPIPE wrote after every reader had gone: the validator ended first.
    bool brokenPipe = runs.program && runs.program.value().status == sandbox::Status::Signaled &&
                      runs.program.value().signal == SIGPIPE;
    runs.validatorFirst = validatorEnd < programEnd || brokenPipe;
    return runs;
}

}  // namespace

// The verdict as problemtools and DOMjudge decide it: a validator that ended first with WA
// decides (the program may then have died of SIGPIPE or waited for input in vain); then the
// program's own failures (TLE first); else the validator's verdict.
PassResult runInteractivePass(const StepContext& step, const ValidatorCall& call,
                              const sandbox::Limits& limits) {
    PassResult pass;
    pass.result.name = call.testCase.name;
    BothRuns runs = runBoth(step, call, limits);
    bool programClean = recordRun(step, runs.program, pass.result);
    if (!runs.program)
        return pass;  // our failure, already a judge error
    TestResult byValidator;
    pass.validator = judgeByValidator(step, call, runs.validator, byValidator);
    bool wrongFirst = runs.validatorFirst && *pass.validator == Verdict::WrongAnswer;
    if (programClean || wrongFirst || !runs.validator) {
        pass.result.verdict = byValidator.verdict;
        pass.result.message = byValidator.message;
    }
    pass.result.teamMessage = byValidator.teamMessage;
    return pass;
}

}  // namespace verdict::judge
