#pragma once
// The box's init: PID 1 of the new PID namespace. It builds the file system, starts the
// program, reaps everything, kills what is left when the program ends, brings the program's
// files out, and reports the program's exit status to the supervisor.
#include <cstdint>

#include "box_filesystem.h"
#include "payload.h"
#include "seccomp_policy.h"

namespace verdict::sandbox {

// What the supervisor tells init once the box's cgroups hold it: only then may the program start.
struct BoxRelease {
    std::uint8_t go = 0;
    std::uint8_t memoryByRlimit = 0;  // no memory cgroup: the payload caps RLIMIT_AS
};

struct BoxPlan {
    FilesystemPlan filesystem;
    PayloadPlan payload;
    const SeccompProgram* filter = nullptr;  // loaded by init, inherited by the program
    int syncFd = -1;    // from the supervisor: id maps written (rootless), then a BoxRelease
    int reportFd = -1;  // ChildMessage stream to the supervisor
    bool waitForIdMaps = false;
    bool copyOut = false;
};

[[noreturn]] void boxInitMain(const BoxPlan& plan);

}  // namespace verdict::sandbox
