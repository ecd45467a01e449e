#include <verdict/validators/float_token.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <system_error>

namespace verdict::validators {
namespace {

// Significant digits kept; a long double needs 21, the format asks for 30 to be supported.
constexpr std::size_t kKeptDigits = 40;
// Up to this many digits the mantissa is an exact integer (10^19 < 2^64)...
constexpr std::size_t kExactDigits = 19;
// ...and up to this power, 10^p = 2^p * 5^p is exact in a 64-bit long double mantissa.
constexpr std::int64_t kExactPower = 27;
constexpr auto kPowersOfTen = [] {
    std::array<long double, kExactPower + 1> powers{};
    long double power = 1.0L;
    for (long double& entry : powers) {
        entry = power;
        power *= 10.0L;
    }
    return powers;
}();
// Exponents are clamped here while reading; anything near it is far outside long double.
constexpr std::int64_t kExponentClamp = 1'000'000'000'000;
// Decimal magnitudes beyond these are certainly overflow / underflow for long double.
constexpr std::int64_t kMaxMagnitude = 4940;
constexpr std::int64_t kMinMagnitude = -4990;

// The pieces of a token that matched the float grammar.
struct FloatParts {
    bool negative = false;
    std::string_view integerDigits;
    std::string_view fractionDigits;
    std::int64_t exponent = 0;
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::string_view takeDigits(std::string_view token, std::size_t& pos) {
    const std::size_t start = pos;
    while (pos < token.size() && isDigit(token[pos])) {
        ++pos;
    }
    return token.substr(start, pos - start);
}

// Reads `[Ee][+-]?digits+` at pos (if there is an exponent marker); false when malformed.
bool takeExponent(std::string_view token, std::size_t& pos, std::int64_t& exponent) {
    if (pos == token.size() || (token[pos] != 'e' && token[pos] != 'E')) {
        return true;
    }
    ++pos;
    const bool negative = pos < token.size() && token[pos] == '-';
    if (pos < token.size() && (token[pos] == '+' || token[pos] == '-')) {
        ++pos;
    }
    const std::string_view digits = takeDigits(token, pos);
    for (const char c : digits) {
        exponent = std::min(exponent * 10 + (c - '0'), kExponentClamp);
    }
    exponent = negative ? -exponent : exponent;
    return !digits.empty();
}

// Matches the whole token against the grammar; nullopt when it does not match.
std::optional<FloatParts> scanFloat(std::string_view token) {
    FloatParts parts;
    std::size_t pos = 0;
    if (pos < token.size() && (token[pos] == '+' || token[pos] == '-')) {
        parts.negative = token[pos] == '-';
        ++pos;
    }
    parts.integerDigits = takeDigits(token, pos);
    if (pos < token.size() && token[pos] == '.') {
        ++pos;
        parts.fractionDigits = takeDigits(token, pos);
    }
    if (parts.integerDigits.empty() && parts.fractionDigits.empty()) {
        return std::nullopt;
    }
    if (!takeExponent(token, pos, parts.exponent) || pos != token.size()) {
        return std::nullopt;
    }
    return parts;
}

// The significant digits of a scanned float (leading zeros skipped).
struct Digits {
    std::array<char, kKeptDigits + 32> text{};  // the first kKeptDigits, room for "e<scale>"
    std::size_t length = 0;                     // digits kept in text
    std::size_t significant = 0;                // significant digits seen, kept or not
    std::uint64_t mantissa = 0;                 // the digits as an integer while they fit
};

Digits collectDigits(const FloatParts& parts) {
    Digits digits;
    for (const std::string_view run : {parts.integerDigits, parts.fractionDigits}) {
        for (const char c : run) {
            if (digits.significant == 0 && c == '0') {
                continue;
            }
            if (++digits.significant <= kKeptDigits) {
                digits.text[digits.length++] = c;
            }
            if (digits.significant <= kExactDigits) {
                digits.mantissa = digits.mantissa * 10 + static_cast<std::uint64_t>(c - '0');
            }
        }
    }
    return digits;
}

// Clinger's fast path: a mantissa and a power of ten that long double holds exactly give a
// correctly rounded value with one multiplication or division (the common case, ~10x faster).
std::optional<long double> exactValue(const Digits& digits, std::int64_t scale) {
    if (digits.significant > kExactDigits || scale < -kExactPower || scale > kExactPower) {
        return std::nullopt;
    }
    const auto mantissa = static_cast<long double>(digits.mantissa);
    const long double power = kPowersOfTen[static_cast<std::size_t>(scale < 0 ? -scale : scale)];
    return scale < 0 ? mantissa / power : mantissa * power;
}

// Rounds "<kept digits>e<scale>" with the library's correctly rounding parser.
FloatParse roundedValue(Digits& digits, std::int64_t scale, std::int64_t magnitude) {
    digits.text[digits.length++] = 'e';
    char* const first = digits.text.data();
    const auto end = std::to_chars(first + digits.length, first + digits.text.size(), scale).ptr;
    long double value = 0.0L;
    const auto [ptr, ec] = std::from_chars(first, end, value);
    if (ec == std::errc::result_out_of_range) {
        return magnitude < 0 ? FloatParse{0.0L, {}}
                             : FloatParse{std::nullopt, FloatError::kOutOfRange};
    }
    return {value, {}};
}

// Rounds the scanned parts to a long double.
FloatParse convert(const FloatParts& parts) {
    Digits digits = collectDigits(parts);
    FloatParse result{0.0L, {}};
    // value = kept digits * 10^(exponent - fraction length + dropped digits)
    const auto dropped = static_cast<std::int64_t>(digits.significant - digits.length);
    const std::int64_t scale =
        parts.exponent - static_cast<std::int64_t>(parts.fractionDigits.size()) + dropped;
    const std::int64_t magnitude = scale + static_cast<std::int64_t>(digits.length) - 1;
    if (digits.significant == 0 || magnitude < kMinMagnitude) {
        result.value = 0.0L;
    } else if (magnitude > kMaxMagnitude) {
        return {std::nullopt, FloatError::kOutOfRange};
    } else if (const std::optional<long double> exact = exactValue(digits, scale)) {
        result.value = exact;
    } else {
        result = roundedValue(digits, scale, magnitude);
    }
    if (result.value && parts.negative) {
        result.value = -*result.value;
    }
    return result;
}

}  // namespace

FloatParse parseFloatToken(std::string_view token) {
    const std::optional<FloatParts> parts = scanFloat(token);
    if (!parts) {
        return {std::nullopt, FloatError::kNotAFloat};
    }
    return convert(*parts);
}

}  // namespace verdict::validators
