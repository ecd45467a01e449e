#pragma once
// Turns the raw facts of a run into its status, strictly separating our failures
// (sandbox_error) from the program's. Order: memory, CPU time, wall time, output, signal, exit.
#include <cstdint>
#include <optional>

#include "box_cgroup.h"
#include "box_monitor.h"
#include "verdict/sandbox/run_result.h"

namespace verdict::sandbox {

struct RunFacts {
    std::optional<Failure> setupFailure;  // from init or the payload, before exec
    std::optional<int> programStatus;     // wait status of the program, if init reported it
    KillReason killed = KillReason::None;
    std::uint64_t cpuNs = 0;
    std::uint64_t peakBytes = 0;
    std::uint64_t oomKills = 0;
    bool memoryByRlimit = false;  // degraded: no memory cgroup
    std::uint64_t outputBytes = 0;
    bool filesFull = false;
    bool shmFull = false;  // shared memory filled: the memory limit, whatever enforced it
};

void classify(const RunFacts& facts, const Limits& limits, RunResult& result);

}  // namespace verdict::sandbox
