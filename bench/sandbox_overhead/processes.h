#pragma once

#include <string>
#include <vector>

namespace verdict::bench {

// A process seen in /proc: enough to tell box processes and new ones apart.
struct ProcessInfo {
    int pid = 0;
    unsigned long long startTicks = 0;  // with pid, names the process even when pids are reused
    unsigned long highestUid = 0;       // the highest of its real, effective, saved and fs uids
    std::string pidNamespace;           // e.g. "pid:[4026531836]"; empty when unreadable
    std::string command;                // /proc/PID/comm
};

// Every process this /proc shows (processes that end while it is read are skipped).
std::vector<ProcessInfo> listProcesses();

// Reads one process; false when it has gone.
bool readProcess(int pid, ProcessInfo& process);

// Our own PID namespace, as /proc/self/ns/pid names it.
std::string ownPidNamespace();

}  // namespace verdict::bench
