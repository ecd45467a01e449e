#include <verdict/validators/tolerance.h>

#include <cmath>

namespace verdict::validators {
namespace {

// 2^-60: a few units in the last place of a 64-bit long double mantissa.
constexpr long double kRoundingSlack = 0x1p-60L;

// |got - expected| <= bound, allowing the rounding error of the operands and the subtraction.
bool withinBound(long double expected, long double got, long double bound) {
    const long double difference = std::fabs(got - expected);
    const long double slack =
        kRoundingSlack * (std::fabs(expected) + std::fabs(got) + std::fabs(bound));
    return difference <= bound + slack;
}

}  // namespace

bool withinTolerance(long double expected, long double got, const ValidatorOptions& options) {
    if (options.absoluteTolerance && withinBound(expected, got, *options.absoluteTolerance)) {
        return true;
    }
    return options.relativeTolerance &&
           withinBound(expected, got, *options.relativeTolerance * std::fabs(expected));
}

}  // namespace verdict::validators
