// Output and disk: floods to stdout, stderr and files, disk fill and inode exhaustion.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <string>

#include "sandbox_test.h"
#include "temp_workdir.h"
#include "test_binaries.h"

namespace verdict::tests {
namespace {

constexpr long long kOutputLimitBytes = 1024 * 1024;
constexpr long long kSlackBytes = 4096;
constexpr long long kDefaultOutputLimitBytes = 64LL * 1024 * 1024;

class OutputLimitTest : public SandboxTest {};

TEST_F(OutputLimitTest, StdoutFloodIsCutAtTheLimit) {
    RunResult result = runHostile("flood", {"--output", "1", "--time", "10"}, {"stdout", "16"});
    expectStatus(result, "output_limit");
    EXPECT_LE(static_cast<long long>(result.programOutputBytes()), kOutputLimitBytes + kSlackBytes)
        << result.describe();
    EXPECT_GE(result.number("output_bytes"), kOutputLimitBytes) << result.describe();
}

TEST_F(OutputLimitTest, StderrFloodIsCutAtTheLimit) {
    RunResult result = runHostile("flood", {"--output", "1", "--time", "10"}, {"stderr", "16"});
    expectStatus(result, "output_limit");
    EXPECT_LE(static_cast<long long>(result.outcome().err.size()), kOutputLimitBytes + kSlackBytes)
        << result.describe();
    EXPECT_GE(result.number("output_bytes"), kOutputLimitBytes) << result.describe();
}

TEST_F(OutputLimitTest, StdoutToRegularFileIsCappedByFsize) {
    TempWorkdir outputDir("verdict-output-");
    const std::string outputFile = outputDir.file("stdout.txt");
    RunResult result = runHostile(
        "flood", {"--output", "1", "--time", "10", "--stdout", outputFile}, {"stdout", "16"});
    expectStatus(result, "output_limit");
    struct stat info {};
    ASSERT_EQ(::stat(outputFile.c_str(), &info), 0) << "--stdout file missing" << result.describe();
    EXPECT_LE(info.st_size, kOutputLimitBytes) << result.describe();
    EXPECT_GE(info.st_size, kOutputLimitBytes - kSlackBytes) << result.describe();
}

TEST_F(OutputLimitTest, FileSizeFloorMovesOnlyWhereTheKernelStopsAFile) {
    TempWorkdir outputDir("verdict-output-");
    const std::string outputFile = outputDir.file("stdout.txt");
    RunResult result = runHostile(
        "flood",
        {"--output", "1", "--file-size-floor", "3", "--time", "10", "--stdout", outputFile},
        {"stdout", "16"});
    expectStatus(result, "output_limit");  // still judged against --output
    struct stat info {};
    ASSERT_EQ(::stat(outputFile.c_str(), &info), 0) << "--stdout file missing" << result.describe();
    EXPECT_LE(info.st_size, 3 * kOutputLimitBytes) << result.describe();
    EXPECT_GT(info.st_size, kOutputLimitBytes) << "RLIMIT_FSIZE is the floor" << result.describe();
}

TEST_F(OutputLimitTest, FileFloodInWorkdirIsOutputLimit) {
    RunResult result = runHostile("flood", {"--output", "1", "--time", "10"}, {"flood.bin", "16"});
    expectStatus(result, "output_limit");
    struct stat info {};
    if (::lstat(m_workdir.file("flood.bin").c_str(), &info) == 0) {
        EXPECT_LE(info.st_size, kOutputLimitBytes) << "copied back beyond the limit";
    }
}

// Disk and inode exhaustion: the box's filesystems (or its memory limit) must stop them.
struct FillCase {
    const char* name;
    const char* program;
    const char* dir;
    const char* cap;
    const char* pattern;
};

void PrintTo(const FillCase& fill, std::ostream* out) {
    *out << fill.name;
}

class FillTest : public SandboxTest, public ::testing::WithParamInterface<FillCase> {};

TEST_P(FillTest, IsBounded) {
    const FillCase& fill = GetParam();
    std::vector<std::string> args{fill.dir};
    if (std::string(fill.program) == "disk_fill") {
        args.push_back("fill-" + uniqueToken());
    }
    args.emplace_back(fill.cap);
    RunResult result =
        runHostile(fill.program, {"--memory", "256", "--time", "20", "--wall", "60"}, args);
    expectFillContained(result, fill.pattern, kDefaultOutputLimitBytes);
}

INSTANTIATE_TEST_SUITE_P(
    Fills, FillTest,
    ::testing::Values(FillCase{"disk_workdir", "disk_fill", ".", "512",
                               R"(disk \.: stopped after \d+ MiB errno=E[A-Z]+)"},
                      FillCase{"disk_tmp", "disk_fill", "/tmp", "512",
                               R"(disk /tmp: stopped after \d+ MiB errno=E[A-Z]+)"},
                      FillCase{"inodes_workdir", "inode_fill", ".", "200000",
                               R"(inodes \.: stopped after \d+ errno=E[A-Z]+)"},
                      FillCase{"inodes_tmp", "inode_fill", "/tmp", "200000",
                               R"(inodes /tmp: stopped after \d+ errno=E[A-Z]+)"}),
    [](const auto& testInfo) { return std::string(testInfo.param.name); });

}  // namespace
}  // namespace verdict::tests
