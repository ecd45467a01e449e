// `verdict-sandbox check`: what this host allows and what a run here would degrade.
#include <sched.h>
#include <sys/prctl.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "box_filter.h"
#include "cgroup_layout.h"
#include "file_io.h"
#include "json_writer.h"
#include "verdict/sandbox/sandbox.h"

namespace verdict::sandbox {

namespace {

// Creates a user namespace in a short-lived child: the only reliable test.
bool userNamespacesWork() {
    pid_t child = ::fork();
    if (child == 0)
        ::_exit(::unshare(CLONE_NEWUSER) == 0 ? 0 : 1);
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0;
}

std::string firstLine(const std::string& path) {
    std::string text = readSmallFile(path).value_or("unknown");
    return text.substr(0, text.find('\n'));
}

struct HostFacts {
    std::string kernel;
    CgroupLayout layout;
    CgroupPlan plan;
    bool root = false;
    bool userNamespaces = false;
    bool seccomp = false;
    std::string protectedHardlinks, protectedSymlinks, transparentHugepages;
    bool favorDynmods = false;  // a cgroup hierarchy mounted with favordynmods
};

HostFacts gatherFacts() {
    HostFacts facts;
    utsname name{};
    ::uname(&name);
    facts.kernel = name.release;
    facts.layout = detectHostCgroupLayout();
    facts.plan = planCgroups(facts.layout);
    facts.root = ::geteuid() == 0;
    facts.userNamespaces = userNamespacesWork();
    facts.seccomp = ::prctl(PR_GET_SECCOMP) >= 0 && !boxFilter().instructions.empty();
    facts.protectedHardlinks = firstLine("/proc/sys/fs/protected_hardlinks");
    facts.protectedSymlinks = firstLine("/proc/sys/fs/protected_symlinks");
    facts.transparentHugepages = firstLine("/sys/kernel/mm/transparent_hugepage/enabled");
    for (const auto& mount : parseMountInfo(readSmallFile("/proc/self/mountinfo").value_or(""))) {
        bool cgroup = mount.fsType == "cgroup" || mount.fsType == "cgroup2";
        facts.favorDynmods =
            facts.favorDynmods || (cgroup && hasOption(mount.superOptions, "favordynmods"));
    }
    if (!facts.root) {
        facts.plan.degraded.push_back(
            {"distinct_uid", "shared uid", "rootless: only the caller's own uid can be mapped"});
    }
    return facts;
}

std::string controllersJson(const CgroupPlan& plan) {
    return JsonObjectWriter()
        .field("memory", plan.memoryBase)
        .field("pids", plan.pidsBase)
        .field("cpu", plan.cpuBase)
        .field("unified", plan.unifiedBase)
        .finish();
}

std::string asJson(const HostFacts& facts) {
    return JsonObjectWriter()
        .field("kernel", facts.kernel)
        .field("cgroup_mode", cgroupModeName(facts.plan.mode))
        .field("cgroup_layout", cgroupModeName(facts.layout.mode))
        .raw("box_cgroups", controllersJson(facts.plan))
        .field("root", facts.root)
        .field("user_namespaces", facts.userNamespaces)
        .field("seccomp", facts.seccomp)
        .field("protected_hardlinks", facts.protectedHardlinks)
        .field("protected_symlinks", facts.protectedSymlinks)
        .field("transparent_hugepages", facts.transparentHugepages)
        .field("favordynmods", facts.favorDynmods)
        .raw("degraded", toJson(facts.plan.degraded))
        .finish();
}

std::string asText(const HostFacts& facts) {
    auto shown = [](const std::string& path) { return path.empty() ? "unavailable" : path; };
    std::string text = "kernel:            " + facts.kernel + "\n";
    text += "cgroup layout:     " + std::string(cgroupModeName(facts.layout.mode)) + "\n";
    text += "cgroups used:      " + std::string(cgroupModeName(facts.plan.mode)) + "\n";
    text += "  memory:          " + shown(facts.plan.memoryBase) + "\n";
    text += "  pids:            " + shown(facts.plan.pidsBase) + "\n";
    text += "  cpu:             " + shown(facts.plan.cpuBase) + "\n";
    text +=
        "  cgroup2 (kill):  " +
        (facts.plan.v2Files ? facts.plan.unifiedBase : std::string("not used (v1 controllers)")) +
        "\n";
    text += "favordynmods:      " +
            std::string(
                facts.favorDynmods
                    ? "yes"
                    : "no (moving a box into v1 cgroups may wait ~10 ms; see sandbox/README.md)") +
            "\n";
    text += "running as:        " +
            std::string(facts.root ? "root (a distinct uid per box)"
                                   : "user (rootless, user namespace)") +
            "\n";
    text += "user namespaces:   " + std::string(facts.userNamespaces ? "yes" : "no") + "\n";
    text += "seccomp:           " + std::string(facts.seccomp ? "yes" : "no") + "\n";
    text += "protected links:   hardlinks=" + facts.protectedHardlinks +
            " symlinks=" + facts.protectedSymlinks + "\n";
    text += "transparent huge pages: " + facts.transparentHugepages + "\n";
    if (facts.plan.degraded.empty()) {
        text += "degraded:          nothing; every limit is enforced by the kernel\n";
    }
    for (const auto& item : facts.plan.degraded) {
        text += "degraded:          " + item.feature + " -> " + item.fallback + " (" + item.reason +
                ")\n";
    }
    return text;
}

}  // namespace

std::string describeHost(bool json) {
    HostFacts facts = gatherFacts();
    return json ? asJson(facts) + "\n" : asText(facts);
}

}  // namespace verdict::sandbox
