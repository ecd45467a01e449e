#pragma once
// The outcome of one sandboxed run: what the program did, what it used, how it was isolated.
#include <cstdint>
#include <string>
#include <vector>

namespace verdict::sandbox {

enum class Status {
    Ok,
    NonzeroExit,
    Signaled,
    TimeLimit,
    WallLimit,
    MemoryLimit,
    OutputLimit,
    SandboxError,
};

const char* statusName(Status status);

// A limit or protection that could only be enforced in a weaker way on this host.
struct Degradation {
    std::string feature;   // e.g. "memory_limit", "cpu_time", "process_limit", "distinct_uid"
    std::string fallback;  // e.g. "RLIMIT_AS"
    std::string reason;    // why the strong way was not available
};

struct Isolation {
    std::string cgroupMode = "none";  // "v2", "v1", "hybrid" or "none"
    bool userNamespace = false;
    std::uint32_t boxUid = 0;  // uid of the program as the host sees it
    std::vector<Degradation> degraded;
};

struct RunResult {
    Status status = Status::Ok;
    int exitCode = 0;  // -1 when ended by a signal
    int signal = 0;
    std::uint64_t cpuMs = 0;
    std::uint64_t wallMs = 0;
    std::uint64_t memoryKib = 0;
    std::uint64_t outputBytes = 0;
    Isolation isolation;
    std::string error;  // only for SandboxError
};

std::string toJson(const RunResult& result);
std::string toJson(const std::vector<Degradation>& degraded);
std::string toHumanLine(const RunResult& result);

}  // namespace verdict::sandbox
