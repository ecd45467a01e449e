#include "validator_run.h"

#include "feedback_dir.h"
#include "validator_build.h"

namespace verdict::judge {

namespace {

constexpr int kAccepted = 42;
constexpr int kWrongAnswer = 43;
constexpr std::size_t kFeedbackBytes = 128 * 1024;  // problemtools reads no more either
constexpr std::size_t kStderrBytes = 4 * 1024;

sandbox::RunOptions validatorOptions(const StepContext& step, const CompiledValidator& validator,
                                     const packages::TestCase& testCase,
                                     const FeedbackDir& feedback) {
    sandbox::RunOptions options;
    options.limits = validator.limits;
    if (const auto& language = validator.language) {
        options.limits.addressSpaceGraceBytes = language->addressSpaceGraceMib << 20;
        options.limits.processes = language->runProcesses;
        for (const auto& bind : language->binds)
            options.binds.push_back({bind, bind, false});
        options.environment = language->environment;
    }
    options.workdir = validator.directory.string();
    options.readonlyWorkdir = true;
    options.binds.push_back({testCase.input.string(), "/judge/testcase.in", false});
    options.binds.push_back({testCase.answer.string(), "/judge/testcase.ans", false});
    options.binds.push_back({feedback.path().string(), "/feedback", true});
    options.stdinPath = (step.meta / "program.out").string();
    options.stdoutPath = (step.meta / "validator.out").string();
    options.stderrPath = (step.meta / "validator.err").string();
    options.program = validator.command.front();
    options.arguments.assign(validator.command.begin() + 1, validator.command.end());
    for (const char* argument : {"/judge/testcase.in", "/judge/testcase.ans", "/feedback/"})
        options.arguments.emplace_back(argument);
    options.arguments.insert(options.arguments.end(), testCase.outputValidatorArgs.begin(),
                             testCase.outputValidatorArgs.end());
    return options;
}

// Why a validator run is a judge error, for the jury.
std::string describeFailure(const StepContext& step, const sandbox::RunResult& run) {
    std::string what = "the output validator ";
    if (run.status == sandbox::Status::NonzeroExit || run.status == sandbox::Status::Ok) {
        what += "exited with " + std::to_string(run.exitCode) + " (42 accepts, 43 rejects)";
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

}  // namespace

TestResult runValidator(const StepContext& step, const packages::TestCase& testCase,
                        TestResult result) {
    result.verdict = Verdict::JudgeError;
    if (testCase.answer.empty()) {
        result.message =
            "test case " + testCase.name + " has no .ans file for the output validator";
        return result;
    }
    auto feedback = FeedbackDir::create();
    if (!feedback) {
        result.message = "output validator feedback dir: " + feedback.failure().describe();
        return result;
    }
    auto run =
        step.launcher.run(validatorOptions(step, *step.validator, testCase, feedback.value()));
    if (!run) {
        result.message = "output validator: " + run.failure().describe();
        return result;
    }
    std::string judgeMessage = feedback->read("judgemessage.txt", kFeedbackBytes).value_or("");
    result.teamMessage = feedback->read("teammessage.txt", kFeedbackBytes).value_or("");
    bool exited = run->status == sandbox::Status::NonzeroExit;
    if (exited && (run->exitCode == kAccepted || run->exitCode == kWrongAnswer)) {
        result.verdict = run->exitCode == kAccepted ? Verdict::Accepted : Verdict::WrongAnswer;
        result.message = judgeMessage;
        return result;
    }
    result.message = describeFailure(step, run.value());
    if (!judgeMessage.empty())
        result.message += "; judgemessage.txt: " + judgeMessage;
    return result;
}

}  // namespace verdict::judge
