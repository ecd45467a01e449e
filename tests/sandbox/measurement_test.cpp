// Measurement: CPU of all threads and of all processes adds up, the peak memory is right, and an
// OOM kill after heavy CPU use is still memory_limit.
#include <gtest/gtest.h>

#include "sandbox_test.h"

namespace verdict::tests {
namespace {

class MeasurementTest : public SandboxTest {};

TEST_F(MeasurementTest, CpuOfTwoThreadsAddsUp) {
    // Each thread burns 700 ms of its own CPU time, so the sum is 1400 ms whatever the load.
    RunResult result = runHostile("cpu_threads", {"--time", "10"}, {"700"});
    expectStatus(result, "ok");
    auto ownCpu = result.numberFromLine(R"(threads: process_cpu_ms=(\d+) wall_ms=\d+)");
    ASSERT_TRUE(ownCpu.has_value()) << result.describe();
    const long long cpu = result.number("cpu_ms");
    EXPECT_GE(cpu, 1400 * 95 / 100) << "CPU of both threads must be counted" << result.describe();
    EXPECT_GE(cpu, *ownCpu * 95 / 100) << result.describe();
    EXPECT_LE(cpu, 1400 * 13 / 10 + 200) << result.describe();
    // On an idle 2-core machine the threads overlap: CPU clearly above wall time.
    auto ownWall = result.numberFromLine(R"(threads: process_cpu_ms=\d+ wall_ms=(\d+))");
    if (ownWall && *ownWall * 17 / 10 < *ownCpu) {
        EXPECT_GT(cpu, result.number("wall_ms")) << result.describe();
    }
}

TEST_F(MeasurementTest, CpuOfChildProcessesAddsUp) {
    // A waited-for child and an orphaned grandchild burn 500 ms each.
    RunResult result = runHostile("cpu_children", {"--time", "10"}, {"500"});
    expectStatus(result, "ok");
    expectPrinted(result, R"(children: done own_cpu_ms=\d+)");
    EXPECT_GE(result.number("cpu_ms"), 1000 * 95 / 100) << result.describe();
    EXPECT_LE(result.number("cpu_ms"), 1000 * 13 / 10 + 200) << result.describe();
}

TEST_F(MeasurementTest, PeakOfExactly100MiB) {
    RunResult result = runHostile("mem_exact", {"--time", "10"}, {"100"});
    expectStatus(result, "ok");
    expectPrinted(result, R"(exact: touched 100 MiB pages=\d+)");
    EXPECT_GE(result.number("memory_kib"), 102400 * 85 / 100) << result.describe();
    EXPECT_LE(result.number("memory_kib"), 102400 * 115 / 100) << result.describe();
}

TEST_F(MeasurementTest, MemoryBombBurningCpuIsMemoryLimit) {
    // 800 ms of CPU, then an allocation loop: reclaim before the OOM kill can push CPU past
    // --time 1, but memory_limit is classified before time_limit.
    RunResult result = runHostile("mem_cpu", {"--time", "1", "--memory", "64"}, {"800", "64"});
    expectStatus(result, "memory_limit");
    expectMemoryLimitReported(result);
    expectPrinted(result, R"(memcpu: burnt \d+ ms)");
    EXPECT_GE(result.number("cpu_ms"), 800) << result.describe();
}

}  // namespace
}  // namespace verdict::tests
