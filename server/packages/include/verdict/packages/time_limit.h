#pragma once
// The format's time-limit rules as pure functions (the caller measures the submissions).
#include <optional>
#include <string>

#include "verdict/packages/problem_config.h"

namespace verdict::packages {

// Legacy: ceil(slowest accepted × time_multiplier) whole seconds, at least 1.
double legacyTimeLimit(double slowestAcceptedSeconds, double timeMultiplier);
// Legacy: a time_limit_exceeded submission must run longer than TL × time_safety_margin.
bool legacyTleIsSafe(double fastestTleSeconds, double timeLimit, double timeSafetyMargin);

struct DerivedTimeLimit {
    std::optional<double> timeLimit;
    std::string error;  // set when no time limit satisfies the rules
};

// 2025-09: the smallest positive multiple of time_resolution with T_ac·ac_to_time_limit ≤ TL and
// TL·time_limit_to_tle ≤ T_tle. fastestTle is nullopt when no submission must be TLE.
DerivedTimeLimit derivedTimeLimit(double slowestLowerBound, std::optional<double> fastestTle,
                                  const Limits& limits);

// True when `value` is a whole multiple of `resolution` (within rounding).
bool isMultipleOf(double value, double resolution);

}  // namespace verdict::packages
