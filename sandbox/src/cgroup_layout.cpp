#include "cgroup_layout.h"

#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <cstdlib>

#include "file_io.h"

namespace verdict::sandbox {

namespace {

constexpr const char* kBaseName = "verdict-sandbox";

// Our cgroup path relative to a mount whose root may itself be a sub-cgroup.
std::string ownDirUnder(const MountEntry& mount, const std::string& ownPath) {
    std::string relative = ownPath;
    if (mount.root != "/" && relative.rfind(mount.root, 0) == 0) {
        relative = relative.substr(mount.root.size());
    }
    if (relative.empty() || relative == "/") {
        return mount.mountPoint;
    }
    return mount.mountPoint + (relative[0] == '/' ? "" : "/") + relative;
}

std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
    for (const auto& w : words) {
        if (w == word)
            return true;
    }
    return false;
}

// mkdir that accepts an existing directory we may create boxes in; the failure names it.
Step ensureDirectory(const std::string& path) {
    if (::access(path.c_str(), W_OK) == 0)
        return std::nullopt;  // the usual case: no mkdir, which takes the cgroup lock
    if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST)
        return sysFailure("mkdir " + path);
    if (::access(path.c_str(), W_OK) != 0)
        return sysFailure("write access to " + path);
    return std::nullopt;
}

}  // namespace

const char* cgroupModeName(CgroupMode mode) {
    switch (mode) {
        case CgroupMode::V1:
            return "v1";
        case CgroupMode::Hybrid:
            return "hybrid";
        case CgroupMode::V2:
            return "v2";
        case CgroupMode::None:
            return "none";
    }
    return "none";
}

namespace {

// Where our own cgroups are, in every hierarchy; the mode is decided later.
CgroupLayout findOwnCgroups(const std::string& mountInfo, const std::string& procCgroup) {
    CgroupLayout layout;
    auto memberships = parseProcCgroup(procCgroup);
    auto ownPathFor = [&](const std::string& controller) -> std::optional<std::string> {
        for (const auto& m : memberships) {
            if (controller.empty() ? m.controllers.empty() : hasOption(m.controllers, controller)) {
                return m.path;
            }
        }
        return std::nullopt;
    };
    for (const auto& mount : parseMountInfo(mountInfo)) {
        if (mount.fsType == "cgroup2" && !layout.unifiedMount) {
            layout.unifiedMount = mount.mountPoint;
            if (auto own = ownPathFor(""))
                layout.unifiedOwnDir = ownDirUnder(mount, *own);
        } else if (mount.fsType == "cgroup") {
            for (const char* controller : {"memory", "pids", "cpuacct"}) {
                auto own = ownPathFor(controller);
                if (hasOption(mount.superOptions, controller) && own) {
                    layout.v1OwnDirs[controller] = ownDirUnder(mount, *own);
                }
            }
        }
    }
    return layout;
}

// Only the cgroup2 root's controllers decide between v2 and hybrid.
void decideMode(CgroupLayout& layout, const std::string& unifiedControllers) {
    layout.unifiedControllers = splitWords(unifiedControllers);
    bool v2Complete = layout.unifiedMount && contains(layout.unifiedControllers, "memory") &&
                      contains(layout.unifiedControllers, "pids");
    if (v2Complete && layout.v1OwnDirs.empty()) {
        layout.mode = CgroupMode::V2;
    } else if (!layout.v1OwnDirs.empty()) {
        layout.mode = layout.unifiedMount ? CgroupMode::Hybrid : CgroupMode::V1;
    }
}

}  // namespace

CgroupLayout detectCgroupLayout(const std::string& mountInfo, const std::string& procCgroup,
                                const std::string& unifiedControllers) {
    CgroupLayout layout = findOwnCgroups(mountInfo, procCgroup);
    decideMode(layout, unifiedControllers);
    return layout;
}

CgroupLayout detectHostCgroupLayout() {
    auto mountInfo = readSmallFile("/proc/self/mountinfo").value_or("");
    auto procCgroup = readSmallFile("/proc/self/cgroup").value_or("");
    CgroupLayout layout = findOwnCgroups(mountInfo, procCgroup);
    std::string controllers;
    if (layout.unifiedMount)
        controllers = readSmallFile(*layout.unifiedMount + "/cgroup.controllers").value_or("");
    decideMode(layout, controllers);
    return layout;
}

