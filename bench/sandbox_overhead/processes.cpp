#include "sandbox_overhead/processes.h"

#include <dirent.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "sandbox_overhead/text_file.h"

namespace verdict::bench {

namespace {

// In /proc/PID/stat, starttime is field 22; fields from 3 on follow the ")" that ends comm.
constexpr int kStartTimeFieldAfterComm = 22 - 2;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::vector<int> listPids() {
    std::vector<int> pids;
    std::unique_ptr<DIR, int (*)(DIR*)> proc(opendir("/proc"), closedir);
    if (!proc) {
        return pids;
    }
    while (dirent* entry = readdir(proc.get())) {
        std::string name = entry->d_name;
        if (!name.empty() && std::all_of(name.begin(), name.end(), isDigit)) {
            pids.push_back(std::stoi(name));
        }
    }
    return pids;
}

bool readStartTicks(const std::string& directory, unsigned long long& ticks) {
    auto stat = readTextFile(directory + "/stat");
    auto commEnd = stat ? stat->rfind(')') : std::string::npos;
    if (commEnd == std::string::npos) {
        return false;
    }
    std::istringstream fields(stat->substr(commEnd + 1));
    std::string field;
    for (int i = 0; i < kStartTimeFieldAfterComm; ++i) {
        if (!(fields >> field)) {
            return false;
        }
    }
    ticks = std::stoull(field);
    return true;
}

bool readHighestUid(const std::string& directory, unsigned long& highest) {
    for (const std::string& line : readLines(directory + "/status")) {
        if (line.rfind("Uid:", 0) == 0) {
            std::istringstream uids(line.substr(4));
            highest = 0;
            for (unsigned long uid = 0; uids >> uid;) {
                highest = std::max(highest, uid);
            }
            return true;
        }
    }
    return false;
}

std::string withoutNewline(std::string text) {
    while (!text.empty() && text.back() == '\n') {
        text.pop_back();
    }
    return text;
}

}  // namespace

bool readProcess(int pid, ProcessInfo& process) {
    std::string directory = "/proc/" + std::to_string(pid);
    process.pid = pid;
    if (!readStartTicks(directory, process.startTicks) ||
        !readHighestUid(directory, process.highestUid)) {
        return false;
    }
    process.pidNamespace = readLinkText(directory + "/ns/pid");
    process.command = withoutNewline(readTextFile(directory + "/comm").value_or(""));
    return true;
}

std::vector<ProcessInfo> listProcesses() {
    std::vector<ProcessInfo> processes;
    for (int pid : listPids()) {
        ProcessInfo process;
        if (readProcess(pid, process)) {
            processes.push_back(process);
        }
    }
    return processes;
}

std::string ownPidNamespace() {
    return readLinkText("/proc/self/ns/pid");
}

}  // namespace verdict::bench
