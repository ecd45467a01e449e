#pragma once
// A real child process started with posix_spawn in its own process group, with stdout and stderr
// captured through pipes and a harness-side timeout that kills the whole group.
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace verdict::tests {

struct SpawnOptions {
    std::vector<std::string> argv;
    std::vector<std::string> extraEnv;  // NAME=VALUE added to our own environment
    int stdinFd = -1;                   // -1: /dev/null
};

struct ProcessOutcome {
    std::vector<std::string> argv;
    int waitStatus = 0;
    bool timedOut = false;
    std::string out;
    std::string err;
    double wallMs = 0;
};

class ChildProcess {
  public:
    explicit ChildProcess(const SpawnOptions& options);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }
    // Reads both pipes until the child exits (or the timeout kills its group), then reaps it.
    ProcessOutcome wait(std::chrono::milliseconds timeout);

  private:
    bool drain(int fd, std::string& sink);
    void killGroup();

    std::vector<std::string> m_argv;
    pid_t m_pid = -1;
    int m_outFd = -1;
    int m_errFd = -1;
    bool m_reaped = false;
    std::chrono::steady_clock::time_point m_started;
};

}  // namespace verdict::tests
