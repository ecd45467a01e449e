#pragma once

#include <optional>
#include <string>
#include <vector>

namespace verdict::bench {

// One line of /proc/self/mountinfo, with its paths unescaped.
struct MountEntry {
    std::string root;          // the mounted filesystem's directory shown here
    std::string mountPoint;    // where it is mounted
    std::string fsType;        // e.g. "cgroup", "cgroup2", "tmpfs"
    std::string superOptions;  // for cgroup v1, the controllers, e.g. "rw,memory"
    std::string line;          // the line as read
};

// Parses one mountinfo line; nothing when it is malformed.
std::optional<MountEntry> parseMountInfoLine(const std::string& line);

// Every mount of our mount namespace.
std::vector<MountEntry> readMountInfo(const std::string& path = "/proc/self/mountinfo");

}  // namespace verdict::bench
