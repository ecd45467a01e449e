// Parsing the default validator's flags: every flag, and every way to get them wrong.
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <verdict/validators/options.h>

namespace verdict::validators {
namespace {

// A flag list and either the options it must give or a fragment of the error it must give.
struct OptionsCase {
    std::string name;
    std::vector<std::string> flags;
    bool valid;
    bool caseSensitive = false;
    bool spaceChangeSensitive = false;
    std::optional<long double> absolute;
    std::optional<long double> relative;
    std::string errorFragment;
};

void PrintTo(const OptionsCase& c, std::ostream* out) {
    *out << c.name;
}

class OptionsTest : public testing::TestWithParam<OptionsCase> {};

TEST_P(OptionsTest, ParsesFlags) {
    const OptionsCase& c = GetParam();
    const OptionsParseResult result = parseOptions(c.flags);
    ASSERT_EQ(result.ok(), c.valid) << result.error;
    if (!c.valid) {
        EXPECT_NE(result.error.find(c.errorFragment), std::string::npos) << result.error;
        return;
    }
    EXPECT_TRUE(result.error.empty());
    EXPECT_EQ(result.options->caseSensitive, c.caseSensitive);
    EXPECT_EQ(result.options->spaceChangeSensitive, c.spaceChangeSensitive);
    EXPECT_EQ(result.options->absoluteTolerance, c.absolute);
    EXPECT_EQ(result.options->relativeTolerance, c.relative);
    EXPECT_EQ(result.options->usesFloats(), c.absolute || c.relative);
}

OptionsCase ok(std::string name, std::vector<std::string> flags, bool caseSensitive,
               bool spaceChangeSensitive, std::optional<long double> absolute = std::nullopt,
               std::optional<long double> relative = std::nullopt) {
    return {std::move(name),      std::move(flags), true,     caseSensitive,
            spaceChangeSensitive, absolute,         relative, {}};
}

OptionsCase bad(std::string name, std::vector<std::string> flags, std::string fragment) {
    return {std::move(name), std::move(flags), false, false, false, {}, {}, std::move(fragment)};
}

const OptionsCase kOptionsCases[] = {
    ok("no_flags", {}, false, false),
    ok("case_sensitive", {"case_sensitive"}, true, false),
    ok("space_change_sensitive", {"space_change_sensitive"}, false, true),
    ok("both_booleans", {"space_change_sensitive", "case_sensitive"}, true, true),
    ok("repeated_boolean_is_harmless", {"case_sensitive", "case_sensitive"}, true, false),
    ok("float_tolerance_sets_both", {"float_tolerance", "1e-6"}, false, false, 1e-6L, 1e-6L),
    ok("absolute_only", {"float_absolute_tolerance", "0.5"}, false, false, 0.5L),
    ok("relative_only", {"float_relative_tolerance", "1E-03"}, false, false, std::nullopt, 1e-3L),
    ok("absolute_and_relative",
       {"float_relative_tolerance", ".25", "float_absolute_tolerance", "2"}, false, false, 2.0L,
       0.25L),
    ok("zero_tolerance", {"float_tolerance", "0"}, false, false, 0.0L, 0.0L),
    ok("plus_signed_tolerance", {"float_tolerance", "+1e-9"}, false, false, 1e-9L, 1e-9L),
    ok("everything", {"case_sensitive", "float_tolerance", "1.", "space_change_sensitive"}, true,
       true, 1.0L, 1.0L),
    bad("unknown_flag", {"ignore_case"}, "unknown validator flag 'ignore_case'"),
    bad("flags_are_case_sensitive", {"Case_Sensitive"}, "unknown validator flag"),
    bad("empty_flag", {""}, "unknown validator flag ''"),
    bad("dashed_flag", {"--case_sensitive"}, "unknown validator flag"),
    bad("missing_number", {"float_tolerance"}, "needs a number"),
    bad("missing_number_at_end", {"case_sensitive", "float_absolute_tolerance"}, "needs a number"),
    bad("word_instead_of_number", {"float_tolerance", "case_sensitive"},
        "needs a decimal number, got 'case_sensitive'"),
    bad("garbage_number", {"float_relative_tolerance", "1e-6x"}, "needs a decimal number"),
    bad("hex_number", {"float_tolerance", "0x1p-3"}, "needs a decimal number"),
    bad("inf_number", {"float_tolerance", "inf"}, "needs a decimal number"),
    bad("nan_number", {"float_tolerance", "nan"}, "needs a decimal number"),
    bad("out_of_range_number", {"float_tolerance", "1e99999"}, "needs a decimal number"),
    bad("negative_number", {"float_absolute_tolerance", "-1e-6"}, "non-negative"),
    bad("absolute_twice", {"float_absolute_tolerance", "1", "float_absolute_tolerance", "1"},
        "'float_absolute_tolerance' is given more than once"),
    bad("relative_twice", {"float_relative_tolerance", "1", "float_relative_tolerance", "2"},
        "'float_relative_tolerance' is given more than once"),
    bad("float_tolerance_twice", {"float_tolerance", "1", "float_tolerance", "1"},
        "'float_tolerance' is given more than once"),
    bad("float_tolerance_then_absolute", {"float_tolerance", "1", "float_absolute_tolerance", "1"},
        "cannot be combined"),
    bad("relative_then_float_tolerance", {"float_relative_tolerance", "1", "float_tolerance", "1"},
        "cannot be combined"),
    bad("unknown_after_valid", {"case_sensitive", "float_tolerance", "1", "bogus"},
        "unknown validator flag 'bogus'"),
};

std::string caseName(const testing::TestParamInfo<OptionsCase>& param) {
    return param.param.name;
}

INSTANTIATE_TEST_SUITE_P(Flags, OptionsTest, testing::ValuesIn(kOptionsCases), caseName);

}  // namespace
}  // namespace verdict::validators
