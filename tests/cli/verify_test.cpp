// `verdict verify`: every example submission of a package gets what its folder promises.
#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "verify_package.h"

namespace verdict::tests {
namespace {

void addEveryVerdict(const SumPackage& package) {
    package.addSubmission("accepted/sum.cpp", kSumCpp);
    package.addSubmission("accepted/sum.py", kSumPython);
    package.addSubmission("wrong_answer/minus.py", kWrongPython);
    package.addSubmission("time_limit_exceeded/loop.cpp", kLoopCpp);
    package.addSubmission("run_time_error/exit.py", kCrashPython);
    package.addSubmission("run_time_error/abort.cpp", kCrashCpp);
}

TEST(VerdictVerify, EverySubmissionAsExpected) {
    SumPackage package;
    addEveryVerdict(package);
    auto outcome = runVerdict("verify " + package.path().string());
    EXPECT_EQ(outcome.status, 0) << outcome.output;
    for (const char* name :
         {"accepted/sum.cpp", "accepted/sum.py", "wrong_answer/minus.py",
          "time_limit_exceeded/loop.cpp", "run_time_error/exit.py", "run_time_error/abort.cpp"})
        EXPECT_NE(outcome.output.find(name), std::string::npos) << name << "\n" << outcome.output;
    EXPECT_NE(outcome.output.find("6 of 6 submissions as expected"), std::string::npos)
        << outcome.output;
}

TEST(VerdictVerify, MismatchIsNamedAndFails) {
    SumPackage package;
    package.addSubmission("accepted/sum.py", kSumPython);
    package.addSubmission("accepted/minus.py", kWrongPython);  // promises AC, gets WA
    auto outcome = runVerdict("verify " + package.path().string() + " --json", true);
    EXPECT_EQ(outcome.status, 1) << outcome.output << outcome.errors;
    auto json = nlohmann::json::parse(outcome.output, nullptr, false);
    ASSERT_TRUE(json.is_array()) << outcome.output;
    ASSERT_EQ(json.size(), 2u);
    for (const auto& row : json) {
        bool wrong = row["submission"] == "accepted/minus.py";
        EXPECT_EQ(row["result"], wrong ? "mismatch" : "ok") << row.dump();
        EXPECT_EQ(row["got"], wrong ? "WA" : "AC") << row.dump();
        EXPECT_EQ(row["expected"], "AC") << row.dump();
    }
}

TEST(VerdictVerify, MismatchInTheTableNamesTheSubmission) {
    SumPackage package;
    package.addSubmission("time_limit_exceeded/fast.py", kSumPython);  // AC, TLE required
    auto outcome = runVerdict("verify " + package.path().string());
    EXPECT_EQ(outcome.status, 1) << outcome.output;
    auto line = outcome.output.substr(outcome.output.find("time_limit_exceeded/fast.py"));
    line = line.substr(0, line.find('\n'));
    EXPECT_NE(line.find("mismatch"), std::string::npos) << outcome.output;
    EXPECT_NE(line.find("TLE"), std::string::npos) << outcome.output;
}

TEST(VerdictVerify, UninstalledLanguageIsSkippedNotFailed) {
    SumPackage package;
    package.addSubmission("accepted/sum.py", kSumPython);
    package.addSubmission("accepted/sum.zig", "pub fn main() void {}\n");
    TempDir dir;
    auto catalogue = dir.write("languages.json", R"({"languages": [
        {"id": "python3", "name": "Python 3", "extensions": ["py"],
         "run": ["/usr/bin/python3", "{main}"], "version": ["/usr/bin/python3", "--version"]},
        {"id": "zig", "name": "Zig", "extensions": ["zig"], "compile": ["/nonexistent/zig"],
         "run": ["./main"]}]})");
    auto outcome = runVerdict("verify " + package.path().string(), false,
                              "VERDICT_LANGUAGES=" + catalogue.string());
    EXPECT_EQ(outcome.status, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("skipped: zig is not installed"), std::string::npos)
        << outcome.output;
}

TEST(VerdictVerify, UnreadablePackageIsAnError) {
    TempDir dir;
    auto outcome = runVerdict("verify " + (dir.path() / "nothing").string());
    EXPECT_EQ(outcome.status, 2);
    EXPECT_NE(outcome.output.find("cannot read the problem package"), std::string::npos)
        << outcome.output;
}

// Without a stated time limit, verify derives one from the accepted submissions (legacy:
// ceil(slowest x time_multiplier)) and the time_limit_exceeded submission is still TLE under it.
TEST(VerdictVerify, MissingTimeLimitIsDerivedFromAcceptedSubmissions) {
    TempDir dir;
    std::filesystem::copy(VERDICT_SOURCE_DIR "/resources/problems/aplusb", dir.path() / "aplusb",
                          std::filesystem::copy_options::recursive);
    std::filesystem::remove(dir.path() / "aplusb/.timelimit");
    auto outcome = runVerdict("verify " + (dir.path() / "aplusb").string());
    EXPECT_EQ(outcome.status, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("time limit 1 s, derived"), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find("5 of 5 submissions as expected"), std::string::npos)
        << outcome.output;
}

TEST(VerdictVerify, StatedTimeLimitIsUsedAndSaid) {
    auto outcome = runVerdict("verify " VERDICT_SOURCE_DIR "/resources/problems/aplusb");
    EXPECT_EQ(outcome.status, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("time limit 1 s, as the package states"), std::string::npos)
        << outcome.output;
}

}  // namespace
}  // namespace verdict::tests
