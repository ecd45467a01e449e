#pragma once
// Watches a running box from the supervisor: relays its output, enforces the CPU, wall and
// output limits while it runs, and collects init's reports and exit.
#include <sys/resource.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "box_cgroup.h"
#include "box_streams.h"
#include "child_report.h"

namespace verdict::sandbox {

enum class KillReason { None, CpuTime, WallTime, Output };

struct MonitorResult {
    KillReason killed = KillReason::None;
    int initExitCode = 0;  // init's exit code, or minus the signal that ended it
    rusage initUsage{};    // init and every process it reaped
    std::vector<ChildMessage> messages;
    // The box's cgroup counters when the program and all it started had ended (before init
    // copied files out, which must not count as the program's memory).
    std::optional<CgroupUsage> usageAtExit;
    // Without a CPU cgroup: the last /proc sample of the tree (rusage misses a killed tree).
    std::uint64_t sampledCpuNs = 0;
    std::uint64_t relayedBytes = 0;
    std::uint64_t wallNs = 0;
};

struct MonitorTargets {
    int pidfd = -1;
    pid_t initPid = -1;
    int reportFd = -1;
    BoxStreams* streams = nullptr;
    const BoxCgroup* cgroup = nullptr;
    const Limits* limits = nullptr;
    std::uint64_t startNs = 0;  // CLOCK_MONOTONIC when the box was created
};

Expected<MonitorResult> monitorBox(const MonitorTargets& targets);

std::uint64_t monotonicNs();

}  // namespace verdict::sandbox
