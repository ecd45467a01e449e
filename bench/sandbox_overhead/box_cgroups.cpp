#include "sandbox_overhead/box_cgroups.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>

#include "sandbox_overhead/text_file.h"

namespace verdict::bench {

namespace {

constexpr const char* kSandboxDirectory = "verdict-sandbox";
constexpr const char* kBoxPrefix = "box-";
constexpr const char* kSlotPrefix = "slot-";  // a slot's kept v1 pids/cpuacct cgroup

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::istringstream stream(text);
    for (std::string part; std::getline(stream, part, separator);) {
        if (!part.empty()) {
            parts.push_back(part);
        }
    }
    return parts;
}

// A v1 mount serves the controllers named among its super options ("rw,cpu,cpuacct").
bool mountServes(const MountEntry& mount, const OwnCgroup& cgroup) {
    std::vector<std::string> options = split(mount.superOptions, ',');
    return std::any_of(cgroup.controllers.begin(), cgroup.controllers.end(),
                       [&options](const std::string& controller) {
                           return std::find(options.begin(), options.end(), controller) !=
                                  options.end();
                       });
}

std::optional<OwnCgroup> ownCgroupFor(const MountEntry& mount, const std::vector<OwnCgroup>& own) {
    for (const OwnCgroup& cgroup : own) {
        bool isUnified = cgroup.controllers.empty();
        if (mount.fsType == "cgroup2" ? isUnified : !isUnified && mountServes(mount, cgroup)) {
            return cgroup;
        }
    }
    return std::nullopt;
}

// Our path as seen below the mount: a mount of a subtree shows paths relative to its root.
std::string pathBelowMount(const MountEntry& mount, const std::string& ownPath) {
    if (mount.root != "/" && ownPath.rfind(mount.root, 0) == 0) {
        return ownPath.substr(mount.root.size());
    }
    return ownPath;
}

std::string joinPath(const std::string& base, const std::string& rest) {
    std::string path = base == "/" ? "" : base;
    for (const std::string& part : split(rest, '/')) {
        path += "/" + part;
    }
    return path;
}

}  // namespace

std::vector<OwnCgroup> parseOwnCgroups(const std::vector<std::string>& procSelfCgroupLines) {
    std::vector<OwnCgroup> cgroups;
    for (const std::string& line : procSelfCgroupLines) {
        auto first = line.find(':');
        auto second = first == std::string::npos ? first : line.find(':', first + 1);
        if (second == std::string::npos) {
            continue;
        }
        std::string controllers = line.substr(first + 1, second - first - 1);
        cgroups.push_back(OwnCgroup{split(controllers, ','), line.substr(second + 1)});
    }
    return cgroups;
}

std::vector<std::string> boxCgroupParents(const std::vector<MountEntry>& mounts,
                                          const std::vector<OwnCgroup>& own) {
    std::vector<std::string> parents;
    for (const MountEntry& mount : mounts) {
        if (mount.fsType != "cgroup" && mount.fsType != "cgroup2") {
            continue;
        }
        if (auto cgroup = ownCgroupFor(mount, own)) {
            std::string below = pathBelowMount(mount, cgroup->path);
            parents.push_back(joinPath(joinPath(mount.mountPoint, below), kSandboxDirectory));
        }
    }
    return parents;
}

std::vector<std::string> currentBoxCgroupParents() {
    return boxCgroupParents(readMountInfo(), parseOwnCgroups(readLines("/proc/self/cgroup")));
}

namespace {

// Directories named prefix* in the parents.
std::vector<std::string> listCgroups(const std::vector<std::string>& parents,
                                     const std::string& prefix) {
    namespace fs = std::filesystem;
    std::vector<std::string> found;
    for (const std::string& parent : parents) {
        std::error_code error;
        fs::directory_iterator entry(parent, error);
        for (; !error && entry != fs::directory_iterator(); entry.increment(error)) {
            std::string name = entry->path().filename().string();
            if (name.rfind(prefix, 0) == 0 && entry->is_directory(error))
                found.push_back(entry->path().string());
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

}  // namespace

std::vector<std::string> listBoxCgroups(const std::vector<std::string>& parents) {
    std::vector<std::string> boxes = listCgroups(parents, kBoxPrefix);
    for (const std::string& slot : listKeptSlotCgroups(parents)) {
        if (!readLines(slot + "/cgroup.procs").empty())
            boxes.push_back(slot);
    }
    std::sort(boxes.begin(), boxes.end());
    return boxes;
}

std::vector<std::string> listKeptSlotCgroups(const std::vector<std::string>& parents) {
    return listCgroups(parents, kSlotPrefix);
}

}  // namespace verdict::bench
