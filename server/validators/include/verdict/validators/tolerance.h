#pragma once

#include <verdict/validators/options.h>

namespace verdict::validators {

// Whether `got` is within the options' absolute or relative tolerance of `expected`:
// |got - expected| <= eps_abs, or |got - expected| <= eps_rel * |expected|.
// The operands are long doubles rounded from decimal text, so a difference that is exactly at
// the tolerance in decimal may come out a few units in the last place above it in binary. The
// comparison therefore allows the rounding error of the conversions and the subtraction
// (a relative slack of 2^-60 of the magnitudes involved, far below any tolerance a double can
// express); everything beyond that is rejected.
bool withinTolerance(long double expected, long double got, const ValidatorOptions& options);

}  // namespace verdict::validators
