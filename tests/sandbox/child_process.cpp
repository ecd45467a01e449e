#include "child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace verdict::tests {

namespace {

std::runtime_error systemError(const std::string& what) {
    return std::runtime_error(what + ": " + std::strerror(errno));
}

// Pipes are close-on-exec on our side; posix_spawn's dup2 gives the child plain 1 and 2.
void openPipe(int fds[2]) {
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        throw systemError("pipe2");
    }
    ::fcntl(fds[0], F_SETFL, O_NONBLOCK);
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> result;
    for (auto& text : strings) {
        result.push_back(text.data());
    }
    result.push_back(nullptr);
    return result;
}

std::vector<std::string> environmentWith(const std::vector<std::string>& extra) {
    std::vector<std::string> result;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        result.emplace_back(*entry);
    }
    result.insert(result.end(), extra.begin(), extra.end());
    return result;
}

}  // namespace

ChildProcess::ChildProcess(const SpawnOptions& options) : m_argv(options.argv) {
    int out[2];
    int err[2];
    openPipe(out);
    openPipe(err);
    int stdinFd = options.stdinFd;
    int devNull = -1;
    if (stdinFd < 0) {
        devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        stdinFd = devNull;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, stdinFd, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);

    std::vector<std::string> argv = options.argv;
    std::vector<std::string> env = environmentWith(options.extraEnv);
    m_started = std::chrono::steady_clock::now();
    int error = ::posix_spawn(&m_pid, argv.at(0).c_str(), &actions, &attributes,
                              pointers(argv).data(), pointers(env).data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(out[1]);
    ::close(err[1]);
    if (devNull >= 0) {
        ::close(devNull);
    }
    m_outFd = out[0];
    m_errFd = err[0];
    if (error != 0) {
        errno = error;
        throw systemError("posix_spawn " + argv.at(0));
    }
}

ChildProcess::~ChildProcess() {
    if (m_pid > 0 && !m_reaped) {
        killGroup();
        ::waitpid(m_pid, nullptr, 0);
    }
    for (int fd : {m_outFd, m_errFd}) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
}

void ChildProcess::killGroup() {
    ::kill(-m_pid, SIGKILL);
    ::kill(m_pid, SIGKILL);
}

// Returns false once the pipe reached EOF (or failed).
bool ChildProcess::drain(int fd, std::string& sink) {
    char buffer[65536];
    for (;;) {
        ssize_t length = ::read(fd, buffer, sizeof buffer);
        if (length > 0) {
            sink.append(buffer, static_cast<std::size_t>(length));
            continue;
        }
        return length < 0 && (errno == EAGAIN || errno == EINTR);
    }
}

ProcessOutcome ChildProcess::wait(std::chrono::milliseconds timeout) {
    ProcessOutcome outcome;
    outcome.argv = m_argv;
    auto deadline = m_started + timeout;
    bool outOpen = true;
    bool errOpen = true;
    // The child's exit ends the wait even if a leaked grandchild still holds our pipes open.
    while (!m_reaped) {
        if (std::chrono::steady_clock::now() > deadline) {
            outcome.timedOut = true;
            killGroup();
            ::waitpid(m_pid, &outcome.waitStatus, 0);
            m_reaped = true;
            break;
        }
        pollfd fds[2] = {{outOpen ? m_outFd : -1, POLLIN, 0}, {errOpen ? m_errFd : -1, POLLIN, 0}};
        ::poll(fds, 2, 10);
        outOpen = outOpen && drain(m_outFd, outcome.out);
        errOpen = errOpen && drain(m_errFd, outcome.err);
        if (::waitpid(m_pid, &outcome.waitStatus, WNOHANG) == m_pid) {
            m_reaped = true;
        }
    }
    drain(m_outFd, outcome.out);
    drain(m_errFd, outcome.err);
    outcome.wallMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_started)
            .count();
    return outcome;
}

}  // namespace verdict::tests
