#include "host_processes.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace verdict::tests {

namespace {

std::set<pid_t>& victims() {
    static std::set<pid_t> registry;
    return registry;
}

}  // namespace

void becomeChildSubreaper() {
    ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

Victim::Victim(const std::string& comm) {
    m_pid = ::fork();
    if (m_pid < 0) {
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    if (m_pid == 0) {
        ::prctl(PR_SET_NAME, comm.c_str(), 0, 0, 0);
        for (;;) {
            ::pause();
        }
    }
    victims().insert(m_pid);
    // The victim is only useful once it carries its name.
    for (int i = 0; i < 200; ++i) {
        auto info = readProcess(m_pid);
        if (info && info->comm == comm) {
            break;
        }
        ::usleep(5000);
    }
}

Victim::~Victim() {
    if (!m_reaped) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    victims().erase(m_pid);
}

bool Victim::alive() {
    if (m_reaped) {
        return false;
    }
    if (::waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
        m_reaped = true;
    }
    return !m_reaped;
}

std::optional<ProcessInfo> readProcess(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (!std::getline(stat, text)) {
        return std::nullopt;
    }
    // "pid (comm) S ppid ...": comm may contain spaces and parentheses, so split at the last ')'.
    std::size_t open = text.find('(');
    std::size_t close = text.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close + 2 >= text.size()) {
        return std::nullopt;
    }
    ProcessInfo info;
    info.pid = pid;
    info.comm = text.substr(open + 1, close - open - 1);
    std::istringstream rest(text.substr(close + 2));
    rest >> info.state >> info.parent;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("Uid:", 0) == 0) {
            info.realUid = static_cast<uid_t>(std::stoul(line.substr(4)));
        }
    }
    return info;
}

std::vector<ProcessInfo> allProcesses() {
    std::vector<ProcessInfo> result;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", error)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || !std::all_of(name.begin(), name.end(),
                                         [](unsigned char c) { return std::isdigit(c) != 0; })) {
            continue;
        }
        if (auto info = readProcess(static_cast<pid_t>(std::stol(name)))) {
            result.push_back(*info);
        }
    }
    return result;
}

std::vector<pid_t> processesWithComm(const std::string& comm) {
    std::vector<pid_t> result;
    for (const auto& info : allProcesses()) {
        if (info.comm == comm && info.state != 'Z') {
            result.push_back(info.pid);
        }
    }
    return result;
}

std::vector<pid_t> processesOfUid(uid_t uid) {
    std::vector<pid_t> result;
    for (const auto& info : allProcesses()) {
        if (info.realUid == uid && info.state != 'Z') {
            result.push_back(info.pid);
        }
    }
    return result;
}

std::vector<pid_t> strayChildren() {
    std::vector<pid_t> result;
    const pid_t self = ::getpid();
    for (const auto& info : allProcesses()) {
        if (info.parent != self || victims().count(info.pid) != 0) {
            continue;
        }
        if (info.state == 'Z') {
            ::waitpid(info.pid, nullptr, WNOHANG);
            continue;
        }
        result.push_back(info.pid);
    }
    return result;
}

}  // namespace verdict::tests
