#include "host_cgroups.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace verdict::tests {

namespace {

struct CgroupMount {
    std::string mountPoint;
    std::string root;  // the mount's root inside the hierarchy (usually "/")
    std::vector<std::string> controllers;
    bool unified = false;
};

std::vector<std::string> splitOn(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::istringstream input(text);
    for (std::string part; std::getline(input, part, separator);) {
        parts.push_back(part);
    }
    return parts;
}

std::vector<CgroupMount> cgroupMounts() {
    std::vector<CgroupMount> mounts;
    std::ifstream mountinfo("/proc/self/mountinfo");
    for (std::string line; std::getline(mountinfo, line);) {
        std::vector<std::string> fields = splitOn(line, ' ');
        auto dash = std::find(fields.begin(), fields.end(), "-");
        if (fields.size() < 5 || dash == fields.end() || fields.end() - dash < 2) {
            continue;
        }
        const std::string& type = *(dash + 1);
        if (type != "cgroup" && type != "cgroup2") {
            continue;
        }
        CgroupMount mount{fields[4], fields[3], {}, type == "cgroup2"};
        if (!mount.unified && fields.end() - dash >= 4) {
            for (const auto& option : splitOn(*(dash + 3), ',')) {
                mount.controllers.push_back(option);
            }
        }
        mounts.push_back(mount);
    }
    return mounts;
}

// Our path in each hierarchy, keyed by its controller list ("" for cgroup2).
std::map<std::string, std::string> ownCgroupPaths() {
    std::map<std::string, std::string> paths;
    std::ifstream cgroup("/proc/self/cgroup");
    for (std::string line; std::getline(cgroup, line);) {
        std::size_t first = line.find(':');
        std::size_t second = line.find(':', first + 1);
        if (first != std::string::npos && second != std::string::npos) {
            paths[line.substr(first + 1, second - first - 1)] = line.substr(second + 1);
        }
    }
    return paths;
}

bool matches(const CgroupMount& mount, const std::string& controllers) {
    if (mount.unified) {
        return controllers.empty();
    }
    for (const auto& controller : splitOn(controllers, ',')) {
        if (std::find(mount.controllers.begin(), mount.controllers.end(), controller) ==
            mount.controllers.end()) {
            return false;
        }
    }
    return !controllers.empty();
}

// A cgroup directory with at least one process in it.
bool holdsProcesses(const std::string& dir) {
    std::ifstream procs(dir + "/cgroup.procs");
    std::string pid;
    return static_cast<bool>(procs >> pid);
}

}  // namespace

std::vector<std::string> sandboxCgroupParents() {
    std::vector<std::string> parents;
    auto paths = ownCgroupPaths();
    for (const auto& mount : cgroupMounts()) {
        for (const auto& [controllers, path] : paths) {
            if (!matches(mount, controllers)) {
                continue;
            }
            // Strip the mount's own root from our path (cgroup namespaces, nested mounts).
            std::string relative = path;
            if (mount.root != "/" && relative.rfind(mount.root, 0) == 0) {
                relative = relative.substr(mount.root.size());
            }
            std::string parent = mount.mountPoint + (relative == "/" ? "" : relative);
            parents.push_back(parent + "/verdict-sandbox");
        }
    }
    std::sort(parents.begin(), parents.end());
    parents.erase(std::unique(parents.begin(), parents.end()), parents.end());
    return parents;
}

std::vector<std::string> boxCgroupsPresent() {
    std::vector<std::string> present;
    for (const auto& parent : sandboxCgroupParents()) {
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(parent, error)) {
            std::string name = entry.path().filename().string();
            bool box = name.rfind("box-", 0) == 0;
            bool busySlot = name.rfind("slot-", 0) == 0 && holdsProcesses(entry.path().string());
            if (entry.is_directory() && (box || busySlot)) {
                present.push_back(entry.path().string());
            }
        }
    }
    return present;
}

std::vector<std::string> leftoverBoxCgroups(int graceMs) {
    std::vector<std::string> present = boxCgroupsPresent();
    for (int waited = 0; !present.empty() && waited < graceMs; waited += 50) {
        ::usleep(50 * 1000);
        present = boxCgroupsPresent();
    }
    return present;
}

std::vector<std::string> mountTable() {
    std::vector<std::string> table;
    std::ifstream mountinfo("/proc/self/mountinfo");
    for (std::string line; std::getline(mountinfo, line);) {
        std::size_t first = line.find(' ');
        std::size_t second = line.find(' ', first + 1);
        table.push_back(second == std::string::npos ? line : line.substr(second + 1));
    }
    std::sort(table.begin(), table.end());
    return table;
}

}  // namespace verdict::tests
