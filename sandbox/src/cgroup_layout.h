#pragma once
// How this host's cgroups are laid out (v1, hybrid, v2 or none) and where boxes may be created.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mountinfo.h"
#include "verdict/sandbox/run_result.h"

namespace verdict::sandbox {

enum class CgroupMode { None, V1, Hybrid, V2 };
const char* cgroupModeName(CgroupMode mode);

struct CgroupLayout {
    CgroupMode mode = CgroupMode::None;
    // v1 controller name -> the directory of our own cgroup in that hierarchy.
    std::map<std::string, std::string> v1OwnDirs;
    // The directory of our own cgroup in the cgroup2 hierarchy, when one is mounted.
    std::optional<std::string> unifiedOwnDir;
    std::optional<std::string> unifiedMount;
    std::vector<std::string> unifiedControllers;  // from the cgroup2 root's cgroup.controllers
};

// Pure detection from the text of /proc/self/mountinfo, /proc/self/cgroup and the cgroup2 root's
// cgroup.controllers, so that every layout can be tested with fixtures.
CgroupLayout detectCgroupLayout(const std::string& mountInfo, const std::string& procCgroup,
                                const std::string& unifiedControllers);
CgroupLayout detectHostCgroupLayout();
// Whether /sys/fs/cgroup itself is a cgroup2 mount (a v2 host), by one statfs.
bool cgroupRootIsUnified();

// Where this process puts box cgroups: one base directory per role, empty when unusable.
struct CgroupPlan {
    CgroupMode mode = CgroupMode::None;
    bool v2Files = false;     // memory/pids/cpu files use cgroup2 names
    std::string memoryBase;   // memory.* files
    std::string pidsBase;     // pids.* files
    std::string cpuBase;      // cpuacct.usage (v1) or cpu.stat (v2)
    std::string unifiedBase;  // v2: the directory for CLONE_INTO_CGROUP and cgroup.kill
    std::vector<Degradation> degraded;
};

// Decides the placement and creates the base directories it needs (idempotent).
CgroupPlan planCgroups(const CgroupLayout& layout);

}  // namespace verdict::sandbox
