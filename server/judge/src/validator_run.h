#pragma once
// Runs a package's custom output validator on one test case whose run ended cleanly:
// `validator input answer /feedback/ [output_validator_args] < team_output`, in the sandbox.
#include "steps.h"

namespace verdict::judge {

// Exit 42 → AC, 43 → WA, anything else (another code, a signal, a limit, a sandbox error) →
// JE saying what happened. judgemessage.txt becomes the message, teammessage.txt is kept.
TestResult runValidator(const StepContext& step, const packages::TestCase& testCase,
                        TestResult result);

}  // namespace verdict::judge
