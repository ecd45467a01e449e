// data/: test case discovery, ordering, groups and their inherited settings.
#include <gtest/gtest.h>

#include "sample_packages.h"
#include "verdict/packages/package.h"

namespace verdict::packages {
namespace {

using testing::FileList;
using testing::ScratchDirectory;
using testing::with;
using testing::without;
using testing::writeTree;

std::vector<std::string> caseNames(const Package& package) {
    std::vector<std::string> names;
    for (const TestCase& testCase : package.testCases) {
        names.push_back(testCase.name);
    }
    return names;
}

LoadResult load(const ScratchDirectory& scratch, const FileList& files) {
    return loadPackage(writeTree(scratch.path() / "pkg", files));
}

std::string firstError(const LoadResult& result) {
    return result.diagnostics.all().empty() ? "" : result.diagnostics.all()[0].toString();
}

TEST(TestData, LegacyCasesAndGroupsInterleaveLexicographically) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::oddechoScoringLegacy());
    ASSERT_TRUE(result.ok()) << firstError(result);
    EXPECT_EQ(caseNames(*result.package),
              (std::vector<std::string>{"sample/1", "secret/a", "secret/task1/1",
                                        "secret/task1/hard/9", "secret/task2/1", "secret/z"}));
    std::vector<std::string> groups;
    for (const TestGroup& group : result.package->testGroups) {
        groups.push_back(group.name);
    }
    EXPECT_EQ(groups, (std::vector<std::string>{"sample", "secret", "secret/task1",
                                                "secret/task1/hard", "secret/task2"}));
}

TEST(TestData, LegacyTestdataYamlIsInheritedDownTheTree) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::oddechoScoringLegacy());
    ASSERT_TRUE(result.ok()) << firstError(result);
    const auto& groups = result.package->testGroups;
    const GroupSettings& secret = groups[1].settings;
    EXPECT_EQ(secret.onReject, OnReject::Continue);
    ASSERT_TRUE(secret.range.has_value());
    EXPECT_DOUBLE_EQ(secret.range->second, 100);
    EXPECT_EQ(secret.graderFlags,
              (std::vector<std::string>{"first_error", "accept_if_any_accepted"}));
    const GroupSettings& task1 = groups[2].settings;
    EXPECT_EQ(task1.onReject, OnReject::Break);
    EXPECT_DOUBLE_EQ(task1.acceptScore, 30);
    EXPECT_EQ(task1.graderFlags, (std::vector<std::string>{"min"}));
    EXPECT_EQ(task1.outputValidatorArgs, (std::vector<std::string>{"case_sensitive"}));
    const GroupSettings& hard = groups[3].settings;
    EXPECT_DOUBLE_EQ(hard.acceptScore, 5);
    EXPECT_EQ(hard.onReject, OnReject::Break);  // from task1
    ASSERT_TRUE(hard.range.has_value());
    EXPECT_DOUBLE_EQ(hard.range->second, 30);
    EXPECT_FALSE(groups[4].hasConfigFile);
    EXPECT_EQ(groups[4].settings.onReject, OnReject::Continue);  // from secret
    EXPECT_EQ(result.package->testCases[0].outputValidatorArgs.size(), 0u);
}

TEST(TestData, Modern2025GroupsHaveTheirOwnScores) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::oddechoScoring2025());
    ASSERT_TRUE(result.ok()) << firstError(result);
    const Package& package = *result.package;
    ASSERT_EQ(package.testGroups.size(), 4u);
    EXPECT_TRUE(package.testGroups[0].settings.fullFeedback);  // sample
    EXPECT_EQ(package.testGroups[1].settings.maxScore, 100.0);
    const GroupSettings& group1 = package.testGroups[2].settings;
    EXPECT_EQ(group1.maxScore, 40.0);
    EXPECT_EQ(group1.scoreAggregation, ScoreAggregation::Min);
    EXPECT_EQ(group1.outputValidatorArgs, (std::vector<std::string>{"case_sensitive"}));
    const GroupSettings& group2 = package.testGroups[3].settings;
    EXPECT_EQ(group2.requirePass, (std::vector<std::string>{"group1"}));
    EXPECT_FALSE(group2.fullFeedback);
    ASSERT_EQ(package.testCases.size(), 4u);
    EXPECT_EQ(package.testCases[1].outputValidatorArgs,
              (std::vector<std::string>{"case_sensitive"}));
    const TestCase& big = package.testCases[3];
    EXPECT_EQ(big.name, "secret/group2/big");
    EXPECT_EQ(big.outputValidatorArgs, (std::vector<std::string>{"float_tolerance", "0.5"}));
    EXPECT_FALSE(big.caseYaml.empty());
}

