// `verdict judge` on a package that states no time limit: derived from its accepted
// submissions by the format's rule first, else the stated default; the JSON says which.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_process.h"

namespace verdict::tests {
namespace {

const char* kSum = "a, b = map(int, input().split())\nprint(a + b)\n";

void writeSumWithoutLimit(const TempDir& dir) {
    dir.write("pkg/problem.yaml", "name: Sum Without Limit\nlimits:\n  time_multiplier: 3\n");
    dir.write("pkg/data/sample/1.in", "1 2\n");
    dir.write("pkg/data/sample/1.ans", "3\n");
    dir.write("pkg/data/secret/1.in", "20 22\n");
    dir.write("pkg/data/secret/1.ans", "42\n");
}

TEST(JudgeTimeLimit, DerivedFromTheAcceptedSubmissions) {
    TempDir dir;
    writeSumWithoutLimit(dir);
    dir.write("pkg/submissions/accepted/sum.py", kSum);
    auto source = dir.write("mine.py", kSum);
    auto outcome = runVerdict(
        "judge " + (dir.path() / "pkg").string() + " " + source.string() + " --json", true);
    EXPECT_NE(outcome.errors.find("derived: slowest accepted run"), std::string::npos)
        << outcome.errors;
    EXPECT_NE(outcome.errors.find("time_multiplier 3"), std::string::npos) << outcome.errors;
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << outcome.output;
    EXPECT_EQ(json["verdict"], "AC");
    EXPECT_DOUBLE_EQ(json["time_limit"].get<double>(), 1) << "ceil(fast run x 3) is 1 s";
}

TEST(JudgeTimeLimit, TheDefaultWhenNothingToDeriveFrom) {
    TempDir dir;
    writeSumWithoutLimit(dir);
    auto source = dir.write("mine.py", kSum);
    auto outcome = runVerdict("judge " + (dir.path() / "pkg").string() + " " + source.string());
    EXPECT_EQ(outcome.status, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("time limit 1 s: the default (no accepted submission"),
              std::string::npos)
        << outcome.output;
}

}  // namespace
}  // namespace verdict::tests
