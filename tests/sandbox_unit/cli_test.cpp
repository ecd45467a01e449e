// The verdict-sandbox command line: accepted forms, defaults and every refusal.
#include <gtest/gtest.h>

#include "verdict/sandbox/cli.h"

namespace verdict::sandbox {
namespace {

Command parse(std::vector<std::string> args) {
    return parseCommandLine(args);
}

TEST(Cli, RunWithEveryOption) {
    auto command = parse({"run",       "--time",   "1.5",
                          "--memory",  "256",      "--processes",
                          "8",         "--output", "2",
                          "--stdin",   "in",       "--stdout",
                          "out",       "--stderr", "err",
                          "--workdir", "/w",       "--readonly-workdir",
                          "--bind",    "/a:/b:rw", "--env",
                          "X=1",       "--json",   "--",
                          "prog",      "arg1",     "--not-an-option"});
    auto* run = std::get_if<RunCommand>(&command);
    ASSERT_NE(run, nullptr);
    const RunOptions& o = run->options;
    EXPECT_DOUBLE_EQ(*o.limits.cpuSeconds, 1.5);
    EXPECT_DOUBLE_EQ(*o.limits.wallSeconds, 4.0);  // 2 * time + 1
    EXPECT_EQ(*o.limits.memoryBytes, 256ull << 20);
    EXPECT_EQ(o.limits.processes, 8u);
    EXPECT_EQ(o.limits.outputBytes, 2ull << 20);
    EXPECT_TRUE(o.readonlyWorkdir);
    ASSERT_EQ(o.binds.size(), 1u);
    EXPECT_EQ(o.binds[0].destination, "/b");
    EXPECT_TRUE(o.binds[0].writable);
    EXPECT_TRUE(o.json);
    EXPECT_EQ(o.program, "prog");
    EXPECT_EQ(o.arguments, (std::vector<std::string>{"arg1", "--not-an-option"}));
}

TEST(Cli, Defaults) {
    auto command = parse({"run", "--", "/bin/true"});
    const RunOptions& o = std::get<RunCommand>(command).options;
    EXPECT_FALSE(o.limits.cpuSeconds);
    EXPECT_FALSE(o.limits.wallSeconds);
    EXPECT_FALSE(o.limits.memoryBytes);
    EXPECT_EQ(o.limits.processes, 64u);
    EXPECT_EQ(o.limits.outputBytes, 64ull << 20);
    EXPECT_FALSE(o.json);
}

TEST(Cli, BindWithoutDestinationMountsAtTheSamePath) {
    auto command = parse({"run", "--bind", "/opt/jdk", "--", "java"});
    const auto& bind = std::get<RunCommand>(command).options.binds.at(0);
    EXPECT_EQ(bind.destination, "/opt/jdk");
    EXPECT_FALSE(bind.writable);
}

class CliRefusal : public testing::TestWithParam<std::vector<std::string>> {};

TEST_P(CliRefusal, SaysWhatIsWrong) {
    auto command = parseCommandLine(GetParam());
    auto* error = std::get_if<UsageError>(&command);
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->message.empty());
}

INSTANTIATE_TEST_SUITE_P(
    BadInvocations, CliRefusal,
    testing::Values(std::vector<std::string>{"frob"},
                    std::vector<std::string>{"run", "--bogus", "--", "x"},
                    std::vector<std::string>{"run", "--memory", "0", "--", "x"},
                    std::vector<std::string>{"run", "--memory", "12abc", "--", "x"},
                    std::vector<std::string>{"run", "--time", "-1", "--", "x"},
                    std::vector<std::string>{"run", "--time", "nan", "--", "x"},
                    std::vector<std::string>{"run", "--processes", "0", "--", "x"},
                    std::vector<std::string>{"run", "--file-size-floor", "-3", "--", "x"},
                    std::vector<std::string>{"run", "--bind", "relative", "--", "x"},
                    std::vector<std::string>{"run", "--bind", "/a:/../etc", "--", "x"},
                    std::vector<std::string>{"run", "--env", "NOEQUALS", "--", "x"},
                    std::vector<std::string>{"run", "--readonly-workdir", "--", "x"},
                    std::vector<std::string>{"run", "--time"},
                    std::vector<std::string>{"run", "--"},
                    std::vector<std::string>{"check", "--verbose"}));

TEST(Cli, JsonRequestedErrorsAreJson) {
    auto command = parse({"run", "--json", "--memory", "0", "--", "x"});
    EXPECT_TRUE(std::get<UsageError>(command).json);
}

TEST(Cli, ToCommandLineRoundTrips) {
    RunOptions options;
    options.limits.cpuSeconds = 0.75;
    options.limits.wallSeconds = 3;
    options.limits.memoryBytes = 256ull << 20;
    options.limits.processes = 5;
    options.limits.outputBytes = 1ull << 20;
    options.limits.addressSpaceGraceBytes = 4096ull << 20;
    options.limits.fileSizeFloorBytes = 32ull << 20;
    options.stdinPath = "/in";
    options.stdoutPath = "/out";
    options.workdir = "/w";
    options.readonlyWorkdir = true;
    options.binds = {{"/a", "/b", true}, {"/c", "/c", false}};
    options.environment = {"X=1"};
    options.program = "./main";
    options.arguments = {"--flag", "--"};
    auto command = parseCommandLine(toCommandLine(options));
    const RunOptions& back = std::get<RunCommand>(command).options;
    EXPECT_DOUBLE_EQ(*back.limits.cpuSeconds, 0.75);
    EXPECT_DOUBLE_EQ(*back.limits.wallSeconds, 3);
    EXPECT_EQ(*back.limits.memoryBytes, 256ull << 20);
    EXPECT_EQ(back.limits.processes, 5u);
    EXPECT_EQ(back.limits.outputBytes, 1ull << 20);
    EXPECT_EQ(back.limits.addressSpaceGraceBytes, 4096ull << 20);
    EXPECT_EQ(back.limits.fileSizeFloorBytes, 32ull << 20);
    EXPECT_EQ(*back.stdinPath, "/in");
    EXPECT_EQ(*back.stdoutPath, "/out");
    EXPECT_FALSE(back.stderrPath);
    EXPECT_TRUE(back.readonlyWorkdir);
    ASSERT_EQ(back.binds.size(), 2u);
    EXPECT_TRUE(back.binds[0].writable);
    EXPECT_EQ(back.binds[1].destination, "/c");
    EXPECT_FALSE(back.binds[1].writable);
    EXPECT_EQ(back.environment, options.environment);
    EXPECT_EQ(back.program, "./main");
    EXPECT_EQ(back.arguments, options.arguments);
    EXPECT_TRUE(back.json);
}

TEST(Cli, ToCommandLineNeverLoosensAMemoryLimit) {
    RunOptions options;
    options.limits.memoryBytes = (64ull << 20) + 1;  // not a whole MiB
    options.program = "p";
    auto command = parseCommandLine(toCommandLine(options));
    EXPECT_EQ(*std::get<RunCommand>(command).options.limits.memoryBytes, 65ull << 20);
}

}  // namespace
}  // namespace verdict::sandbox
