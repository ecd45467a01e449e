#pragma once
// Whether a judgement keeps what an example submission's folder, submissions.yaml or
// @EXPECTED_RESULTS@ tag promises. The engine stops at the first failing test case, so the
// judgement shows every test up to and including the first failure and nothing after it.
#include <string>

#include "verdict/judge/judgement.h"
#include "verdict/packages/submissions.h"

namespace verdict::cli {

struct ExpectationCheck {
    bool matches = false;
    std::string why;  // for a mismatch: which rule the judgement broke
};

ExpectationCheck checkExpectation(const packages::Expectation& expected,
                                  const judge::Judgement& judgement);

// The final verdicts that would keep the promise, e.g. "AC" or "WA" or "AC|TLE".
std::string describeExpectation(const packages::Expectation& expected);

}  // namespace verdict::cli
