#pragma once
// The score files an output validator may leave for scoring problems: score.txt (a
// non-negative number) or score_multiplier.txt (a number in [0, 1]), never both, and only
// when it accepted.
#include <string>

#include "feedback_dir.h"
#include "verdict/judge/judgement.h"

namespace verdict::judge {

// Reads them into result.validatorScore / result.scoreMultiplier. Returns what is wrong with
// them (the validator's fault: a judge error), or "" when they are absent or fine.
std::string readValidatorScore(const FeedbackDir& feedback, bool accepted, TestResult& result);

}  // namespace verdict::judge
