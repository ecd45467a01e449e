#pragma once
// Codeforces / Polygon checkers written with testlib.h, accepted as output validators: they
// are recognised by their source including testlib.h and called their way,
// `checker input team_output answer`, with testlib's exit codes mapped to verdicts.
#include <optional>

#include "validator_source.h"
#include "verdict/judge/judgement.h"

namespace verdict::judge {

// True when a source file of the (language-built) validator includes testlib.h.
bool isTestlibChecker(const ValidatorSource& source);

// testlib's exit codes: 0 ok → AC; 1 wrong answer, 2 presentation error, 4 "dirt", 8
// unexpected end of file → WA; 7 points → AC (partial points are the checker's message);
// 3 fail (the checker's own failure) and anything else → nullopt, a judge error.
std::optional<Verdict> testlibVerdict(int exitCode);

}  // namespace verdict::judge
