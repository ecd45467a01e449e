#include "validator_run.h"

#include "feedback_dir.h"
#include "testlib_checker.h"
#include "validator_build.h"
#include "validator_score.h"

namespace verdict::judge {

namespace {

constexpr int kAccepted = 42;
constexpr int kWrongAnswer = 43;
constexpr std::size_t kFeedbackBytes = 128 * 1024;  // problemtools reads no more either
constexpr std::size_t kStderrBytes = 4 * 1024;

// Why a validator run is a judge error, for the jury.
std::string describeFailure(const StepContext& step, const sandbox::RunResult& run,
                            const char* codes = "42 accepts, 43 rejects") {
    std::string what = "the output validator ";
    if (run.status == sandbox::Status::NonzeroExit || run.status == sandbox::Status::Ok) {
        what += "exited with " + std::to_string(run.exitCode) + " (" + codes + ")";
    } else if (run.status == sandbox::Status::Signaled) {
        what += "was killed by signal " + std::to_string(run.signal);
    } else if (run.status == sandbox::Status::SandboxError) {
        what += "could not run: " + run.error;
    } else {
        what += std::string("ended with ") + sandbox::statusName(run.status);
    }
    std::string stderrHead = readHead(step.meta / "validator.err", kStderrBytes);
    if (!stderrHead.empty())
        what += "; its stderr: " + stderrHead;
    return what;
}

bool usesTestlibProtocol(const StepContext& step) {
    return step.validator->testlib && !step.interactive;
}

// testlib writes its verdict line ("ok 3 numbers", "wrong answer 2nd differs") to stderr.
Verdict judgeByTestlib(const StepContext& step, const sandbox::RunResult& ran, TestResult& result) {
    bool exited = ran.status == sandbox::Status::NonzeroExit || ran.status == sandbox::Status::Ok;
    auto verdict = exited ? testlibVerdict(ran.exitCode) : std::nullopt;
    if (!verdict) {
        result.verdict = Verdict::JudgeError;
        result.message =
            describeFailure(step, ran, "a testlib checker: 0 accepts, 1, 2, 4 and 8 reject");
        return result.verdict;
    }
    result.verdict = *verdict;
    result.message = readHead(step.meta / "validator.err", kStderrBytes);
    return result.verdict;
}

}  // namespace

sandbox::RunOptions validatorOptions(const StepContext& step, const ValidatorCall& call) {
    const CompiledValidator& validator = *step.validator;
    sandbox::RunOptions options;
    options.limits = validator.limits;
    if (const auto& language = validator.language) {
        options.limits.addressSpaceGraceBytes = language->addressSpaceGraceMib << 20;
        options.limits.fileSizeFloorBytes = language->fileSizeFloorMib << 20;
        options.limits.processes = language->runProcesses;
        for (const auto& bind : language->binds)
            options.binds.push_back({bind, bind, false});
        options.environment = language->environment;
    }
    options.workdir = validator.directory.string();
    options.readonlyWorkdir = true;
    // An interactive program may quit before reading what the validator writes: the validator
    // must see EPIPE and still give its verdict, not die of SIGPIPE (a judge error).
    options.ignoreSigpipe = true;
    options.binds.push_back({call.input.string(), "/judge/testcase.in", false});
    options.binds.push_back({call.testCase.answer.string(), "/judge/testcase.ans", false});
    options.binds.push_back({call.feedback.path().string(), "/feedback", true});
    options.stdinPath = (step.meta / "program.out").string();
    options.stdoutPath = (step.meta / "validator.out").string();
    options.stderrPath = (step.meta / "validator.err").string();
    options.program = validator.command.front();
    options.arguments.assign(validator.command.begin() + 1, validator.command.end());
    if (usesTestlibProtocol(step)) {
        // testlib reads the team output from a file named on its command line.
        options.binds.push_back({*options.stdinPath, "/judge/team.out", false});
        options.stdinPath.reset();
        for (const char* argument :
             {"/judge/testcase.in", "/judge/team.out", "/judge/testcase.ans"})
            options.arguments.emplace_back(argument);
        return options;
    }
    for (const char* argument : {"/judge/testcase.in", "/judge/testcase.ans", "/feedback/"})
        options.arguments.emplace_back(argument);
    const auto& flags = call.testCase.outputValidatorArgs;
    options.arguments.insert(options.arguments.end(), flags.begin(), flags.end());
    return options;
}

Verdict judgeByValidator(const StepContext& step, const ValidatorCall& call,
                         const sandbox::Expected<sandbox::RunResult>& run, TestResult& result) {
    if (!run) {
        result.verdict = Verdict::JudgeError;
        result.message = "output validator: " + run.failure().describe();
        return result.verdict;
    }
    std::string judgeMessage = call.feedback.read("judgemessage.txt", kFeedbackBytes).value_or("");
    result.teamMessage = call.feedback.read("teammessage.txt", kFeedbackBytes).value_or("");
    const sandbox::RunResult& ran = run.value();
    bool exited = ran.status == sandbox::Status::NonzeroExit;
    if (usesTestlibProtocol(step))
        return judgeByTestlib(step, ran, result);
    if (exited && (ran.exitCode == kAccepted || ran.exitCode == kWrongAnswer)) {
        result.verdict = ran.exitCode == kAccepted ? Verdict::Accepted : Verdict::WrongAnswer;
        result.message = judgeMessage;
        if (auto wrong =
                readValidatorScore(call.feedback, result.verdict == Verdict::Accepted, result);
            !wrong.empty()) {
            result.verdict = Verdict::JudgeError;
            result.message = wrong;
        }
        return result.verdict;
    }
    result.verdict = Verdict::JudgeError;
    result.message = describeFailure(step, ran);
    if (!judgeMessage.empty())
        result.message += "; judgemessage.txt: " + judgeMessage;
    return result.verdict;
}

}  // namespace verdict::judge
