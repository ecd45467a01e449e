#pragma once
// The box's init: PID 1 of the new PID namespace. It builds the file system, starts the
// program, reaps everything, kills what is left when the program ends, brings the program's
// files out, and reports the program's exit status to the supervisor.
#include "box_filesystem.h"
#include "payload.h"

namespace verdict::sandbox {

struct BoxPlan {
    FilesystemPlan filesystem;
    PayloadPlan payload;
    int syncFd = -1;    // the supervisor writes one byte when cgroups and id maps are ready
    int reportFd = -1;  // ChildMessage stream to the supervisor
    bool copyOut = false;
};

[[noreturn]] void boxInitMain(const BoxPlan& plan);

}  // namespace verdict::sandbox
