#pragma once
// A box slot: an index held under an exclusive lock for the length of a run, so concurrently
// running boxes never share a uid or a cgroup name.
#include <sys/types.h>

#include <string>

#include "verdict/sandbox/failure.h"
#include "verdict/sandbox/unique_fd.h"

namespace verdict::sandbox {

constexpr uid_t kFirstBoxUid = 800000;
constexpr unsigned kSlotCount = 1000;

struct BoxSlot {
    unsigned index = 0;
    UniqueFd lock;
    std::string runtimeDir;  // holds the locks and the mount point of box roots
};

// The directory for locks and the staging mount point: /run/verdict-sandbox as root, else a
// private directory of the user's.
Expected<std::string> runtimeDirectory();
Expected<BoxSlot> acquireSlot();

}  // namespace verdict::sandbox
