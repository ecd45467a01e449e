// Scoring problems: which cases run and what score and verdict their results add up to, on
// packages read by the real package reader (results are given, not run: this is arithmetic).
#include <gtest/gtest.h>

#include <map>

#include "sample_packages.h"
#include "scoring.h"

namespace verdict::judge {
namespace {

using packages::testing::FileList;
using packages::testing::ScratchDirectory;
using packages::testing::with;
using packages::testing::writeTree;

struct Given {
    Given(Verdict v = Verdict::Accepted, std::optional<double> s = {}, std::optional<double> m = {})
        : verdict(v), score(s), multiplier(m) {}
    Verdict verdict;
    std::optional<double> score;
    std::optional<double> multiplier;
};

class ScoringTest : public testing::Test {
  protected:
    // Loads the package and "judges" it: every case the scorer wants gets its given result
    // (AC when not given). Returns the names of the cases that ran.
    std::vector<std::string> judge(const FileList& files, std::map<std::string, Given> given) {
        auto loaded = packages::loadPackage(writeTree(m_scratch.path() / "pkg", files));
        EXPECT_TRUE(loaded.ok());
        m_package = std::move(loaded.package);
        Scorer scorer(*m_package);
        std::vector<std::string> ran;
        for (const auto* testCase : m_package->judgedCases()) {
            if (!scorer.wanted(*testCase))
                continue;
            ran.push_back(testCase->name);
            TestResult result;
            result.name = testCase->name;
            const Given& g = given[testCase->name];
            result.verdict = g.verdict;
            result.validatorScore = g.score;
            result.scoreMultiplier = g.multiplier;
            scorer.record(*testCase, result);
            m_scores[testCase->name] = result.score;
            m_verdicts[testCase->name] = result.verdict;
        }
        m_outcome = scorer.finish();
        return ran;
    }
    double groupScore(const std::string& name) const {
        for (const auto& group : m_outcome.groups) {
            if (group.name == name)
                return group.score;
        }
        ADD_FAILURE() << "no group " << name;
        return -1;
    }

