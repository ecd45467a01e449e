// The float grammar of the problem package format, token by token.
#include <cmath>
#include <string>

#include <gtest/gtest.h>
#include <verdict/validators/float_token.h>

namespace verdict::validators {
namespace {

// One token and what parsing it must give.
struct FloatCase {
    std::string name;
    std::string token;
    bool valid;
    long double value = 0.0L;
    FloatError error = FloatError::kNotAFloat;
};

void PrintTo(const FloatCase& c, std::ostream* out) {
    *out << c.name;
}

class FloatTokenTest : public testing::TestWithParam<FloatCase> {};

TEST_P(FloatTokenTest, ParsesByTheGrammar) {
    const FloatCase& c = GetParam();
    const FloatParse parsed = parseFloatToken(c.token);
    ASSERT_EQ(parsed.value.has_value(), c.valid) << c.token;
    if (c.valid) {
        EXPECT_EQ(*parsed.value, c.value) << c.token;
    } else {
        EXPECT_EQ(parsed.error, c.error) << c.token;
    }
}

const FloatCase kFloatCases[] = {
    {"integer", "1", true, 1.0L},
    {"integer_with_point_zero", "1.0", true, 1.0L},
    {"trailing_point", "1.", true, 1.0L},
    {"leading_point", ".5", true, 0.5L},
    {"leading_plus", "+3", true, 3.0L},
    {"negative", "-2.25", true, -2.25L},
    {"negative_zero", "-0", true, -0.0L},
    {"plus_zero_point", "+0.", true, 0.0L},
    {"exponent_lower", "1e5", true, 100000.0L},
    {"exponent_upper_signed_padded", "1E+05", true, 100000.0L},
    {"exponent_negative", "25e-2", true, 0.25L},
    {"point_exponent", ".5e1", true, 5.0L},
    {"trailing_point_exponent", "5.E1", true, 50.0L},
    {"leading_zeros", "000012.50", true, 12.5L},
    {"thirty_digits_each_side", "123456789012345678901234567890.123456789012345678901234567890",
     true, 123456789012345678901234567890.123456789012345678901234567890L},
    {"forty_plus_digit_mantissa", "3.14159265358979323846264338327950288419716939937510", true,
     3.14159265358979323846264338327950288419716939937510L},
    {"long_zero_fraction", "1." + std::string(5000, '0'), true, 1.0L},
    {"tiny_with_many_zeros", "0." + std::string(29, '0') + "1", true, 1e-30L},
    {"beyond_double_range", "1e4000", true, 1e4000L},
    {"underflow_is_zero", "1e-999999999999999999999", true, 0.0L},
    {"all_zero_digits_huge_exponent", "0e999999999", true, 0.0L},
    {"empty", "", false},
    {"sign_only", "-", false},
    {"point_only", ".", false},
    {"sign_point", "+.", false},
    {"exponent_without_digits", "1e", false},
    {"exponent_sign_without_digits", "1e+", false},
    {"exponent_only", "e5", false},
    {"double_sign", "--1", false},
    {"two_points", "1.2.3", false},
    {"trailing_junk", "1.0abc", false},
    {"comma_decimal", "1,5", false},
    {"hex_float", "0x1p3", false},
    {"hex_integer", "0x10", false},
    {"infinity", "inf", false},
    {"infinity_long", "Infinity", false},
    {"nan", "nan", false},
    {"nan_upper", "NAN", false},
    {"leading_space", " 1", false},
    {"embedded_nul",
     std::string("1\0"
                 "2",
                 3),
     false},
    {"unicode_minus",
     "\xe2\x88\x92"
     "1",
     false},
    {"overflow", "1e5000", false, 0.0L, FloatError::kOutOfRange},
    {"overflow_huge_exponent", "-9e999999999999999999", false, 0.0L, FloatError::kOutOfRange},
};

std::string caseName(const testing::TestParamInfo<FloatCase>& param) {
    return param.param.name;
}

INSTANTIATE_TEST_SUITE_P(Grammar, FloatTokenTest, testing::ValuesIn(kFloatCases), caseName);

TEST(FloatTokenSignTest, NegativeZeroKeepsItsSign) {
    const FloatParse parsed = parseFloatToken("-0.0e7");
    ASSERT_TRUE(parsed.value);
    EXPECT_TRUE(std::signbit(*parsed.value));
}

TEST(FloatTokenPrecisionTest, ParsesAtLeastDoublePrecision) {
    // 0.1 must round to the nearest long double, not to a double widened afterwards.
    const FloatParse parsed = parseFloatToken("0.1");
    ASSERT_TRUE(parsed.value);
    EXPECT_EQ(*parsed.value, 0.1L);
    EXPECT_NE(*parsed.value, static_cast<long double>(0.1));
}

}  // namespace
}  // namespace verdict::validators
