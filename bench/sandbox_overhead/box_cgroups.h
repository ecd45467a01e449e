#pragma once

#include <string>
#include <vector>

#include "sandbox_overhead/mountinfo.h"

namespace verdict::bench {

// Our own cgroup in one hierarchy, from a /proc/self/cgroup line "id:controllers:path".
struct OwnCgroup {
    std::vector<std::string> controllers;  // empty for the cgroup2 hierarchy
    std::string path;
};

std::vector<OwnCgroup> parseOwnCgroups(const std::vector<std::string>& procSelfCgroupLines);

// The directories where verdict-sandbox makes box cgroups:
// <mount>/<own path>/verdict-sandbox for every cgroup v1 controller mount and the cgroup2 mount.
std::vector<std::string> boxCgroupParents(const std::vector<MountEntry>& mounts,
                                          const std::vector<OwnCgroup>& own);

// The same, for this process as it is now.
std::vector<std::string> currentBoxCgroupParents();

// Full paths of the box-* directories found in those parents, and of the slot-* ones (a slot's
// kept cgroup v1 pids and cpuacct cgroups) that hold a process: empty kept ones are no leak.
std::vector<std::string> listBoxCgroups(const std::vector<std::string>& parents);
// Every slot-* directory in those parents, busy or not.
std::vector<std::string> listKeptSlotCgroups(const std::vector<std::string>& parents);

}  // namespace verdict::bench
