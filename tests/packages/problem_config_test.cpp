// problem.yaml parsing: both format families, defaults, and every kind of bad value.
#include <gtest/gtest.h>

#include "verdict/packages/problem_config.h"

namespace verdict::packages {
namespace {

ProblemConfig parse(const std::string& text, Diagnostics& diagnostics) {
    return parseProblemConfig(text, "problem.yaml", diagnostics);
}

TEST(ProblemConfig, EmptyLegacyGetsTheFormatDefaults) {
    Diagnostics d;
    const ProblemConfig c = parse("", d);
    EXPECT_FALSE(d.hasErrors());
    EXPECT_EQ(c.version, FormatVersion::Legacy);
    EXPECT_FALSE(c.type.scoring);
    EXPECT_DOUBLE_EQ(c.limits.timeMultiplier, 5.0);
    EXPECT_DOUBLE_EQ(c.limits.timeSafetyMargin, 2.0);
    EXPECT_EQ(c.limits.memoryMib, 2048);
    EXPECT_EQ(c.limits.outputMib, 8);
    EXPECT_EQ(c.limits.codeKib, 128);
    EXPECT_FALSE(c.limits.timeLimit.has_value());
}

TEST(ProblemConfig, LegacyCustomInteractiveWithFlags) {
    Diagnostics d;
    const ProblemConfig c = parse(
        "name: Guess the Number\nvalidation: custom interactive\n"
        "validator_flags: float_tolerance 1e-6\nlimits:\n  time_multiplier: 3\n  memory: 512\n",
        d);
    EXPECT_FALSE(d.hasErrors()) << (d.all().empty() ? "" : d.all()[0].toString());
    EXPECT_TRUE(c.type.interactive);
    EXPECT_TRUE(c.type.customOutputValidator);
    EXPECT_EQ(c.displayName(), "Guess the Number");
    EXPECT_EQ(c.validatorFlags, (std::vector<std::string>{"float_tolerance", "1e-6"}));
    EXPECT_DOUBLE_EQ(c.limits.timeMultiplier, 3.0);
    EXPECT_EQ(c.limits.memoryMib, 512);
}

TEST(ProblemConfig, LegacyValidationScoreAndMultiPass) {
    Diagnostics d;
    const ProblemConfig c = parse(
        "problem_format_version: legacy-icpc\n"
        "validation: custom score multi-pass\n",
        d);
    EXPECT_FALSE(d.hasErrors());
    EXPECT_EQ(c.version, FormatVersion::LegacyIcpc);
    EXPECT_TRUE(c.type.scoring);
    EXPECT_TRUE(c.type.multiPass);
}

TEST(ProblemConfig, Modern2025WithEverything) {
    Diagnostics d;
    const ProblemConfig c = parse(
        "problem_format_version: 2025-09\nuuid: 8ee7605a-0000-4000-8000-000000000001\n"
        "name:\n  en: Odd Echo\n  sv: Udda eko\ntype: [scoring, multi-pass]\n"
        "limits:\n  time_limit: 1.5\n  time_resolution: 0.5\n  time_multipliers:\n"
        "    ac_to_time_limit: 3\n    time_limit_to_tle: 2\n  validation_passes: 4\n"
        "keywords: [strings, echo]\nlanguages: [cpp, python3]\nallow_file_writing: true\n",
        d);
    EXPECT_FALSE(d.hasErrors()) << (d.all().empty() ? "" : d.all()[0].toString());
    EXPECT_EQ(c.version, FormatVersion::V2025_09);
    EXPECT_EQ(c.displayName("sv"), "Udda eko");
    EXPECT_EQ(c.displayName("de"), "Odd Echo");
    EXPECT_TRUE(c.type.scoring);
    EXPECT_TRUE(c.type.multiPass);
    EXPECT_TRUE(c.type.customOutputValidator);
    ASSERT_TRUE(c.limits.timeLimit.has_value());
    EXPECT_DOUBLE_EQ(*c.limits.timeLimit, 1.5);
    EXPECT_DOUBLE_EQ(c.limits.acToTimeLimit, 3.0);
    EXPECT_DOUBLE_EQ(c.limits.timeLimitToTle, 2.0);
    EXPECT_EQ(c.limits.validationPasses, 4);
    EXPECT_EQ(c.keywords.size(), 2u);
    EXPECT_EQ(c.languages, (std::vector<std::string>{"cpp", "python3"}));
    EXPECT_TRUE(c.allowFileWriting);
}

TEST(ProblemConfig, Modern2025Defaults) {
    Diagnostics d;
    const ProblemConfig c = parse(
        "problem_format_version: 2025-09\nname: Hello\nuuid: x\n"
        "languages: all\n",
        d);
    EXPECT_FALSE(d.hasErrors());
    EXPECT_DOUBLE_EQ(c.limits.acToTimeLimit, 2.0);
    EXPECT_DOUBLE_EQ(c.limits.timeLimitToTle, 1.5);
    EXPECT_DOUBLE_EQ(c.limits.timeResolution, 1.0);
    EXPECT_EQ(c.limits.validationPasses, 2);
    EXPECT_TRUE(c.languages.empty());
    EXPECT_FALSE(c.type.scoring);
}

TEST(ProblemConfig, DraftTypeAsString) {
    Diagnostics d;
    const ProblemConfig c = parse(
        "problem_format_version: 2023-07-draft\ntype: scoring\n"
        "name: Odd Echo\n",
        d);
    EXPECT_FALSE(d.hasErrors());
    EXPECT_EQ(c.version, FormatVersion::Draft2023_07);
    EXPECT_TRUE(c.type.scoring);
}

TEST(ProblemConfig, UnknownKeysAreWarningsNotErrors) {
    Diagnostics d;
    parse("name: A\nfavourite_colour: blue\nlimits:\n  time_limit: 2\n", d);
    EXPECT_FALSE(d.hasErrors());
    ASSERT_EQ(d.warnings().size(), 2u);  // favourite_colour; time_limit is not legacy
    for (const Diagnostic& warning : d.warnings()) {
        EXPECT_EQ(warning.code, "unknown-key");
        if (warning.where.key == "favourite_colour") {
            EXPECT_EQ(warning.where.line, 2);
        } else {
            EXPECT_EQ(warning.where.key, "limits.time_limit");
            EXPECT_EQ(warning.where.line, 4);
        }
    }
}

// Every invalid problem.yaml: the code reported and the line it names.
struct BadYaml {
    const char* label;
    const char* text;
    const char* code;
    int line;
};

class ProblemConfigErrors : public ::testing::TestWithParam<BadYaml> {};

TEST_P(ProblemConfigErrors, NamesTheProblemAndTheLine) {
    Diagnostics d;
    parse(GetParam().text, d);
    ASSERT_TRUE(d.hasErrors());
    const Diagnostic* found = d.find(GetParam().code);
    ASSERT_NE(found, nullptr) << d.all()[0].toString();
    EXPECT_EQ(found->where.file, "problem.yaml");
    EXPECT_EQ(found->where.line, GetParam().line) << found->toString();
    EXPECT_FALSE(found->hint.empty());
}

INSTANTIATE_TEST_SUITE_P(
    All, ProblemConfigErrors,
    ::testing::Values(
        BadYaml{"broken_syntax", "name: A\nlimits: [1, 2\nuuid: x\n", "bad-yaml", 3},
        BadYaml{"tab_indent", "name: A\nlimits:\n\tmemory: 3\n", "bad-yaml", 3},
        BadYaml{"top_level_list", "- a\n- b\n", "not-a-mapping", 1},
        BadYaml{"memory_string", "limits:\n  memory: lots\n", "wrong-type", 2},
        BadYaml{"negative_memory", "limits:\n  memory: -5\n", "negative-value", 2},
        BadYaml{"negative_multiplier", "limits:\n  time_multiplier: -1\n", "negative-value", 2},
        BadYaml{"fractional_memory", "limits:\n  memory: 1.5\n", "wrong-type", 2},
        BadYaml{"limits_scalar", "limits: 5\n", "wrong-type", 1},
        BadYaml{"name_list", "name: [a, b]\n", "wrong-type", 1},
        BadYaml{"bad_validation", "validation: fancy\n", "bad-value", 1},
        BadYaml{"default_interactive", "validation: default interactive\n", "bad-value", 1},
        BadYaml{"unknown_version", "problem_format_version: 1999\nname: A\nuuid: u\n",
                "unknown-format-version", 1},
        BadYaml{"modern_no_name", "problem_format_version: 2025-09\nuuid: u\n", "missing-key", 0},
        BadYaml{"modern_no_uuid", "problem_format_version: 2025-09\nname: A\n", "missing-key", 0},
        BadYaml{"scoring_and_pass_fail",
                "problem_format_version: 2025-09\nname: A\nuuid: u\ntype: [scoring, pass-fail]\n",
                "bad-value", 4},
        BadYaml{"submit_answer_interactive",
                "problem_format_version: 2025-09\nname: A\nuuid: u\n"
                "type: submit-answer interactive\n",
                "bad-value", 4},
        BadYaml{"unknown_type", "problem_format_version: 2025-09\nname: A\nuuid: u\ntype: fun\n",
                "bad-value", 4},
        BadYaml{"time_limit_off_resolution",
                "problem_format_version: 2025-09\nname: A\nuuid: u\n"
                "limits:\n  time_resolution: 0.5\n  time_limit: 1.2\n",
                "bad-time-limit", 6},
        BadYaml{"time_limit_zero",
                "problem_format_version: 2025-09\nname: A\nuuid: u\nlimits:\n  time_limit: 0\n",
                "negative-value", 5},
        BadYaml{"file_writing_word",
                "problem_format_version: 2025-09\nname: A\nuuid: u\nallow_file_writing: maybe\n",
                "wrong-type", 4}),
    [](const ::testing::TestParamInfo<BadYaml>& param) { return std::string(param.param.label); });

}  // namespace
}  // namespace verdict::packages