    ScratchDirectory m_scratch;
    std::optional<packages::Package> m_package;
    ScoreOutcome m_outcome;
    std::map<std::string, std::optional<double>> m_scores;
    std::map<std::string, Verdict> m_verdicts;
};

using Names = std::vector<std::string>;

// oddecho 2025-09: group1 max 40 (min), group2 max 60 (sum, require_pass group1, one case).
TEST_F(ScoringTest, Modern_AllAcceptedEarnsEveryGroupsMaximum) {
    judge(packages::testing::oddechoScoring2025(), {});
    EXPECT_EQ(m_outcome.verdict, Verdict::Accepted);
    EXPECT_DOUBLE_EQ(m_outcome.score, 100);
    EXPECT_DOUBLE_EQ(groupScore("secret/group1"), 40);
    EXPECT_DOUBLE_EQ(groupScore("secret/group2"), 60);
    EXPECT_DOUBLE_EQ(groupScore("secret"), 100);
    EXPECT_FALSE(m_scores["sample/1"].has_value()) << "sample never counts";
    EXPECT_EQ(m_outcome.error, "");
}

TEST_F(ScoringTest, Modern_MinGroupStopsAtItsFirstFailureAndGatesRequirePass) {
    auto ran = judge(packages::testing::oddechoScoring2025(),
                     {{"secret/group1/a", {Verdict::WrongAnswer}}});
    EXPECT_EQ(ran, (Names{"sample/1", "secret/group1/a"}))
        << "b cannot change a failed min group; group2 requires group1";
    EXPECT_EQ(m_outcome.verdict, Verdict::WrongAnswer);
    EXPECT_DOUBLE_EQ(m_outcome.score, 0);
}

TEST_F(ScoringTest, Modern_AGroupGatedByRequirePassIsNotJudged) {
    judge(packages::testing::oddechoScoring2025(), {{"secret/group1/b", {Verdict::WrongAnswer}}});
    for (const auto& group : m_outcome.groups) {
        if (group.name == "secret/group2") {
            EXPECT_FALSE(group.judged) << "group2 requires group1, which failed";
        } else if (group.name == "secret/group1") {
            EXPECT_TRUE(group.judged);
        }
    }
}

TEST_F(ScoringTest, Modern_SumGroupKeepsWhatPassedAndTheVerdictIsTheFirstFailure) {
    auto ran = judge(packages::testing::oddechoScoring2025(),
                     {{"secret/group2/big", {Verdict::TimeLimit}}});
    EXPECT_EQ(ran.size(), 4u);
    EXPECT_EQ(m_outcome.verdict, Verdict::TimeLimit);
    EXPECT_DOUBLE_EQ(m_outcome.score, 40);
}

TEST_F(ScoringTest, Modern_SampleFailureDecidesTheVerdictButNotTheScore) {
    judge(packages::testing::oddechoScoring2025(), {{"sample/1", {Verdict::WrongAnswer}}});
    EXPECT_EQ(m_outcome.verdict, Verdict::WrongAnswer);
    EXPECT_DOUBLE_EQ(m_outcome.score, 100);
}

TEST_F(ScoringTest, Modern_ScoreMultiplierScalesTheCasesShare) {
    judge(packages::testing::oddechoScoring2025(),
          {{"secret/group2/big", {Verdict::Accepted, std::nullopt, 0.25}}});
    EXPECT_DOUBLE_EQ(m_outcome.score, 40 + 15);
}

TEST_F(ScoringTest, Modern_AScoreOverTheGroupsMaximumIsAJudgeError) {
    judge(packages::testing::oddechoScoring2025(),
          {{"secret/group2/big", {Verdict::Accepted, 61}}});
    EXPECT_NE(m_outcome.error.find("secret/group2 scored 61, over its max_score 60"),
              std::string::npos)
        << m_outcome.error;
}

FileList unbounded() {
    return with(packages::testing::oddechoScoring2025(),
                {{"data/secret/group2/test_group.yaml", "max_score: unbounded\n"}});
}

TEST_F(ScoringTest, Modern_UnboundedGroupTakesScoreTxtAndNeedsIt) {
    judge(unbounded(), {{"secret/group2/big", {Verdict::Accepted, 7.5}}});
    EXPECT_DOUBLE_EQ(groupScore("secret/group2"), 7.5);
    EXPECT_DOUBLE_EQ(m_outcome.score, 47.5);

    judge(unbounded(), {});
    EXPECT_EQ(m_verdicts["secret/group2/big"], Verdict::JudgeError);
}

TEST_F(ScoringTest, Modern_PassFailGroupIsAllOrNothing) {
    auto files = with(
        packages::testing::oddechoScoring2025(),
        {{"data/secret/group1/test_group.yaml", "max_score: 40\nscore_aggregation: pass-fail\n"},
         {"data/secret/group2/test_group.yaml", "max_score: 60\n"}});
    judge(files, {{"secret/group1/b", {Verdict::RunTimeError}}});
    EXPECT_DOUBLE_EQ(groupScore("secret/group1"), 0);
    EXPECT_DOUBLE_EQ(m_outcome.score, 60);
    EXPECT_EQ(m_outcome.verdict, Verdict::RunTimeError);
}

// Legacy oddecho: secret continues on reject, range 0..100, first_error accept_if_any_accepted;
// task1 breaks, accept_score 30, min; task1/hard accept_score 5; the rest accept_score 1.
TEST_F(ScoringTest, Legacy_DefaultGraderAggregatesEveryLevel) {
    judge(packages::testing::oddechoScoringLegacy(), {});
    EXPECT_EQ(m_outcome.verdict, Verdict::Accepted);
    // data = sample (1) + secret; secret = a (1) + task1 (min(30, hard 5) = 5) + task2 (1) + z (1)
    EXPECT_DOUBLE_EQ(groupScore("secret/task1"), 5);
    EXPECT_DOUBLE_EQ(groupScore("secret"), 8);
    EXPECT_DOUBLE_EQ(m_outcome.score, 9);
}

TEST_F(ScoringTest, Legacy_BreakStopsTheGroupAndContinueGoesOn) {
    auto ran = judge(packages::testing::oddechoScoringLegacy(),
                     {{"secret/task1/1", {Verdict::WrongAnswer}}});
    EXPECT_EQ(ran, (Names{"sample/1", "secret/a", "secret/task1/1", "secret/task2/1", "secret/z"}))
        << "task1 breaks after its rejected case; secret continues";
    // secret accepts if any child accepted; task1 = min(reject 0) = 0.
    EXPECT_EQ(groupScore("secret/task1"), 0);
    EXPECT_EQ(m_outcome.verdict, Verdict::Accepted);
    EXPECT_DOUBLE_EQ(m_outcome.score, 1 + 1 + 0 + 1 + 1);
}

TEST_F(ScoringTest, Legacy_DataBreaksByDefaultAfterARejectedGroup) {
    auto files = with(packages::testing::oddechoScoringLegacy(),
                      {{"data/secret/testdata.yaml", "on_reject: continue\n"}});
    auto ran = judge(files, {{"sample/1", {Verdict::WrongAnswer}}});
    EXPECT_EQ(ran, (Names{"sample/1"})) << "data/ breaks on the rejected sample group";
    EXPECT_EQ(m_outcome.verdict, Verdict::WrongAnswer);
}

TEST_F(ScoringTest, Legacy_ARejectedSampleIsNotAcceptedWhenTheSampleIsIgnored) {
    auto files = with(packages::testing::oddechoScoringLegacy(),
                      {{"data/testdata.yaml", "grader_flags: ignore_sample\n"}});
    auto ran = judge(files, {{"sample/1", {Verdict::WrongAnswer}}});
    EXPECT_EQ(ran, (Names{"sample/1"})) << "data/ breaks after the rejected sample";
    EXPECT_EQ(m_outcome.verdict, Verdict::WrongAnswer);
    EXPECT_DOUBLE_EQ(m_outcome.score, 0);
}

TEST_F(ScoringTest, Legacy_WorstErrorAndAverageFlags) {
    auto files =
        with(packages::testing::oddechoScoringLegacy(),
             {{"data/testdata.yaml", "on_reject: continue\ngrader_flags: worst_error\n"},
              {"data/secret/testdata.yaml", "on_reject: continue\ngrader_flags: worst_error avg\n"},
              {"data/secret/task1/testdata.yaml", "on_reject: continue\n"}});
    judge(files, {{"secret/a", {Verdict::WrongAnswer}}, {"secret/z", {Verdict::RunTimeError}}});
    EXPECT_EQ(m_outcome.verdict, Verdict::RunTimeError) << "RTE is worse than WA";
    // Settings are inherited key by key, so task1 averages too: task1 = avg(1, hard 5) = 3,
    // secret = avg(a 0, task1 3, task2 1, z 0).
    EXPECT_DOUBLE_EQ(groupScore("secret/task1"), 3);
    EXPECT_DOUBLE_EQ(groupScore("secret"), 1);
}

TEST_F(ScoringTest, Legacy_ScoreOutsideRangeIsAnError) {
    auto files = with(packages::testing::oddechoScoringLegacy(),
                      {{"data/secret/task2/testdata.yaml", "accept_score: 200\n"}});
    judge(files, {});
    EXPECT_NE(m_outcome.error.find("test group secret scored 207, outside its range 0 100"),
              std::string::npos)
        << m_outcome.error;
}

TEST_F(ScoringTest, Legacy_CustomGradersAreRefusedClearly) {
    auto files = with(packages::testing::oddechoScoringLegacy(),
                      {{"data/secret/testdata.yaml", "grading: custom\n"}});
    auto loaded = packages::loadPackage(writeTree(m_scratch.path() / "custom", files));
    ASSERT_TRUE(loaded.ok());
    EXPECT_NE(Scorer(*loaded.package).unsupported().find("custom graders"), std::string::npos);
}

}  // namespace
}  // namespace verdict::judge
