#pragma once
// Runs a package's custom output validator in the sandbox:
// `validator /judge/testcase.in /judge/testcase.ans /feedback/ [output_validator_args]`,
// fed the team output (or, interactively, the program itself).
#include <filesystem>
#include <optional>

#include "feedback_dir.h"
#include "steps.h"

namespace verdict::judge {

// One validator run: the pass's input (bound at /judge/testcase.in), the case's answer and a
// feedback dir that lives as long as the test case.
struct ValidatorCall {
    const packages::TestCase& testCase;
    std::filesystem::path input;
    const FeedbackDir& feedback;
};

// The validator's box, with the team output meta/program.out as its stdin.
sandbox::RunOptions validatorOptions(const StepContext& step, const ValidatorCall& call);

// What a finished validator run says: exit 42 → AC, 43 → WA, anything else (another code, a
// signal, a limit, a sandbox error) → JE saying what happened. judgemessage.txt becomes the
// message and teammessage.txt is kept. Returns that verdict.
Verdict judgeByValidator(const StepContext& step, const ValidatorCall& call,
                         const sandbox::Expected<sandbox::RunResult>& run, TestResult& result);

}  // namespace verdict::judge
