#pragma once
// One pass of a test case with a custom output validator: the program's run and the
// validator's judgement of it, one after the other (batch) or together (interactive).
#include <optional>

#include "validator_run.h"

namespace verdict::judge {

struct PassResult {
    TestResult result;                 // the pass's verdict, usage and messages
    std::optional<Verdict> validator;  // what the validator itself said; none: it did not run
};

// The program reads the pass's input, then the validator reads what it wrote.
PassResult runBatchPass(const StepContext& step, const ValidatorCall& call,
                        const sandbox::Limits& limits);

// The program and the validator run at once, each one's stdout the other's stdin; the
// program never sees the input (interactive_run.cpp).
PassResult runInteractivePass(const StepContext& step, const ValidatorCall& call,
                              const sandbox::Limits& limits);

}  // namespace verdict::judge
