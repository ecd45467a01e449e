#include "verdict/packages/time_limit.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace verdict::packages {

namespace {

// Products like 0.2 × 5 land a hair above the whole number; do not round those up.
constexpr double kEpsilon = 1e-9;

std::string seconds(double value) {
    std::ostringstream out;
    out << value << " s";
    return out.str();
}

}  // namespace

double legacyTimeLimit(double slowestAcceptedSeconds, double timeMultiplier) {
    const double scaled = slowestAcceptedSeconds * timeMultiplier;
    return std::max(1.0, std::ceil(scaled - kEpsilon));
}

bool legacyTleIsSafe(double fastestTleSeconds, double timeLimit, double timeSafetyMargin) {
    return fastestTleSeconds > timeLimit * timeSafetyMargin;
}

bool isMultipleOf(double value, double resolution) {
    if (resolution <= 0) {
        return false;
    }
    const double ratio = value / resolution;
    return std::fabs(ratio - std::round(ratio)) <= kEpsilon * std::max(1.0, std::fabs(ratio));
}

DerivedTimeLimit derivedTimeLimit(double slowestLowerBound, std::optional<double> fastestTle,
                                  const Limits& limits) {
    DerivedTimeLimit result;
    if (limits.timeResolution <= 0) {
        result.error = "time_resolution must be positive";
        return result;
    }
    const double lower = slowestLowerBound * limits.acToTimeLimit;
    const double steps = std::max(1.0, std::ceil(lower / limits.timeResolution - kEpsilon));
    const double timeLimit = steps * limits.timeResolution;
    if (fastestTle && timeLimit * limits.timeLimitToTle > *fastestTle * (1 + kEpsilon)) {
        result.error = "no time limit fits: the accepted submissions need at least " +
                       seconds(timeLimit) + ", but then the fastest time_limit_exceeded " +
                       "submission (" + seconds(*fastestTle) + ") must run at least " +
                       seconds(timeLimit * limits.timeLimitToTle);
        return result;
    }
    result.timeLimit = timeLimit;
    return result;
}

}  // namespace verdict::packages
