#pragma once
// The last steps before the untrusted program runs, in the process that becomes it:
// standard streams, rlimits, credentials, capabilities, no_new_privs, exec. (The bounding set
// and the seccomp filter it inherits from init, which sets them before the program's start.)
#include <sys/types.h>

#include <string>
#include <vector>

#include "verdict/sandbox/failure.h"
#include "verdict/sandbox/run_options.h"

namespace verdict::sandbox {

struct PayloadPlan {
    int stdinFd = 0;
    int stdoutFd = 1;
    int stderrFd = 2;
    int reportFd = -1;  // close-on-exec: carries a failure before exec, closes on success
    Limits limits;
    bool memoryByRlimit = false;  // no memory cgroup: RLIMIT_AS is the only cap
    bool switchUser = false;      // root mode: become the box's own uid
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<std::string> environment;  // the complete, scrubbed environment
    bool ignoreSigpipe = false;            // SIGPIPE ignored (inherited through exec), else default
    std::string program;
    std::vector<std::string> arguments;  // argv[1..]
};

// Never returns: execs the program, or reports the failing step and exits.
[[noreturn]] void runPayload(const PayloadPlan& plan);

// Starts the program's process the way posix_spawn does: it shares the caller's memory, on a
// stack of its own, until it execs (or exits), and the caller sleeps until then. This skips
// copying the caller's page tables (a third of a millisecond here). Returns its pid or -1.
pid_t startPayload(const PayloadPlan& plan);

// Empties the calling process's capability bounding set (inherited by what it starts later).
Step dropBoundingSet();

// PATH of the box environment, for resolving the program.
std::string boxPath(const std::vector<std::string>& environment);

}  // namespace verdict::sandbox
