#pragma once

#include <string>
#include <vector>

#include "sandbox_overhead/processes.h"
#include "sandbox_overhead/run_dir.h"

namespace verdict::bench {

// The first uid verdict-sandbox gives a box when it runs as root (800000 + slot).
inline constexpr unsigned long kFirstBoxUid = 800000;

// Everything a sandbox run could leave behind on the host, read at one moment.
struct HostSnapshot {
    std::vector<std::string> mountLines;        // /proc/self/mountinfo
    std::vector<std::string> boxCgroupParents;  // where box cgroups would be
    std::vector<std::string> boxCgroups;        // box-* directories in them
    std::vector<ProcessInfo> processes;
    std::string runDirectoryPath;  // the sandbox's runtime directory
    RunDirListing runDirectory;
};

HostSnapshot takeSnapshot();

// What a later snapshot shows that a run left behind, each item described in one line.
struct Leaks {
    std::vector<std::string> boxCgroups;           // every box cgroup still there
    std::vector<std::string> mounts;               // mount entries that were not there before
    std::vector<std::string> boxUidProcesses;      // processes running as a box uid
    std::vector<std::string> newForeignProcesses;  // new processes in another PID namespace
    std::vector<std::string> runDirectoryFiles;    // anything but slot locks and staging

    bool any() const;
};

Leaks findLeaks(const HostSnapshot& before, const HostSnapshot& after);

}  // namespace verdict::bench
