#include "sandbox_overhead/leak_check.h"

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <ostream>

#include "sandbox_overhead/box_cgroups.h"
#include "sandbox_overhead/commands.h"
#include "sandbox_overhead/host_snapshot.h"
#include "sandbox_overhead/spawn.h"

namespace verdict::bench {

namespace {

// Enough of a long list to see what leaked without flooding the terminal.
constexpr std::size_t kMaxListed = 20;
constexpr long kProgressSteps = 10;

// How the runs went: how many failed, and how the first failure looked.
struct RunTally {
    long failures = 0;
    std::string firstFailure;
    double seconds = 0;
};

RunTally runRepeatedly(const std::string& sandboxPath, long runs, std::ostream& out) {
    Command command = verdictCommand(sandboxPath);
    RunTally tally;
    long progressEvery = std::max(1L, runs / kProgressSteps);
    auto start = std::chrono::steady_clock::now();
    for (long run = 1; run <= runs; ++run) {
        SpawnOutcome outcome = spawnAndWait(command.argv, ChildStderr::kDiscard);
        if (!outcome.succeeded() && tally.failures++ == 0) {
            tally.firstFailure = "run " + std::to_string(run) + ": " + describe(outcome);
        }
        if (run % progressEvery == 0) {
            out << "  " << run << "/" << runs << " runs\n" << std::flush;
        }
    }
    tally.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return tally;
}

// "label: none" or "label: N" followed by the first few items, one per line.
void printFinding(const std::string& label, const std::vector<std::string>& items,
                  std::ostream& out) {
    out << std::left << std::setw(48) << label << (items.empty() ? "none" : "LEAKED ")
        << std::right;
    if (!items.empty()) {
        out << items.size();
    }
    out << "\n";
    for (std::size_t i = 0; i < items.size() && i < kMaxListed; ++i) {
        out << "    " << items[i] << "\n";
    }
}

void printLookedIn(const HostSnapshot& after, std::ostream& out) {
    out << "box cgroups were looked for in:\n";
    for (const std::string& parent : after.boxCgroupParents) {
        out << "    " << parent << "/box-*, and slot-* holding a process\n";
    }
}

void printCounts(const HostSnapshot& before, const HostSnapshot& after, std::ostream& out) {
    out << "mount entries: " << before.mountLines.size() << " before, " << after.mountLines.size()
        << " after\n"
        << "processes: " << before.processes.size() << " before, " << after.processes.size()
        << " after (informational: the rest of the machine counts too)\n"
        << after.runDirectoryPath << ": " << after.runDirectory.slotLocks.size()
        << " slot lock files"
        << (after.runDirectory.hasStagingDirectory ? " and the staging directory root/" : "")
        << ", " << after.runDirectory.templates.size()
        << " box templates and spare network namespaces (expected: one of each per slot)\n"
        << "kept slot cgroups (cgroup v1 pids and cpuacct, reused from run to run): "
        << listKeptSlotCgroups(after.boxCgroupParents).size()
        << " (one holding a process is a leak, listed below)\n";
}

void printLeaks(const Leaks& leaks, const std::string& runDirectory, std::ostream& out) {
    printFinding("box cgroups left:", leaks.boxCgroups, out);
    printFinding("new mount entries:", leaks.mounts, out);
    printFinding("processes with a box uid (>= 800000):", leaks.boxUidProcesses, out);
    printFinding("new processes in another PID namespace:", leaks.newForeignProcesses, out);
    printFinding("other files in " + runDirectory + ":", leaks.runDirectoryFiles, out);
}

}  // namespace

int runLeakCheck(const std::string& sandboxPath, long runs, std::ostream& out) {
    HostSnapshot before = takeSnapshot();
    out << "leak check: " << runs << " runs of " << sandboxPath << " run -- /bin/true\n";
    RunTally tally = runRepeatedly(sandboxPath, runs, out);
    HostSnapshot after = takeSnapshot();
    Leaks leaks = findLeaks(before, after);

    out << std::fixed << std::setprecision(1) << "ran " << runs << " in " << tally.seconds << " s, "
        << tally.failures << " failed"
        << (tally.failures > 0 ? " (first: " + tally.firstFailure + ")" : std::string()) << "\n\n";
    printLookedIn(after, out);
    printCounts(before, after, out);
    out << "\n";
    printLeaks(leaks, after.runDirectoryPath, out);

    bool clean = !leaks.any() && tally.failures == 0;
    out << "\nresult: "
        << (clean         ? "CLEAN"
            : leaks.any() ? "LEAKED"
                          : "RUNS FAILED (nothing leaked)")
        << "\n";
    return clean ? 0 : 1;
}

}  // namespace verdict::bench
