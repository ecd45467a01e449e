#pragma once
// A package that states no time limit gets one derived from its accepted submissions, by the
// format's rule (legacy: ceil(slowest × time_multiplier); 2025-09: the smallest multiple of
// time_resolution at least slowest × ac_to_time_limit), as problemtools' verifyproblem does.
#include <ostream>
#include <string>

#include "verdict/judge/judge.h"

namespace verdict::cli {

struct DerivedLimit {
    double seconds = 0;
    std::string how;  // one line for people: where the limit came from
};

// Judges the accepted submissions under a generous measuring limit and applies the rule; the
// package's stated limit when it has one; else the judge's default, saying so.
DerivedLimit timeLimitFor(const packages::Package& package, const languages::Catalogue& catalogue,
                          const launcher::SandboxLauncher& sandbox);

}  // namespace verdict::cli
