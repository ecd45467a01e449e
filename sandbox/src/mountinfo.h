#pragma once
// Entries of /proc/self/mountinfo and /proc/self/cgroup, parsed as text so tests can feed fixtures.
#include <string>
#include <vector>

namespace verdict::sandbox {

struct MountEntry {
    std::string root;        // path of the mount's root within its filesystem
    std::string mountPoint;  // where it is mounted
    std::string fsType;
    std::string superOptions;  // e.g. "rw,memory" for a cgroup v1 hierarchy
};

std::vector<MountEntry> parseMountInfo(const std::string& text);

struct CgroupMembership {
    std::string controllers;  // "memory", "cpu,cpuacct", "name=systemd", "" for cgroup v2
    std::string path;
};

std::vector<CgroupMembership> parseProcCgroup(const std::string& text);

// Whether a comma-separated option list contains the word exactly.
bool hasOption(const std::string& list, const std::string& word);

}  // namespace verdict::sandbox
