#pragma once
// The box's file system, built inside its new mount namespace by the box's init process:
// a read-only tmpfs root holding read-only binds of the system, a minimal /dev and /etc,
// a private /proc, size-limited /tmp, /dev/shm and /box, then pivot_root into it. In root mode
// without binds the read-only part comes ready-made from the slot's template (box_template.h).
#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "verdict/sandbox/failure.h"
#include "verdict/sandbox/run_options.h"

namespace verdict::sandbox {

struct FilesystemPlan {
    std::string stagingDir;  // an existing host directory the new root is mounted on
    std::vector<BindMount> binds;
    std::optional<std::string> workdir;
    bool readonlyWorkdir = false;
    int hostWorkdirFd = -1;        // opened by the supervisor, read for the copy into /box
    std::uint64_t filesBytes = 0;  // size of /box and /tmp each
    std::uint64_t shmBytes = 0;
    std::uint64_t inodes = 16384;
    uid_t boxUid = 0;
    gid_t boxGid = 0;
    uid_t ownerUid = 0;  // owner of /tmp and /dev/shm: root, or rootless the one mapped uid
    gid_t ownerGid = 0;
    int templateFd =
        -1;  // the slot's template mount namespace, or -1 to build from the host's tree
};

// Every host path the read-only part of the tree binds, or copies a link from.
std::vector<std::string> systemTreeSources();

// The template: the read-only part of the tree, built in the caller's own fresh mount namespace,
// which ends pivoted into it.
Step buildTemplateFilesystem(const FilesystemPlan& plan);

// Builds the tree and pivots into it; afterwards the cwd is /box. Returns a descriptor of /box
// (for copying the program's files out after the run), or the step that failed.
Expected<int> buildBoxFilesystem(const FilesystemPlan& plan);

}  // namespace verdict::sandbox
