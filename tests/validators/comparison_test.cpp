// The default validator's rules case by case: {answer, team output, flags} -> verdict.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <verdict/validators/comparison.h>
#include <verdict/validators/options.h>

namespace verdict::validators {
namespace {

using namespace std::string_literals;

constexpr bool kAC = true;
constexpr bool kWA = false;

// One comparison and its expected verdict.
struct CompareCase {
    std::string name;
    std::string answer;
    std::string team;
    std::vector<std::string> flags;
    bool accepted;
};

void PrintTo(const CompareCase& c, std::ostream* out) {
    *out << c.name;
}

class ComparisonTest : public testing::TestWithParam<CompareCase> {};

TEST_P(ComparisonTest, GivesTheExpectedVerdict) {
    const CompareCase& c = GetParam();
    const OptionsParseResult parsed = parseOptions(c.flags);
    ASSERT_TRUE(parsed.ok()) << parsed.error;
    const ComparisonResult result = compare(c.answer, c.team, *parsed.options);
    EXPECT_EQ(result.accepted, c.accepted) << result.judgeMessage;
    EXPECT_FALSE(result.judgeMessage.empty());
    EXPECT_EQ(result.position.has_value(), !result.accepted);
}

std::string instanceName(const testing::TestParamInfo<CompareCase>& info) {
    return info.param.name;
}

const std::vector<std::string> kNone;
const std::vector<std::string> kCase = {"case_sensitive"};
const std::vector<std::string> kSpace = {"space_change_sensitive"};
const std::vector<std::string> kTol6 = {"float_tolerance", "1e-6"};
const std::vector<std::string> kAbs6 = {"float_absolute_tolerance", "1e-6"};
const std::vector<std::string> kRel6 = {"float_relative_tolerance", "1e-6"};

const CompareCase kWhitespaceCases[] = {
    {"identical", "42\n", "42\n", kNone, kAC},
    {"different_token", "42\n", "43\n", kNone, kWA},
    {"more_spaces_between_tokens", "1 2 3\n", "1    2\t\t3\n", kNone, kAC},
    {"newlines_instead_of_spaces", "1 2 3\n", "1\n2\n3\n", kNone, kAC},
    {"spaces_instead_of_newlines", "1\n2\n3\n", "1 2 3", kNone, kAC},
    {"all_six_whitespace_kinds", "a b c\n", "a\f\v\t\r\nb \r c", kNone, kAC},
    {"crlf_team_output", "1 2\n3\n", "1 2\r\n3\r\n", kNone, kAC},
    {"crlf_answer_lf_team", "1\r\n2\r\n", "1\n2\n", kNone, kAC},
    {"no_trailing_newline", "1\n", "1", kNone, kAC},
    {"leading_whitespace", "1\n", "\n\n \t 1\n", kNone, kAC},
    {"lots_of_trailing_whitespace", "1\n", "1\n\n\n   \t\r\n", kNone, kAC},
    {"fewer_tokens", "1 2\n", "1\n", kNone, kWA},
    {"more_tokens", "1\n", "1 2\n", kNone, kWA},
    {"both_empty", "", "", kNone, kAC},
    {"empty_answer_whitespace_team", "", " \n\t", kNone, kAC},
    {"whitespace_answer_empty_team", "\n", "", kNone, kAC},
    {"empty_answer_token_team", "", "x", kNone, kWA},
    {"empty_team", "1\n", "", kNone, kWA},
    {"whitespace_only_team", "1\n", " \n\n\t", kNone, kWA},
    {"token_split_in_two", "ab\n", "a b\n", kNone, kWA},
    {"tokens_joined", "a b\n", "ab\n", kNone, kWA},
    {"team_token_is_prefix", "abcd\n", "abc\n", kNone, kWA},
    {"answer_token_is_prefix", "abc\n", "abcd\n", kNone, kWA},
    {"other_control_byte_is_not_whitespace", "a b\n",
     "a\x01"
     "b\n",
     kNone, kWA},
    {"nbsp_is_not_whitespace", "a b\n",
     "a\xc2\xa0"
     "b\n",
     kNone, kWA},
    {"nul_is_not_whitespace", "a b\n", "a\0b\n"s, kNone, kWA},
    {"nul_inside_equal_tokens", "a\0b\n"s, "a\0b"s, kNone, kAC},
    {"nul_vs_other_byte", "a\0b\n"s,
     "a\x01"
     "b\n",
     kNone, kWA},
    {"many_lines_one_wrong", "1\n2\n3\n4\n", "1\n2\n3\n5\n", kNone, kWA},
};
INSTANTIATE_TEST_SUITE_P(Whitespace, ComparisonTest, testing::ValuesIn(kWhitespaceCases),
                         instanceName);

const CompareCase kCaseCases[] = {
    {"upper_vs_mixed", "Yes\n", "YES\n", kNone, kAC},
    {"lower_vs_mixed", "possible\n", "PoSsIbLe\n", kNone, kAC},
    {"case_sensitive_rejects_case_change", "Yes\n", "YES\n", kCase, kWA},
    {"case_sensitive_accepts_identical", "Yes\n", "Yes\n", kCase, kAC},
    {"utf8_bytes_not_folded", "\xc3\xa9\n", "\xc3\x89\n", kNone, kWA},
    {"ascii_folded_around_utf8", "h\xc3\xa9llo\n", "H\xc3\xa9LLO\n", kNone, kAC},
    {"latin1_bytes_not_folded", "\xc0\n", "\xe0\n", kNone, kWA},
    {"at_sign_is_not_backquote", "@\n", "`\n", kNone, kWA},
    {"brackets_are_not_braces", "[x]\n", "{x}\n", kNone, kWA},
    {"digits_untouched", "1\n", "Q\n", kNone, kWA},
};
INSTANTIATE_TEST_SUITE_P(Case, ComparisonTest, testing::ValuesIn(kCaseCases), instanceName);

const CompareCase kSpaceChangeCases[] = {
    {"identical", "1 2\n3\n", "1 2\n3\n", kSpace, kAC},
    {"extra_space", "1 2\n", "1  2\n", kSpace, kWA},
    {"tab_instead_of_space", "1 2\n", "1\t2\n", kSpace, kWA},
    {"crlf_instead_of_lf", "1\n2\n", "1\r\n2\r\n", kSpace, kWA},
    {"missing_trailing_newline", "1\n", "1", kSpace, kWA},
    {"extra_trailing_newline", "1\n", "1\n\n", kSpace, kWA},
    {"extra_trailing_space", "1\n", "1\n ", kSpace, kWA},
    {"leading_space", "1\n", " 1\n", kSpace, kWA},
    {"missing_leading_space", " 1\n", "1\n", kSpace, kWA},
    {"leading_and_trailing_identical", "\t1  2 \n\n", "\t1  2 \n\n", kSpace, kAC},
    {"still_case_insensitive", "Abc\n", "aBC\n", kSpace, kAC},
    {"with_case_sensitive", "Abc\n", "aBC\n", {"space_change_sensitive", "case_sensitive"}, kWA},
    {"both_empty", "", "", kSpace, kAC},
    {"whitespace_only_team_vs_empty", "", "\n", kSpace, kWA},
    {"token_difference_still_found", "1 2\n", "1 3\n", kSpace, kWA},
    {"floats_still_compared",
     "1.5 2\n",
     "1.5000001 2\n",
     {"space_change_sensitive", "float_tolerance", "1e-6"},
     kAC},
    {"default_ignores_space_change", "1 2\n", "  1 \t 2", kNone, kAC},
};
INSTANTIATE_TEST_SUITE_P(SpaceChange, ComparisonTest, testing::ValuesIn(kSpaceChangeCases),
                         instanceName);

const CompareCase kFloatFormatCases[] = {
    {"integer", "1\n", "1\n", kTol6, kAC},
    {"point_zero", "1\n", "1.0\n", kTol6, kAC},
    {"trailing_point", "1\n", "1.\n", kTol6, kAC},
    {"leading_plus", "3\n", "+3\n", kTol6, kAC},
    {"leading_point", "0.5\n", ".5\n", kTol6, kAC},
    {"exponent", "100000\n", "1e5\n", kTol6, kAC},
    {"exponent_upper_signed", "100000\n", "1E+05\n", kTol6, kAC},
    {"exponent_negative", "0.25\n", "25e-2\n", kTol6, kAC},
    {"negative_zero", "0\n", "-0\n", kTol6, kAC},
    {"negative_zero_answer", "-0.0\n", "0\n", kTol6, kAC},
    {"leading_zeros", "12.5\n", "0012.500\n", kTol6, kAC},
    {"thirty_zeros", "1\n", "1.000000000000000000000000000000\n", kTol6, kAC},
    {"answer_in_exponent_form", "1.5e3\n", "1500\n", kTol6, kAC},
    {"hex_float_rejected", "1\n", "0x1p0\n", kTol6, kWA},
    {"inf_rejected", "1\n", "inf\n", kTol6, kWA},
    {"nan_rejected", "1\n", "nan\n", kTol6, kWA},
    {"word_rejected", "1\n", "one\n", kTol6, kWA},
    {"trailing_junk_rejected", "1\n", "1.0abc\n", kTol6, kWA},
    {"comma_rejected", "1.5\n", "1,5\n", kTol6, kWA},
    {"bare_exponent_rejected", "1\n", "1e\n", kTol6, kWA},
    {"bare_point_rejected", "0\n", ".\n", kTol6, kWA},
    {"overflowing_team_float", "1\n", "1e99999\n", kTol6, kWA},
    {"underflowing_team_float", "0\n", "1e-99999\n", kTol6, kAC},
    {"no_tolerance_compares_strings", "1.5\n", "1.50\n", kNone, kWA},
    {"no_tolerance_identical_string", "1.5\n", "1.5\n", kNone, kAC},
    {"no_tolerance_minus_zero", "0\n", "-0\n", kNone, kWA},
};
INSTANTIATE_TEST_SUITE_P(FloatFormat, ComparisonTest, testing::ValuesIn(kFloatFormatCases),
                         instanceName);

const CompareCase kNonFloatAnswerCases[] = {
    {"word_answer_compared_as_string", "abc\n", "ABC\n", kTol6, kAC},
    {"word_answer_rejects_number", "abc\n", "0\n", kTol6, kWA},
    {"inf_answer_is_a_string", "inf\n", "INF\n", kTol6, kAC},
    {"inf_answer_rejects_huge_number", "inf\n", "1e4000\n", kTol6, kWA},
    {"nan_answer_is_a_string", "nan\n", "NaN\n", kTol6, kAC},
    {"hex_answer_is_a_string", "0x10\n", "0x10\n", kTol6, kAC},
    {"hex_answer_rejects_decimal", "0x10\n", "16\n", kTol6, kWA},
    {"mixed_line", "Case #1: 3.5\n", "case #1: 3.5000001\n", kTol6, kAC},
    {"mixed_line_wrong_label", "Case #1: 3.5\n", "Case #2: 3.5\n", kTol6, kWA},
    {"case_sensitive_float_still_numeric",
     "1E5\n",
     "100000.0\n",
     {"case_sensitive", "float_tolerance", "1e-6"},
     kAC},
};
INSTANTIATE_TEST_SUITE_P(NonFloatAnswer, ComparisonTest, testing::ValuesIn(kNonFloatAnswerCases),
                         instanceName);

// The judge message says where and what: lines, token number, expected and got.
ComparisonResult compareWith(std::string_view answer, std::string_view team,
                             const std::vector<std::string>& flags) {
    return compare(answer, team, *parseOptions(flags).options);
}

bool contains(const std::string& text, std::string_view fragment) {
    return text.find(fragment) != std::string::npos;
}

TEST(ComparisonMessageTest, NamesLinesTokenExpectedAndGot) {
    const ComparisonResult result = compareWith("a\nb\nc\n", "a\r\n\r\nb\r\nd\r\n", kNone);
    ASSERT_FALSE(result.accepted);
    EXPECT_TRUE(contains(result.judgeMessage, "line 4 of team output")) << result.judgeMessage;
    EXPECT_TRUE(contains(result.judgeMessage, "line 3 of answer")) << result.judgeMessage;
    EXPECT_TRUE(contains(result.judgeMessage, "token 3")) << result.judgeMessage;
    EXPECT_TRUE(contains(result.judgeMessage, "expected \"c\", got \"d\"")) << result.judgeMessage;
    ASSERT_TRUE(result.position);
    EXPECT_EQ(result.position->answerOffset, 4u);
    EXPECT_EQ(result.position->teamOffset, 8u);
    EXPECT_EQ(result.position->answerLine, 3u);
    EXPECT_EQ(result.position->teamLine, 4u);
    EXPECT_EQ(result.position->tokenIndex, 2u);
}

TEST(ComparisonMessageTest, SaysTeamOutputHasFewerTokens) {
    const ComparisonResult result = compareWith("1 2 3\n", "1 2\n", kNone);
    EXPECT_TRUE(contains(result.judgeMessage, "fewer tokens")) << result.judgeMessage;
    EXPECT_TRUE(contains(result.judgeMessage, "next expected token \"3\"")) << result.judgeMessage;
}

TEST(ComparisonMessageTest, SaysTeamOutputIsEmptyOrWhitespace) {
    EXPECT_TRUE(contains(compareWith("1\n", "", kNone).judgeMessage, "team output is empty"));
    EXPECT_TRUE(
        contains(compareWith("1\n", " \n", kNone).judgeMessage, "team output has only whitespace"));
}

TEST(ComparisonMessageTest, SaysTeamOutputHasMoreTokens) {
    const ComparisonResult result = compareWith("1\n", "1\n2\n", kNone);
    EXPECT_TRUE(contains(result.judgeMessage, "more tokens")) << result.judgeMessage;
    EXPECT_TRUE(contains(result.judgeMessage, "first extra token \"2\"")) << result.judgeMessage;
    EXPECT_TRUE(contains(result.judgeMessage, "line 2 of team output")) << result.judgeMessage;
}

TEST(ComparisonMessageTest, ShowsWhitespaceDifferenceEscaped) {
    const ComparisonResult result = compareWith("1\n2\n", "1\r\n2\n", kSpace);
    EXPECT_TRUE(contains(result.judgeMessage, "expected \"\\n\", got \"\\r\\n\""))
        << result.judgeMessage;
    ASSERT_TRUE(result.position);
    EXPECT_EQ(result.position->teamOffset, 1u);
}

TEST(ComparisonMessageTest, ShowsFloatErrorsAndTolerance) {
    const ComparisonResult result = compareWith("2\n", "2.5\n", kTol6);
    EXPECT_TRUE(contains(result.judgeMessage, "absolute error 0.5")) << result.judgeMessage;
    EXPECT_TRUE(contains(result.judgeMessage, "relative error 0.25")) << result.judgeMessage;
    EXPECT_TRUE(contains(result.judgeMessage, "absolute tolerance 1e-06")) << result.judgeMessage;
    const ComparisonResult notFloat = compareWith("2\n", "two\n", kTol6);
    EXPECT_TRUE(contains(notFloat.judgeMessage, "not a float")) << notFloat.judgeMessage;
}

TEST(ComparisonMessageTest, AcceptedMessageCountsTokens) {
    const ComparisonResult result = compareWith("1 2 3\n", "1 2 3", kNone);
    EXPECT_TRUE(result.accepted);
    EXPECT_EQ(result.judgeMessage, "accepted: 3 tokens match");
    EXPECT_FALSE(result.position);
}

}  // namespace
}  // namespace verdict::validators
