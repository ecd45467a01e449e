// The launcher runs real programs through the real helper and reads its results back.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "verdict/launcher/sandbox_launcher.h"

namespace verdict::launcher {
namespace {

namespace fs = std::filesystem;
using sandbox::Status;

class Launcher : public testing::Test {
  protected:
    void SetUp() override {
        char pattern[] = "/tmp/verdict-launcher-XXXXXX";
        ASSERT_NE(::mkdtemp(pattern), nullptr);
        m_dir = pattern;
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static std::string read(const fs::path& path) {
        std::ifstream in(path);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
    // A stand-in helper: only for faults the real one cannot be made to produce.
    std::string fakeHelper(const std::string& script) {
        fs::path path = m_dir / "fake-helper";
        std::ofstream(path) << "#!/bin/sh\n" << script << "\n";
        ::chmod(path.c_str(), 0755);
        return path;
    }

    SandboxLauncher m_launcher{VERDICT_SANDBOX_HELPER};
    fs::path m_dir;
};

TEST_F(Launcher, RunsAProgramAndReadsItsOutputAndResult) {
    RunOptions options;
    options.program = "/bin/sh";
    options.arguments = {"-c", "echo sandboxed; exit 3"};
    options.stdoutPath = (m_dir / "out.txt").string();
    auto result = m_launcher.run(options);
    ASSERT_TRUE(result) << result.failure().describe();
    EXPECT_EQ(result->status, Status::NonzeroExit);
    EXPECT_EQ(result->exitCode, 3);
    EXPECT_EQ(result->outputBytes, 10u);  // "sandboxed\n"
    EXPECT_FALSE(result->isolation.cgroupMode.empty());
    EXPECT_EQ(read(m_dir / "out.txt"), "sandboxed\n");
}

TEST_F(Launcher, LimitsReachTheHelper) {
    RunOptions options;
    options.program = "/bin/sh";
    options.arguments = {"-c", "while :; do :; done"};
    options.limits.cpuSeconds = 0.3;
    auto result = m_launcher.run(options);
    ASSERT_TRUE(result) << result.failure().describe();
    EXPECT_EQ(result->status, Status::TimeLimit);
    EXPECT_GE(result->cpuMs, 300u);
}

TEST_F(Launcher, ProgramOutputWithoutStdoutFileDoesNotHideTheResult) {
    RunOptions options;
    options.program = "/bin/sh";
    options.arguments = {"-c", "yes line | head -c 200000; printf 'no newline'"};
    auto result = m_launcher.run(options);
    ASSERT_TRUE(result) << result.failure().describe();
    EXPECT_EQ(result->status, Status::Ok);
    EXPECT_EQ(result->outputBytes, 200010u);
}

TEST_F(Launcher, SandboxFailureIsAResultWithItsReason) {
    RunOptions options;
    options.program = "no-such-program";
    auto result = m_launcher.run(options);
    ASSERT_TRUE(result) << result.failure().describe();
    EXPECT_EQ(result->status, Status::SandboxError);
    EXPECT_NE(result->error.find("no-such-program"), std::string::npos) << result->error;
}

TEST_F(Launcher, MissingHelperIsAFailureNamingIt) {
    SandboxLauncher launcher((m_dir / "absent").string());
    RunOptions options;
    options.program = "/bin/true";
    auto result = launcher.run(options);
    ASSERT_FALSE(result);
    EXPECT_NE(result.failure().describe().find("absent"), std::string::npos);
}

TEST_F(Launcher, HelperWithoutResultIsAFailure) {
    SandboxLauncher launcher(fakeHelper("echo 'half a result {' ; echo 'crashed' >&2; exit 9"));
    RunOptions options;
    options.program = "/bin/true";
    auto result = launcher.run(options);
    ASSERT_FALSE(result);
    std::string text = result.failure().describe();
    EXPECT_NE(text.find("exit status 9"), std::string::npos) << text;
    EXPECT_NE(text.find("crashed"), std::string::npos) << text;
}

TEST(RunResultJson, ReadsWhatTheSandboxWrites) {
    sandbox::RunResult original;
    original.status = Status::MemoryLimit;
    original.exitCode = -1;
    original.signal = 9;
    original.cpuMs = 12;
    original.wallMs = 34;
    original.memoryKib = 65536;
    original.outputBytes = 7;
    original.isolation.cgroupMode = "hybrid";
    original.isolation.boxUid = 800003;
    original.isolation.degraded.push_back({"memory_limit", "RLIMIT_AS", "no cgroup"});
    auto back = parseRunResult(sandbox::toJson(original));
    ASSERT_TRUE(back) << back.failure().describe();
    EXPECT_EQ(back->status, Status::MemoryLimit);
    EXPECT_EQ(back->signal, 9);
    EXPECT_EQ(back->memoryKib, 65536u);
    EXPECT_EQ(back->isolation.boxUid, 800003u);
    ASSERT_EQ(back->isolation.degraded.size(), 1u);
    EXPECT_EQ(back->isolation.degraded[0].fallback, "RLIMIT_AS");
}

TEST(RunResultJson, RefusesIncompleteOrForeignJson) {
    EXPECT_FALSE(parseRunResult(""));
    EXPECT_FALSE(parseRunResult("[1, 2]"));
    EXPECT_FALSE(parseRunResult(R"({"status": "ok"})"));
    EXPECT_FALSE(parseRunResult(R"({"status": "exploded", "exit_code": 0})"));
}

}  // namespace
}  // namespace verdict::launcher