TEST(TestData, CompanionFilesAndInvalidInput) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::plain2025());
    ASSERT_TRUE(result.ok()) << firstError(result);
    const Package& package = *result.package;
    EXPECT_EQ(caseNames(package), (std::vector<std::string>{"sample/1", "secret/1", "secret/2",
                                                            "invalid_input/negative"}));
    EXPECT_FALSE(package.testCases[1].files.empty());
    EXPECT_TRUE(package.testCases[3].answer.empty());
    EXPECT_EQ(package.judgedCases().size(), 3u);
}

TEST(TestData, InteractionFilesAreCompanions) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::guessInteractive());
    ASSERT_TRUE(result.ok()) << firstError(result);
    EXPECT_FALSE(result.package->testCases[0].interaction.empty());
    EXPECT_TRUE(result.package->testCases[1].interaction.empty());
}

TEST(TestData, LegacyValidatorFlagsReachEveryCase) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, testing::differentLegacy());
    ASSERT_TRUE(result.ok()) << firstError(result);
    for (const TestCase& testCase : result.package->testCases) {
        EXPECT_EQ(testCase.outputValidatorArgs,
                  (std::vector<std::string>{"float_tolerance", "1e-6"}));
    }
}

// Broken test data: the code reported and the file it names.
struct BadData {
    const char* label;
    FileList files;
    const char* code;
    const char* file;
};

class TestDataErrors : public ::testing::TestWithParam<BadData> {};

TEST_P(TestDataErrors, NamesTheFile) {
    ScratchDirectory scratch;
    const LoadResult result = load(scratch, GetParam().files);
    EXPECT_FALSE(result.ok());
    const Diagnostic* found = result.diagnostics.find(GetParam().code);
    ASSERT_NE(found, nullptr) << firstError(result);
    EXPECT_EQ(found->where.file, GetParam().file) << found->toString();
}

const FileList kModern = testing::plain2025();

INSTANTIATE_TEST_SUITE_P(
    All, TestDataErrors,
    ::testing::Values(
        BadData{"in_without_ans", with(testing::helloLegacy(), {{"data/secret/2.in", "x\n"}}),
                "missing-answer", "data/secret/2.in"},
        BadData{"no_secret", without(testing::helloLegacy(), "data/secret"), "missing-secret",
                "data/secret"},
        BadData{"secret_mixed",
                with(kModern, {{"data/secret/g1/1.in", "1 1\n"}, {"data/secret/g1/1.ans", "2\n"}}),
                "mixed-secret", "data/secret"},
        BadData{"nested_group_2025",
                with(without(kModern, "data/secret/"), {{"data/secret/g1/deeper/1.in", "1 1\n"},
                                                        {"data/secret/g1/deeper/1.ans", "2\n"}}),
                "nested-group", "data/secret/g1/deeper"},
        BadData{"bad_testdata_yaml",
                with(testing::helloLegacy(), {{"data/secret/testdata.yaml", "on_reject: maybe\n"}}),
                "bad-value", "data/secret/testdata.yaml"},
        BadData{"broken_test_group_yaml",
                with(kModern, {{"data/secret/test_group.yaml", "max_score: [\n"}}), "bad-yaml",
                "data/secret/test_group.yaml"},
        BadData{"negative_max_score",
                with(kModern, {{"data/secret/test_group.yaml", "max_score: -3\n"}}),
                "negative-value", "data/secret/test_group.yaml"}),
    [](const ::testing::TestParamInfo<BadData>& param) { return std::string(param.param.label); });

TEST(TestData, AnswerWithoutInputIsAWarning) {
    ScratchDirectory scratch;
    const LoadResult result =
        load(scratch, with(testing::helloLegacy(), {{"data/secret/lonely.ans", "1\n"}}));
    ASSERT_TRUE(result.ok()) << firstError(result);
    EXPECT_TRUE(result.diagnostics.contains("orphan-answer"));
}

}  // namespace
}  // namespace verdict::packages
