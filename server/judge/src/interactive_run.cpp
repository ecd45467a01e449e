// Theory of operation: the judge makes two pipes, program → validator and validator →
// program, and starts both sandbox helpers at once, handing each its read end as stdin and
// its write end as stdout (the sandbox gives handed pipes to the program as they are). It
// closes its read ends at once, so a side that writes after the other has gone gets SIGPIPE,
// and keeps its write ends until it has seen (on the helpers' pidfds) which side ended first:
// neither sees end of file before that, so the order seen is the order of the ends. Each box
// enforces its own limits (the program's, the package's validation limits), so a side that
// hangs is killed by its wall guard and the judge never waits forever.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "pass_run.h"

namespace verdict::judge {

namespace {

struct Pipe {
    sandbox::UniqueFd read, write;
};

sandbox::Expected<Pipe> makePipe() {
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return sandbox::sysFailure("pipe between the program and the validator");
    return Pipe{sandbox::UniqueFd(ends[0]), sandbox::UniqueFd(ends[1])};
}

enum class FirstEnd { Validator, Program, Both };

// Waits until a helper has exited and says whose it was; Both when a busy machine let both
// go before we looked.
FirstEnd firstToEnd(pid_t validator, pid_t program) {
    sandbox::UniqueFd validatorFd(static_cast<int>(::syscall(SYS_pidfd_open, validator, 0)));
    sandbox::UniqueFd programFd(static_cast<int>(::syscall(SYS_pidfd_open, program, 0)));
    if (!validatorFd.valid() || !programFd.valid())
        return FirstEnd::Both;
    pollfd fds[2] = {{validatorFd.get(), POLLIN, 0}, {programFd.get(), POLLIN, 0}};
    while (::poll(fds, 2, -1) < 0 && errno == EINTR) {
    }
    if (fds[0].revents != 0 && fds[1].revents != 0)
        return FirstEnd::Both;
    return fds[0].revents != 0 ? FirstEnd::Validator : FirstEnd::Program;
}

struct BothRuns {
    sandbox::Expected<sandbox::RunResult> program = sandbox::Failure{"not run", 0, {}};
    sandbox::Expected<sandbox::RunResult> validator = sandbox::Failure{"not run", 0, {}};
    bool validatorFirst = false;
};

// Whether the validator ended first: as seen; when both had ended before we looked, only if
// the program died of SIGPIPE (it wrote after every reader had gone).
bool validatorFirst(const BothRuns& runs, FirstEnd seen) {
    if (!runs.program || !runs.validator)
        return false;
    const sandbox::RunResult& program = runs.program.value();
    if (program.status == sandbox::Status::Signaled && program.signal == SIGPIPE)
        return true;
    return seen == FirstEnd::Validator;
}

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
    toValidator->read.reset();
    toProgram->read.reset();
    if (!program) {
        runs.program = program.failure();
        return runs;  // the validator's helper is killed as it goes out of scope
    }
    FirstEnd seen = firstToEnd(validator->pid(), program->pid());
    // Our write ends kept either side from seeing end of file before we saw the first end;
    // closed now, the other side sees it, so the order we saw is the order they ended.
    toValidator->write.reset();
    toProgram->write.reset();
    runs.validator = validator->wait();
    runs.program = program->wait();
    runs.validatorFirst = validatorFirst(runs, seen);
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
