#pragma once

#include <iosfwd>
#include <vector>

#include "sandbox_overhead/overhead.h"

namespace verdict::bench {

// The target: verdict-sandbox's median at most 1.25 times unshare's.
inline constexpr double kTargetRatio = 1.25;

// One row per command: successful runs, failures, minimum, median and p90 in milliseconds.
void printTable(const std::vector<Timings>& timings, std::ostream& out);

// verdict/unshare (with PASS or MISS against the target), verdict/bare and verdict/bwrap.
void printRatios(const std::vector<Timings>& timings, std::ostream& out);

}  // namespace verdict::bench
