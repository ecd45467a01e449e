// Resource bombs: processes, threads, memory (heap, mmap, stack) and tmpfs-backed memory.
#include <gtest/gtest.h>

#include <string>

#include "sandbox_test.h"
#include "temp_workdir.h"
#include "test_binaries.h"

namespace verdict::tests {
namespace {

constexpr long kMemoryLimitMib = 64;

class ResourceBombTest : public SandboxTest {};

TEST_F(ResourceBombTest, ForkBombStopsAtProcessLimit) {
    RunResult result = runHostile("fork_bomb", {"--processes", "16", "--time", "5"}, {"16"});
    expectStatus(result, "ok");
    auto forks = result.numberFromLine(R"(fork: stopped after (\d+) errno=E[A-Z]+)");
    ASSERT_TRUE(forks.has_value()) << "fork refusal not seen" << result.describe();
    EXPECT_LT(*forks, 16) << result.describe();
}

TEST_F(ResourceBombTest, ThreadBombStopsAtProcessLimit) {
    RunResult result = runHostile("thread_bomb", {"--processes", "16", "--time", "5"}, {"16"});
    expectStatus(result, "ok");
    auto threads = result.numberFromLine(R"(threads: stopped after (\d+) errno=E[A-Z]+)");
    ASSERT_TRUE(threads.has_value()) << "thread refusal not seen" << result.describe();
    EXPECT_LT(*threads, 16) << result.describe();
}

// Heap, MAP_NORESERVE and stack bombs: all must end as memory_limit with the peak at the limit.
class MemoryBombTest : public SandboxTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(MemoryBombTest, EndsAsMemoryLimit) {
    const std::string program = GetParam();
    RunResult result =
        runHostile(program, {"--memory", std::to_string(kMemoryLimitMib), "--time", "10"},
                   {std::to_string(kMemoryLimitMib)});
    ASSERT_TRUE(result.hasJson()) << result.describe();
    expectNotEscaped(result);
    expectMemoryLimitReported(result);
    auto stackKib = result.numberFromLine(R"(stack: rlimit_kib=(\d+))");
    if (program == "mem_stack" && stackKib && *stackKib < kMemoryLimitMib * 1024) {
        // A stack rlimit below the memory limit ends the recursion first: SIGSEGV is contained.
        EXPECT_EQ(result.status(), "signaled") << result.describe();
        EXPECT_EQ(result.number("signal"), 11) << result.describe();
    } else {
        EXPECT_EQ(result.status(), "memory_limit") << result.describe();
        EXPECT_GT(result.number("memory_kib"), kMemoryLimitMib * 1024 / 2) << result.describe();
    }
    EXPECT_LE(result.number("memory_kib"), kMemoryLimitMib * 1024 * 11 / 10) << result.describe();
}

INSTANTIATE_TEST_SUITE_P(Bombs, MemoryBombTest,
                         ::testing::Values("mem_malloc", "mem_mmap", "mem_stack"),
                         [](const auto& testInfo) { return std::string(testInfo.param); });

// Filling the box's /tmp or /dev/shm: tmpfs pages are memory. The tmpfs size or the memory limit
// must stop it well before twice the limit, and nothing may land on the host's /tmp or /dev/shm.
class TmpfsFillTest : public SandboxTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(TmpfsFillTest, IsBoundedAndPrivate) {
    const std::string dir = GetParam();
    const std::string prefix = "verdict-fill-" + uniqueToken();
    RunResult result = runHostile("disk_fill", {"--memory", "128", "--time", "10", "--wall", "30"},
                                  {dir, prefix, "256"});
    expectFillContained(result, "disk " + dir + R"(: stopped after \d+ MiB errno=E[A-Z]+)",
                        64LL * 1024 * 1024);
    EXPECT_FALSE(lstatMode(dir + "/" + prefix + "-0").has_value())
        << "the box's file appeared on the host's " << dir;
}

INSTANTIATE_TEST_SUITE_P(Dirs, TmpfsFillTest, ::testing::Values("/tmp", "/dev/shm"),
                         [](const auto& testInfo) {
                             return std::string(testInfo.param[1] == 't' ? "tmp" : "shm");
                         });

}  // namespace
}  // namespace verdict::tests
