// Time: CPU limit (infinite loop) and the wall-clock guard (sleep, blocked read on stdin).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "sandbox_test.h"

namespace verdict::tests {
namespace {

class TimeLimitTest : public SandboxTest {};

TEST_F(TimeLimitTest, InfiniteLoopIsTimeLimit) {
    RunResult result = runHostile("infinite_loop", {"--time", "1"}, {});
    expectStatus(result, "time_limit");
    expectPrinted(result, "loop: started");
    EXPECT_GE(result.number("cpu_ms"), 1000) << result.describe();
    EXPECT_LE(result.number("cpu_ms"), 2500) << "killed too late" << result.describe();
    EXPECT_EQ(result.number("exit_code"), -1) << result.describe();
    EXPECT_NE(result.number("signal"), 0) << result.describe();
}

TEST_F(TimeLimitTest, SleepIsStoppedByDefaultWallGuard) {
    // --time 1 implies --wall 2*1+1 = 3 s.
    RunResult result = runHostile("sleeper", {"--time", "1"}, {});
    expectStatus(result, "wall_limit");
    expectPrinted(result, "sleep: started");
    EXPECT_GE(result.number("wall_ms"), 3000) << result.describe();
    EXPECT_LT(result.number("wall_ms"), 5000) << result.describe();
    EXPECT_LT(result.number("cpu_ms"), 500) << result.describe();
}

TEST_F(TimeLimitTest, SleepIsStoppedByExplicitWall) {
    RunResult result = runHostile("sleeper", {"--wall", "1"}, {});
    expectStatus(result, "wall_limit");
    EXPECT_GE(result.number("wall_ms"), 1000) << result.describe();
    EXPECT_LT(result.number("wall_ms"), 3000) << result.describe();
}

TEST_F(TimeLimitTest, BlockedStdinReadIsWallLimit) {
    int fds[2];
    ASSERT_EQ(::pipe2(fds, O_CLOEXEC), 0);
    SandboxRequest request;
    request.stdinFd = fds[0];  // the write end stays open here and never gets data
    RunResult result = runHostile("stdin_block", {"--wall", "1"}, {}, request);
    ::close(fds[0]);
    ::close(fds[1]);
    expectStatus(result, "wall_limit");
    expectPrinted(result, "stdin: reading");
    EXPECT_FALSE(result.lineMatching("stdin: read returned.*").has_value()) << result.describe();
}

}  // namespace
}  // namespace verdict::tests
