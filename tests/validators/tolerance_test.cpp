// Float tolerances: absolute, relative, both, exactly at the edge, and at extreme precision.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <verdict/validators/comparison.h>
#include <verdict/validators/options.h>
#include <verdict/validators/tolerance.h>

namespace verdict::validators {
namespace {

constexpr bool kAC = true;
constexpr bool kWA = false;

// One answer/team float pair under some tolerance flags, and the expected verdict.
struct ToleranceCase {
    std::string name;
    std::string answer;
    std::string team;
    std::vector<std::string> flags;
    bool accepted;
};

void PrintTo(const ToleranceCase& c, std::ostream* out) {
    *out << c.name;
}

class ToleranceTest : public testing::TestWithParam<ToleranceCase> {};

TEST_P(ToleranceTest, GivesTheExpectedVerdict) {
    const ToleranceCase& c = GetParam();
    const OptionsParseResult parsed = parseOptions(c.flags);
    ASSERT_TRUE(parsed.ok()) << parsed.error;
    const ComparisonResult result = compare(c.answer + "\n", c.team + "\n", *parsed.options);
    EXPECT_EQ(result.accepted, c.accepted) << result.judgeMessage;
}

std::vector<std::string> abs(std::string e) {
    return {"float_absolute_tolerance", std::move(e)};
}
std::vector<std::string> rel(std::string e) {
    return {"float_relative_tolerance", std::move(e)};
}
std::vector<std::string> tol(std::string e) {
    return {"float_tolerance", std::move(e)};
}
std::vector<std::string> absRel(std::string a, std::string r) {
    return {"float_absolute_tolerance", std::move(a), "float_relative_tolerance", std::move(r)};
}

const ToleranceCase kToleranceCases[] = {
    // Exactly at the tolerance in decimal (not exactly representable in binary): accepted.
    {"absolute_edge_above", "1", "1.1", abs("0.1"), kAC},
    {"absolute_edge_below", "1", "0.9", abs("0.1"), kAC},
    {"absolute_just_above_edge", "1", "1.1000001", abs("0.1"), kWA},
    {"absolute_just_below_edge", "1", "0.8999999", abs("0.1"), kWA},
    {"absolute_edge_1e9_scale", "1000000000", "1000000000.000001", abs("0.000001"), kAC},
    {"absolute_over_edge_1e9_scale", "1000000000", "1000000000.0000011", abs("0.000001"), kWA},
    {"absolute_binary_exact_edge", "1.5", "1.75", abs("0.25"), kAC},
    {"absolute_binary_exact_over", "1.5", "1.7500000001", abs("0.25"), kWA},
    {"relative_edge_above", "200", "202", rel("0.01"), kAC},
    {"relative_edge_below", "200", "198", rel("0.01"), kAC},
    {"relative_just_above_edge", "200", "202.0001", rel("0.01"), kWA},
    {"relative_negative_answer", "-200", "-198", rel("0.01"), kAC},
    {"relative_sign_flip", "-200", "200", rel("0.01"), kWA},
    {"relative_zero_answer_needs_exact", "0", "1e-300", rel("0.5"), kWA},
    {"relative_zero_answer_exact", "0", "0", rel("0.5"), kAC},
    {"relative_zero_answer_negative_zero", "0", "-0", rel("0.5"), kAC},
    {"integers_relative_edge", "1000000000", "1000000001", rel("1e-9"), kAC},
    {"integers_relative_over", "1000000000", "1000000002", rel("1e-9"), kWA},
    {"integers_absolute", "100", "100.0000001", abs("1e-6"), kAC},
    {"integers_absolute_off_by_one", "100", "101", abs("1e-6"), kWA},
    {"zero_tolerance_exact", "0.1", "1e-1", tol("0"), kAC},
    {"zero_tolerance_different", "0.1", "0.1000001", tol("0"), kWA},
    // Which tolerance applies: small numbers favour absolute, large ones relative.
    {"small_numbers_absolute_accepts", "1e-9", "2e-9", abs("1e-6"), kAC},
    {"small_numbers_relative_rejects", "1e-9", "2e-9", rel("1e-6"), kWA},
    {"small_numbers_either_accepts", "1e-9", "2e-9", tol("1e-6"), kAC},
    {"large_numbers_absolute_rejects", "1e9", "1000000100", abs("1e-6"), kWA},
    {"large_numbers_relative_accepts", "1e9", "1000000100", rel("1e-6"), kAC},
    {"large_numbers_either_accepts", "1e9", "1000000100", tol("1e-6"), kAC},
    {"both_rejects_when_neither", "1", "1.01", tol("1e-3"), kWA},
    {"separate_flags_relative_wins", "1000", "1000.5", absRel("1e-9", "1e-3"), kAC},
    {"separate_flags_neither", "0.001", "0.0011", absRel("1e-9", "1e-3"), kWA},
    {"separate_flags_absolute_wins", "0.001", "0.0011", absRel("1e-3", "1e-9"), kAC},
    // Precision: 30+ digit mantissas, values outside double's range.
    {"thirty_digit_integers_equal", "123456789012345678901234567890",
     "123456789012345678901234567890.0", rel("1e-9"), kAC},
    {"thirty_digit_integers_off_by_one", "123456789012345678901234567890",
     "123456789012345678901234567891", rel("1e-20"), kAC},
    {"thirty_digit_integers_far", "123456789012345678901234567890",
     "223456789012345678901234567890", rel("1e-9"), kWA},
    {"thirty_digit_fractions", "0.123456789012345678901234567890",
     "0.123456789012345678901234567891", abs("1e-25"), kAC},
    {"thirty_digit_fractions_differ_at_17th_digit", "0.123456789012345678901234567890",
     "0.123456789012345699999999999999", abs("1e-18"), kWA},
    {"long_pi", "3.14159265358979323846264338327950288", "3.14159265358979323846264338327950289",
     tol("1e-15"), kAC},
    {"beyond_double_max", "1e400", "1.0000000001e400", rel("1e-9"), kAC},
    {"beyond_double_max_far", "1e400", "2e400", rel("1e-9"), kWA},
    {"beyond_double_min", "1e-400", "1.0e-400", rel("1e-9"), kAC},
    {"tiny_differences_absolute", "1e-400", "3e-400", abs("1e-300"), kAC},
};

std::string caseName(const testing::TestParamInfo<ToleranceCase>& param) {
    return param.param.name;
}

INSTANTIATE_TEST_SUITE_P(Floats, ToleranceTest, testing::ValuesIn(kToleranceCases), caseName);

TEST(WithinToleranceTest, SlackIsFarBelowDoublePrecision) {
    ValidatorOptions options;
    options.absoluteTolerance = 0.0L;
    // One part in 1e15 is well above the rounding slack and must be rejected at tolerance 0.
    EXPECT_FALSE(withinTolerance(1.0L, 1.0L + 1e-15L, options));
    EXPECT_TRUE(withinTolerance(1.0L, 1.0L, options));
}

TEST(WithinToleranceTest, NoToleranceMeansNothingIsWithin) {
    EXPECT_FALSE(withinTolerance(1.0L, 1.0L, ValidatorOptions{}));
}

}  // namespace
}  // namespace verdict::validators
