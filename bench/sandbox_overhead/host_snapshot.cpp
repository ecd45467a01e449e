#include "sandbox_overhead/host_snapshot.h"

#include <algorithm>
#include <set>
#include <utility>

#include "sandbox_overhead/box_cgroups.h"
#include "sandbox_overhead/mountinfo.h"

namespace verdict::bench {

namespace {

using ProcessKey = std::pair<int, unsigned long long>;

std::set<ProcessKey> processKeys(const std::vector<ProcessInfo>& processes) {
    std::set<ProcessKey> keys;
    for (const ProcessInfo& process : processes) {
        keys.emplace(process.pid, process.startTicks);
    }
    return keys;
}

std::string describeProcess(const ProcessInfo& process) {
    return "pid " + std::to_string(process.pid) + " (" + process.command + "), uid " +
           std::to_string(process.highestUid) + ", " + process.pidNamespace;
}

std::vector<std::string> newMounts(const HostSnapshot& before, const HostSnapshot& after) {
    std::set<std::string> known(before.mountLines.begin(), before.mountLines.end());
    std::vector<std::string> added;
    std::copy_if(after.mountLines.begin(), after.mountLines.end(), std::back_inserter(added),
                 [&known](const std::string& line) { return known.count(line) == 0; });
    return added;
}

std::vector<std::string> boxCgroupsLeft(const HostSnapshot& before, const HostSnapshot& after) {
    std::vector<std::string> left;
    for (const std::string& box : after.boxCgroups) {
        bool old = std::count(before.boxCgroups.begin(), before.boxCgroups.end(), box) > 0;
        left.push_back(box + (old ? " (already there before the check)" : ""));
    }
    return left;
}

void findProcessLeaks(const HostSnapshot& before, const HostSnapshot& after, Leaks& leaks) {
    std::set<ProcessKey> known = processKeys(before.processes);
    std::string ownNamespace = ownPidNamespace();
    for (const ProcessInfo& process : after.processes) {
        if (process.highestUid >= kFirstBoxUid) {
            leaks.boxUidProcesses.push_back(describeProcess(process));
        } else if (known.count({process.pid, process.startTicks}) == 0 &&
                   !process.pidNamespace.empty() && process.pidNamespace != ownNamespace) {
            leaks.newForeignProcesses.push_back(describeProcess(process));
        }
    }
}

}  // namespace

HostSnapshot takeSnapshot() {
    HostSnapshot snapshot;
    snapshot.runDirectoryPath = sandboxRunDirectory();
    // A slot's box template (its namespace's mount and the private mount above it) is built by
    // the slot's first run and stays: intended state, counted with the runtime directory.
    std::string templates = snapshot.runDirectoryPath + "/templates";
    for (const MountEntry& mount : readMountInfo()) {
        if (mount.mountPoint.rfind(templates, 0) != 0)
            snapshot.mountLines.push_back(mount.line);
    }
    snapshot.boxCgroupParents = currentBoxCgroupParents();
    snapshot.boxCgroups = listBoxCgroups(snapshot.boxCgroupParents);
    snapshot.processes = listProcesses();
    snapshot.runDirectory = listRunDirectory(snapshot.runDirectoryPath);
    return snapshot;
}

bool Leaks::any() const {
    return !boxCgroups.empty() || !mounts.empty() || !boxUidProcesses.empty() ||
           !newForeignProcesses.empty() || !runDirectoryFiles.empty();
}

Leaks findLeaks(const HostSnapshot& before, const HostSnapshot& after) {
    Leaks leaks;
    leaks.boxCgroups = boxCgroupsLeft(before, after);
    leaks.mounts = newMounts(before, after);
    findProcessLeaks(before, after, leaks);
    leaks.runDirectoryFiles = after.runDirectory.others;
    return leaks;
}

}  // namespace verdict::bench
