#pragma once
// The host's view of processes: victims the harness keeps alive during a run, and leftovers.
#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace verdict::tests {

// Makes every orphan of our descendants (e.g. a daemon escaping the sandbox) our child.
void becomeChildSubreaper();

// A child of the harness that sleeps under the given comm (<= 15 chars) until destroyed.
class Victim {
  public:
    explicit Victim(const std::string& comm);
    ~Victim();
    Victim(const Victim&) = delete;
    Victim& operator=(const Victim&) = delete;

    pid_t pid() const { return m_pid; }
    bool alive();

  private:
    pid_t m_pid = -1;
    bool m_reaped = false;
};

struct ProcessInfo {
    pid_t pid = 0;
    pid_t parent = 0;
    char state = '?';
    uid_t realUid = 0;
    std::string comm;
};

std::optional<ProcessInfo> readProcess(pid_t pid);
std::vector<ProcessInfo> allProcesses();
std::vector<pid_t> processesWithComm(const std::string& comm);
std::vector<pid_t> processesOfUid(uid_t uid);
// Our live children other than victims (zombies are reaped and not reported).
std::vector<pid_t> strayChildren();

}  // namespace verdict::tests
