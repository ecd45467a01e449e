#pragma once
// Copies a directory tree between two directory descriptors without ever following a link.
// Used to fill the box's work dir and, after the run, to bring back what the program left:
// only regular files and directories cross; links, FIFOs, devices and sockets never do.
#include <sys/types.h>

#include <cstdint>
#include <optional>

#include "verdict/sandbox/failure.h"

namespace verdict::sandbox {

struct CopyRules {
    std::optional<uid_t> owner;  // chown copies to this uid/gid (filling the box)
    gid_t group = 0;
    bool skipHardLinked = false;  // hostile trees: a file with other names is dropped
    unsigned maxDepth = 32;
    std::uint64_t maxEntries = 100000;
};

Step copyTree(int fromDir, int toDir, const CopyRules& rules);

}  // namespace verdict::sandbox
