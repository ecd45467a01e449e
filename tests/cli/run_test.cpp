// `verdict run`: one custom test in the sandbox, with an input file and limits.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "verify_package.h"

namespace verdict::tests {
namespace {

struct RunFixture : ::testing::Test {
    TempDir dir;
    std::string input = dir.write("in.txt", "20 22\n").string();
};

TEST_F(RunFixture, PrintsTheOutputThenTheStatusOnStderr) {
    auto source = dir.write("sum.cpp", kSumCpp);
    auto outcome = runVerdict("run " + source.string() + " --stdin " + input, true);
    EXPECT_EQ(outcome.status, 0) << outcome.output << outcome.errors;
    EXPECT_EQ(outcome.output, "42\n");
    EXPECT_NE(outcome.errors.find("status: ok"), std::string::npos) << outcome.errors;
}

TEST_F(RunFixture, JsonHasTheOutputAndMeasurements) {
    auto source = dir.write("sum.py", kSumPython);
    auto outcome = runVerdict(
        "run " + source.string() + " --stdin " + input + " --time 2 --memory 128 --json", true);
    EXPECT_EQ(outcome.status, 0) << outcome.errors;
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    ASSERT_TRUE(json.is_object()) << outcome.output;
    EXPECT_EQ(json["status"], "ok");
    EXPECT_EQ(json["exit_code"], 0);
    EXPECT_EQ(json["stdout"], "42\n");
    EXPECT_EQ(json["compile"]["ok"], true);
    for (const char* key : {"cpu_ms", "wall_ms", "memory_kib"})
        EXPECT_TRUE(json[key].is_number()) << key;
}

TEST_F(RunFixture, TimeLimitStopsTheProgram) {
    auto source = dir.write("loop.cpp", kLoopCpp);
    auto outcome = runVerdict("run " + source.string() + " --time 0.3 --json", true);
    EXPECT_EQ(outcome.status, 1) << outcome.errors;
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    ASSERT_TRUE(json.is_object()) << outcome.output;
    EXPECT_EQ(json["status"], "time_limit");
    EXPECT_GE(json["cpu_ms"].get<int>(), 250);
}

TEST_F(RunFixture, CompileErrorShowsTheDiagnostics) {
    auto source = dir.write("broken.cpp", "int main( {\n");
    auto outcome = runVerdict("run " + source.string() + " --json", true);
    EXPECT_EQ(outcome.status, 1) << outcome.errors;
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    ASSERT_TRUE(json.is_object()) << outcome.output;
    EXPECT_EQ(json["status"], "compile_error");
    EXPECT_EQ(json["compile"]["ok"], false);
    EXPECT_NE(json["compile"]["output"].get<std::string>().find("error"), std::string::npos);
}

TEST_F(RunFixture, NonzeroExitIsReported) {
    auto source = dir.write("crash.py", kCrashPython);
    auto outcome = runVerdict("run " + source.string(), true);
    EXPECT_EQ(outcome.status, 1);
    EXPECT_NE(outcome.errors.find("status: nonzero_exit  exit code 3"), std::string::npos)
        << outcome.errors;
}

TEST_F(RunFixture, ErrorsAreOneLineAndExitTwo) {
    auto source = dir.write("sum.cpp", kSumCpp);
    auto unknown = dir.write("sum.xyz", "x");
    for (const std::string& arguments :
         {"run " + (dir.path() / "missing.cpp").string(), "run " + unknown.string(),
          "run " + source.string() + " --language no-such-language",
          "run " + source.string() + " --stdin " + (dir.path() / "none.txt").string(),
          "run " + source.string() + " --time fast", std::string("run")}) {
        auto outcome = runVerdict(arguments);
        EXPECT_EQ(outcome.status, 2) << arguments << ": " << outcome.output;
        EXPECT_EQ(outcome.output.rfind("verdict run: ", 0), 0u) << outcome.output;
        EXPECT_EQ(outcome.output.find('\n'), outcome.output.size() - 1) << outcome.output;
    }
}

}  // namespace
}  // namespace verdict::tests
