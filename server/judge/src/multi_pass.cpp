// A test case judged by a custom output validator, in one pass or, for multi-pass problems,
// in several: after a pass the validator accepted (42) and left `nextpass.in` in the feedback
// dir, the program runs again with that file as input, up to `limits: validation_passes`.
// The feedback dir persists between the passes of one test case. Leaving `nextpass.in` with
// another exit code, or asking for more passes than allowed, is a judge error (2025-09 spec).
#include <string>

#include "pass_run.h"

namespace verdict::judge {

namespace {

constexpr const char* kNextPass = "nextpass.in";

TestResult judgeError(TestResult result, std::string message) {
    result.verdict = Verdict::JudgeError;
    result.message = std::move(message);
    return result;
}

// CPU time adds up over the passes, each one within the limit; memory is the largest pass.
void addPass(TestResult& total, const TestResult& pass) {
    total.verdict = pass.verdict;
    total.cpuMs += pass.cpuMs;
    total.wallMs += pass.wallMs;
    total.memoryKib = std::max(total.memoryKib, pass.memoryKib);
    total.message = pass.message;
    total.teamMessage = pass.teamMessage;
    total.validatorScore = pass.validatorScore;  // the last pass's score files decide
    total.scoreMultiplier = pass.scoreMultiplier;
}

}  // namespace

PassResult runBatchPass(const StepContext& step, const ValidatorCall& call,
                        const sandbox::Limits& limits) {
    PassResult pass;
    pass.result.name = call.testCase.name;
    if (!runProgram(step, call.input, limits, pass.result))
        return pass;
    auto run = step.launcher.run(validatorOptions(step, call));
    pass.validator = judgeByValidator(step, call, run, pass.result);
    return pass;
}

TestResult runPasses(const StepContext& step, const packages::TestCase& testCase,
                     const sandbox::Limits& limits) {
    TestResult total;
    total.name = testCase.name;
    if (testCase.answer.empty())
        return judgeError(
            total, "test case " + testCase.name + " has no .ans file for the output validator");
    auto feedback = FeedbackDir::create();
    if (!feedback)
        return judgeError(total, "output validator feedback dir: " + feedback.failure().describe());
    std::filesystem::path input = testCase.input;
    for (int pass = 1;; ++pass) {
        ValidatorCall call{testCase, input, feedback.value()};
        PassResult one = step.interactive ? runInteractivePass(step, call, limits)
                                          : runBatchPass(step, call, limits);
        addPass(total, one.result);
        bool another = step.passes > 1 && feedback->contains(kNextPass);
        if (another && one.validator && *one.validator != Verdict::Accepted)
            return judgeError(total,
                              "the output validator left nextpass.in but did not accept "
                              "(pass " +
                                  std::to_string(pass) + "): " + total.message);
        if (total.verdict != Verdict::Accepted || !another)
            return total;
        if (pass == step.passes)
            return judgeError(total, "the output validator asked for pass " +
                                         std::to_string(pass + 1) + " but validation_passes is " +
                                         std::to_string(step.passes));
        auto next =
            feedback->take(kNextPass, step.meta / ("pass" + std::to_string(pass + 1) + ".in"));
        if (!next)
            return judgeError(total, next.failure().describe());
        input = next.value();
    }
}

}  // namespace verdict::judge
