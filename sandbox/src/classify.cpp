#include "classify.h"

#include <signal.h>
#include <sys/wait.h>

namespace verdict::sandbox {

namespace {

// Without a memory cgroup, RLIMIT_AS makes allocations fail instead of an OOM kill; a program
// that then ends abnormally with its peak this close to the limit ran out of memory.
constexpr double kDegradedMemoryEvidence = 0.75;

bool endedAbnormally(const RunFacts& facts) {
    if (!facts.programStatus)
        return true;
    int status = *facts.programStatus;
    return WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) != 0);
}

bool memoryExceeded(const RunFacts& facts, const Limits& limits) {
    if (facts.oomKills > 0 || facts.shmFull)
        return true;
    if (!facts.memoryByRlimit || !limits.memoryBytes)
        return false;
    return endedAbnormally(facts) &&
           static_cast<double>(facts.peakBytes) >=
               kDegradedMemoryEvidence * static_cast<double>(*limits.memoryBytes);
}

bool timeExceeded(const RunFacts& facts, const Limits& limits, int signal) {
    if (facts.killed == KillReason::CpuTime || signal == SIGXCPU)
        return true;
    return limits.cpuSeconds && static_cast<double>(facts.cpuNs) > *limits.cpuSeconds * 1e9;
}

bool outputExceeded(const RunFacts& facts, const Limits& limits, int signal) {
    return facts.killed == KillReason::Output || signal == SIGXFSZ ||
           facts.outputBytes > limits.outputBytes || facts.filesFull;
}

}  // namespace

void classify(const RunFacts& facts, const Limits& limits, RunResult& result) {
    if (facts.setupFailure) {
        result.status = Status::SandboxError;
        result.error = facts.setupFailure->describe();
        return;
    }
    int signal = 0;
    if (facts.programStatus && WIFSIGNALED(*facts.programStatus)) {
        signal = WTERMSIG(*facts.programStatus);
    } else if (!facts.programStatus) {
        signal = SIGKILL;  // the whole box was killed before the program ended
    }
    result.signal = signal;
    result.exitCode = signal != 0 ? -1 : WEXITSTATUS(*facts.programStatus);
    if (memoryExceeded(facts, limits)) {
        result.status = Status::MemoryLimit;
    } else if (timeExceeded(facts, limits, signal)) {
        result.status = Status::TimeLimit;
    } else if (facts.killed == KillReason::WallTime) {
        result.status = Status::WallLimit;
    } else if (outputExceeded(facts, limits, signal)) {
        result.status = Status::OutputLimit;
    } else if (signal != 0) {
        result.status = Status::Signaled;
    } else if (result.exitCode != 0) {
        result.status = Status::NonzeroExit;
    } else {
        result.status = Status::Ok;
    }
}

}  // namespace verdict::sandbox
