#include "proc_tree.h"

#include <dirent.h>
#include <unistd.h>

#include <cctype>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "file_io.h"

namespace verdict::sandbox {

namespace {

struct ProcessTimes {
    pid_t parent = 0;
    std::uint64_t ticks = 0;  // utime + stime + cutime + cstime
};

// Fields 4 (ppid) and 14-17 of /proc/PID/stat, read after the parenthesised name, which may
// itself contain spaces and parentheses.
bool readProcess(const char* pid, ProcessTimes& times) {
    auto stat = readSmallFile(std::string("/proc/") + pid + "/stat");
    if (!stat)
        return false;
    auto close = stat->rfind(')');
    if (close == std::string::npos || close + 2 > stat->size())
        return false;
    std::istringstream fields(stat->substr(close + 2));
    std::string field;
    for (int index = 3; index <= 17 && fields >> field; ++index) {
        if (index == 4)
            times.parent = static_cast<pid_t>(parseUnsigned(field).value_or(0));
        if (index >= 14)
            times.ticks += parseUnsigned(field).value_or(0);
    }
    return true;
}

// Every process on the host, by pid (this kernel may lack /proc/PID/task/TID/children).
std::unordered_map<pid_t, ProcessTimes> scanProcesses() {
    std::unordered_map<pid_t, ProcessTimes> processes;
    DIR* proc = ::opendir("/proc");
    if (proc == nullptr)
        return processes;
    while (dirent* entry = ::readdir(proc)) {
        if (!std::isdigit(static_cast<unsigned char>(entry->d_name[0])))
            continue;
        ProcessTimes times;
        if (readProcess(entry->d_name, times)) {
            processes[static_cast<pid_t>(std::stoi(entry->d_name))] = times;
        }
    }
    ::closedir(proc);
    return processes;
}

}  // namespace

std::uint64_t treeCpuNs(pid_t root) {
    static const auto nsPerTick =
        1'000'000'000ull / static_cast<std::uint64_t>(::sysconf(_SC_CLK_TCK));
    auto processes = scanProcesses();
    std::unordered_map<pid_t, std::vector<pid_t>> children;
    for (const auto& [pid, times] : processes)
        children[times.parent].push_back(pid);
    std::vector<pid_t> queue{root};
    std::uint64_t ticks = 0;
    for (std::size_t i = 0; i < queue.size(); ++i) {
        auto found = processes.find(queue[i]);
        if (found != processes.end())
            ticks += found->second.ticks;
        auto below = children.find(queue[i]);
        if (below != children.end()) {
            queue.insert(queue.end(), below->second.begin(), below->second.end());
        }
    }
    return ticks * nsPerTick;
}

}  // namespace verdict::sandbox
