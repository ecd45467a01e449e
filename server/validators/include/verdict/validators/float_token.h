#pragma once

#include <optional>
#include <string_view>

namespace verdict::validators {

// Why a token is not usable as a float.
enum class FloatError {
    kNotAFloat,   // does not match the format's float grammar
    kOutOfRange,  // matches it, but its magnitude exceeds long double's range
};

// A parsed float token: a value, or why there is none.
struct FloatParse {
    std::optional<long double> value;
    FloatError error = FloatError::kNotAFloat;
};

// Parses a token by the problem package format's float grammar, and nothing else:
//   [+-]? ( digits* '.' digits+ | digits+ '.' | digits+ ) ( [Ee] [+-]? digits+ )?
// No leading or trailing junk, no hex, no inf/nan. Any number of digits is accepted: the
// value is rounded from the first 40 significant digits, so 30+ digit mantissas keep all the
// precision a long double can hold. Values too small for long double become (signed) zero.
FloatParse parseFloatToken(std::string_view token);

}  // namespace verdict::validators
