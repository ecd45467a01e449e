// Scoring problems end to end: `verdict judge` on 2025-09 packages with test groups, real
// submissions in the real sandbox, the default validator and a validator that writes score.txt.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_process.h"

namespace verdict::tests {
namespace {

// Sums that fit in 32 bits (group1, 30 points) and sums that do not (group2, 70 points,
// only for submissions that passed group1).
void writeBigSum(const TempDir& dir) {
    dir.write("pkg/problem.yaml",
              "problem_format_version: 2025-09\nuuid: 6f1d2c3b-5e4f-4a1b-9c8d-7e6f5a4b3c2d\n"
              "name: Big Sum\ntype: scoring\nlimits:\n  time_limit: 2\n");
    dir.write("pkg/data/sample/1.in", "1 2\n");
    dir.write("pkg/data/sample/1.ans", "3\n");
    dir.write("pkg/data/secret/group1/test_group.yaml", "max_score: 30\n");
    dir.write("pkg/data/secret/group1/1.in", "5 7\n");
    dir.write("pkg/data/secret/group1/1.ans", "12\n");
    dir.write("pkg/data/secret/group1/2.in", "100 200\n");
    dir.write("pkg/data/secret/group1/2.ans", "300\n");
    dir.write("pkg/data/secret/group2/test_group.yaml", "max_score: 70\nrequire_pass: [group1]\n");
    dir.write("pkg/data/secret/group2/1.in", "3000000000 4000000000\n");
    dir.write("pkg/data/secret/group2/1.ans", "7000000000\n");
}

nlohmann::json judgeJson(const TempDir& dir, const std::string& source) {
    auto outcome = runVerdict(
        "judge " + (dir.path() / "pkg").string() + " " + (dir.path() / source).string() + " --json",
        true);
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    EXPECT_FALSE(json.is_discarded()) << outcome.output << outcome.errors;
    return json;
}

double groupScore(const nlohmann::json& json, const std::string& name) {
    for (const auto& group : json["groups"]) {
        if (group["name"] == name)
            return group["score"].get<double>();
    }
    ADD_FAILURE() << "no group " << name << " in " << json.dump();
    return -1;
}

TEST(ScoringJudge, CorrectSubmissionEarnsEveryPoint) {
    TempDir dir;
    writeBigSum(dir);
    dir.write("sum.py", "a, b = map(int, input().split())\nprint(a + b)\n");
    auto json = judgeJson(dir, "sum.py");
    EXPECT_EQ(json["verdict"], "AC") << json.dump();
    EXPECT_DOUBLE_EQ(json["score"].get<double>(), 100);
    EXPECT_DOUBLE_EQ(groupScore(json, "secret/group1"), 30);
    EXPECT_DOUBLE_EQ(groupScore(json, "secret/group2"), 70);
    EXPECT_EQ(json["tests"].size(), 4u);
    EXPECT_DOUBLE_EQ(json["tests"][1]["score"].get<double>(), 15) << "half of group1's 30";
}

TEST(ScoringJudge, ThirtyTwoBitSubmissionEarnsTheSmallGroupOnly) {
    TempDir dir;
    writeBigSum(dir);
    dir.write("sum.c",
              "#include <stdio.h>\nint main(void){int a,b;scanf(\"%d %d\",&a,&b);"
              "printf(\"%d\\n\",a+b);return 0;}\n");
    auto json = judgeJson(dir, "sum.c");
    EXPECT_EQ(json["verdict"], "WA") << json.dump();
    EXPECT_DOUBLE_EQ(json["score"].get<double>(), 30);
    EXPECT_DOUBLE_EQ(groupScore(json, "secret/group2"), 0);
}

TEST(ScoringJudge, FailingARequiredGroupSkipsTheGroupsThatRequireIt) {
    TempDir dir;
    writeBigSum(dir);
    dir.write("wrong.py", "print(12)\n");  // right for group1/1 only
    auto json = judgeJson(dir, "wrong.py");
    EXPECT_EQ(json["verdict"], "WA");
    EXPECT_DOUBLE_EQ(json["score"].get<double>(), 15);
    for (const auto& test : json["tests"])
        EXPECT_NE(test["name"], "secret/group2/1") << "group2 requires group1, which failed";
}

TEST(ScoringJudge, ValidatorScoreTxtScoresAnUnboundedGroup) {
    TempDir dir;
    writeBigSum(dir);
    dir.write("pkg/data/secret/group2/test_group.yaml", "max_score: unbounded\n");
    // Accepts a correct sum and awards 12.5 points for it through score.txt.
    dir.write(
        "pkg/output_validator/score.py",
        "import sys\nans = open(sys.argv[2]).read().split()\nteam = sys.stdin.read().split()\n"
        "if team != ans:\n    sys.exit(43)\n"
        "open(sys.argv[3] + 'score.txt', 'w').write('12.5\\n')\nsys.exit(42)\n");
    dir.write("sum.py", "a, b = map(int, input().split())\nprint(a + b)\n");
    auto json = judgeJson(dir, "sum.py");
    EXPECT_EQ(json["verdict"], "AC") << json.dump();
    EXPECT_DOUBLE_EQ(groupScore(json, "secret/group1"), 25)
        << "score.txt counts in bounded groups too";
    EXPECT_DOUBLE_EQ(groupScore(json, "secret/group2"), 12.5);
    EXPECT_DOUBLE_EQ(json["score"].get<double>(), 37.5);
}

TEST(ScoringJudge, HumanOutputShowsEachGroupAndTheScore) {
    TempDir dir;
    writeBigSum(dir);
    dir.write("sum.py", "a, b = map(int, input().split())\nprint(a + b)\n");
    auto outcome = runVerdict("judge " + (dir.path() / "pkg").string() + " " +
                              (dir.path() / "sum.py").string());
    EXPECT_EQ(outcome.status, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("group secret/group1: AC  score 30 / 30"), std::string::npos)
        << outcome.output;
    EXPECT_NE(outcome.output.find("score: 100\nverdict: AC"), std::string::npos) << outcome.output;
}

TEST(ScoringVerify, SubmissionsYamlScoreAndMessageArePromises) {
    TempDir dir;
    writeBigSum(dir);
    const char* c32 =
        "#include <stdio.h>\nint main(void){int a,b;scanf(\"%d %d\",&a,&b);"
        "printf(\"%d\\n\",a+b);return 0;}\n";
    dir.write("pkg/submissions/accepted/sum.py",
              "a, b = map(int, input().split())\nprint(a + b)\n");
    dir.write("pkg/submissions/wrong_answer/int32.c", c32);
    dir.write("pkg/submissions/submissions.yaml",
              "accepted/sum.py:\n  score: 100\n  message: tokens match\n"
              "wrong_answer/int32.c:\n  score: [25, 35]\n");
    auto good = runVerdict("verify " + (dir.path() / "pkg").string());
    EXPECT_EQ(good.status, 0) << good.output;
    EXPECT_NE(good.output.find("WA 30"), std::string::npos) << good.output;

    dir.write("pkg/submissions/submissions.yaml", "wrong_answer/int32.c:\n  score: 70\n");
    auto bad = runVerdict("verify " + (dir.path() / "pkg").string());
    EXPECT_EQ(bad.status, 1) << bad.output;
    EXPECT_NE(bad.output.find("score 30, promised 70"), std::string::npos) << bad.output;
}

}  // namespace
}  // namespace verdict::tests
