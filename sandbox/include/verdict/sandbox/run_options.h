#pragma once
// What one sandboxed run asks for: the program, its files and its limits.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace verdict::sandbox {

struct BindMount {
    std::string source;       // host path
    std::string destination;  // absolute path inside the box
    bool writable = false;
};

struct Limits {
    std::optional<double> cpuSeconds;          // CPU time of the whole tree
    std::optional<double> wallSeconds;         // wall-clock guard
    std::optional<std::uint64_t> memoryBytes;  // peak memory of the whole tree
    std::uint32_t processes = 64;              // processes plus threads
    std::uint64_t outputBytes = 64ull << 20;   // stdout + stderr + files
    // Without a memory cgroup, RLIMIT_AS = memory + this: managed runtimes (JVM, Go, Node)
    // reserve far more address space than they touch.
    std::uint64_t addressSpaceGraceBytes = 0;
    // RLIMIT_FSIZE is outputBytes, or this when larger: runtimes that size in-memory files
    // beyond the output limit at start (Erlang's JIT: 8-16 MiB memfds). Output is still counted
    // and judged against outputBytes; this only moves where the kernel stops a single file.
    std::uint64_t fileSizeFloorBytes = 0;
};

struct RunOptions {
    Limits limits;
    std::optional<std::string> stdinPath;
    std::optional<std::string> stdoutPath;
    std::optional<std::string> stderrPath;
    std::optional<std::string> workdir;
    bool readonlyWorkdir = false;
    // The program starts with SIGPIPE ignored (a write to a closed pipe fails with EPIPE instead
    // of killing it): interactive validators outlive a program that quit early.
    bool ignoreSigpipe = false;
    std::vector<BindMount> binds;
    std::vector<std::string> environment;  // NAME=VALUE, added to the scrubbed defaults
    std::string program;
    std::vector<std::string> arguments;  // argv[1..]
    bool json = false;
};

// Wall guard when only --time is given: generous enough for start-up, tight enough for sleepers.
double defaultWallSeconds(double cpuSeconds);

}  // namespace verdict::sandbox
