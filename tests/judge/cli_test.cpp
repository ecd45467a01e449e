// `verdict judge` as a person runs it: the real executable, its output and exit status.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "sum_problem.h"

namespace verdict::tests {
namespace {

struct Outcome {
    int status = -1;
    std::string output;  // stdout and stderr
};

Outcome runVerdict(const std::string& arguments) {
    std::string command = std::string(VERDICT_CLI) + " " + arguments + " 2>&1";
    Outcome outcome;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr)
        return outcome;
    char buffer[4096];
    while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe)) {
        outcome.output.append(buffer, got);
    }
    int status = ::pclose(pipe);
    outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return outcome;
}

const char* kAccepted = "a, b = map(int, input().split())\nprint(a + b)\n";

TEST(VerdictJudge, PrintsEachTestAndTheVerdict) {
    SumProblem problem;
    auto source = problem.submission("sum.py", kAccepted);
    auto outcome = runVerdict("judge " + problem.package().string() + " " + source.string());
    EXPECT_EQ(outcome.status, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("test 1/3 sample/1: AC"), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find("test 3/3 secret/b: AC"), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find("verdict: AC"), std::string::npos) << outcome.output;
}

TEST(VerdictJudge, JsonHasTheVerdictAndEveryTest) {
    SumProblem problem;
    auto source = problem.submission("sum.py", "print(0)\n");
    auto outcome =
        runVerdict("judge " + problem.package().string() + " " + source.string() + " --json");
    EXPECT_EQ(outcome.status, 1) << outcome.output;
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << outcome.output;
    EXPECT_EQ(json["verdict"], "WA");
    EXPECT_EQ(json["language"], "python3");
    EXPECT_EQ(json["compile"]["ok"], true);
    ASSERT_EQ(json["tests"].size(), 1u);  // the first failure decides
    EXPECT_EQ(json["tests"][0]["name"], "sample/1");
    EXPECT_EQ(json["tests"][0]["verdict"], "WA");
    EXPECT_TRUE(json["tests"][0]["cpu_ms"].is_number());
}

TEST(VerdictJudge, UnknownLanguageListsTheAvailableOnes) {
    SumProblem problem;
    auto source = problem.submission("sum.xyz", "whatever\n");
    auto outcome = runVerdict("judge " + problem.package().string() + " " + source.string());
    EXPECT_EQ(outcome.status, 2);
    EXPECT_NE(outcome.output.find("unknown language"), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find("python3"), std::string::npos) << outcome.output;
}

TEST(VerdictJudge, BrokenPackageNamesTheProblem) {
    SumProblem problem;
    std::filesystem::remove(problem.package() / "data/secret/a.ans");
    auto source = problem.submission("sum.py", kAccepted);
    auto outcome = runVerdict("judge " + problem.package().string() + " " + source.string());
    EXPECT_EQ(outcome.status, 2);
    EXPECT_NE(outcome.output.find("a.in"), std::string::npos) << outcome.output;
}

TEST(VerdictJudge, UsageErrors) {
    EXPECT_EQ(runVerdict("judge onlyone").status, 2);
    EXPECT_EQ(runVerdict("frobnicate").status, 2);
    EXPECT_EQ(runVerdict("judge a b --bogus").status, 2);
}

}  // namespace
}  // namespace verdict::tests