bool cgroupRootIsUnified() {
    struct statfs info {};
    return ::statfs("/sys/fs/cgroup", &info) == 0 && info.f_type == CGROUP2_SUPER_MAGIC;
}

namespace {

// The cgroup2 directory that holds boxes: an operator-delegated one, else (as root) a child of
// the root cgroup with the controllers enabled. Rootless without delegation there is none.
std::optional<std::string> v2Base(const CgroupLayout& layout, std::string& why) {
    if (const char* delegated = std::getenv("VERDICT_SANDBOX_CGROUP"); delegated && *delegated) {
        std::string path = delegated;
        if (path.rfind(*layout.unifiedMount, 0) != 0)
            path = *layout.unifiedMount + "/" + path;
        return path;
    }
    if (::geteuid() != 0) {
        why =
            "cgroup v2 is not delegated to this user: set VERDICT_SANDBOX_CGROUP to a "
            "delegated cgroup (systemd Delegate=yes) without processes";
        return std::nullopt;
    }
    std::string root = *layout.unifiedMount;
    if (auto failure = writeSmallFile(root + "/cgroup.subtree_control", "+memory +pids")) {
        why = failure->describe();
        return std::nullopt;
    }
    std::string base = root + "/" + kBaseName;
    if (auto failure = ensureDirectory(base)) {
        why = failure->describe();
        return std::nullopt;
    }
    if (auto failure = writeSmallFile(base + "/cgroup.subtree_control", "+memory +pids")) {
        why = failure->describe();
        return std::nullopt;
    }
    return base;
}

// A v1 hierarchy's base for boxes, below our own cgroup so that whoever accounts for us
// (a service manager, a test harness) still accounts for our boxes.
std::string v1Base(const CgroupLayout& layout, const std::string& controller, std::string& why) {
    auto own = layout.v1OwnDirs.find(controller);
    if (own == layout.v1OwnDirs.end()) {
        why = "no cgroup v1 '" + controller + "' hierarchy is mounted";
        return {};
    }
    std::string base = own->second + "/" + kBaseName;
    if (auto failure = ensureDirectory(base)) {
        why = failure->describe() + "; cgroups are not delegated to this user";
        return {};
    }
    return base;
}

}  // namespace

CgroupPlan planCgroups(const CgroupLayout& layout) {
    CgroupPlan plan;
    plan.mode = layout.mode;
    std::string memoryWhy, pidsWhy, cpuWhy;
    if (layout.mode == CgroupMode::V2) {
        plan.v2Files = true;
        std::string why;
        if (auto base = v2Base(layout, why)) {
            plan.memoryBase = plan.pidsBase = plan.cpuBase = plan.unifiedBase = *base;
        }
        memoryWhy = pidsWhy = cpuWhy = why;
    } else if (layout.mode == CgroupMode::V1 || layout.mode == CgroupMode::Hybrid) {
        plan.memoryBase = v1Base(layout, "memory", memoryWhy);
        plan.pidsBase = v1Base(layout, "pids", pidsWhy);
        plan.cpuBase = v1Base(layout, "cpuacct", cpuWhy);
        // The controller-less cgroup2 of a hybrid host would only add cgroup.kill, which the
        // PID namespace already gives (init's death kills the box): not worth a fourth
        // directory and attach on every run.
    } else {
        memoryWhy = pidsWhy = cpuWhy = "no usable cgroup hierarchy is mounted";
    }
    if (plan.memoryBase.empty()) {
        plan.degraded.push_back({"memory_limit", "RLIMIT_AS", memoryWhy});
        plan.degraded.push_back({"memory_peak", "ru_maxrss", memoryWhy});
        plan.degraded.push_back(
            {"stack_size", "64 MiB", "RLIMIT_AS counts every thread's stack reservation"});
    }
    if (plan.pidsBase.empty()) {
        plan.degraded.push_back({"process_limit", "RLIMIT_NPROC", pidsWhy});
    }
    if (plan.cpuBase.empty()) {
        plan.degraded.push_back({"cpu_time", "/proc sampling+rusage", cpuWhy});
    }
    if (plan.memoryBase.empty() && plan.pidsBase.empty() && plan.cpuBase.empty()) {
        plan.mode = CgroupMode::None;
    }
    return plan;
}

}  // namespace verdict::sandbox
