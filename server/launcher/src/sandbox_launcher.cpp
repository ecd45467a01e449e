#include "verdict/launcher/sandbox_launcher.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <utility>
#include <vector>

#include "verdict/sandbox/cli.h"
#include "verdict/sandbox/unique_fd.h"

extern char** environ;

namespace verdict::launcher {

namespace {

using sandbox::Failure;
using sandbox::UniqueFd;

constexpr std::size_t kStdoutTail = 64 * 1024;  // the JSON is the last line; keep only a tail
constexpr std::size_t kStderrHead = 4 * 1024;   // enough for the helper's one-line error

struct Capture {
    std::string out, err;
};

// Appends, keeping at most `limit` bytes: the newest (tail) or the oldest (head).
void keep(std::string& text, const char* data, std::size_t size, std::size_t limit, bool tail) {
    text.append(data, size);
    if (text.size() <= limit)
        return;
    if (tail) {
        text.erase(0, text.size() - limit);
    } else {
        text.resize(limit);
    }
}

// Reads both pipes to their ends without letting either one fill up and stall the helper.
Capture drain(int outFd, int errFd) {
    Capture capture;
    pollfd fds[2] = {{outFd, POLLIN, 0}, {errFd, POLLIN, 0}};
    int open = 2;
    char buffer[16384];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                fds[i].fd = -1;
                --open;
                continue;
            }
            keep(i == 0 ? capture.out : capture.err, buffer, static_cast<std::size_t>(got),
                 i == 0 ? kStdoutTail : kStderrHead, i == 0);
        }
    }
    return capture;
}

std::string lastLine(const std::string& text) {
    std::size_t end = text.find_last_not_of('\n');
    if (end == std::string::npos)
        return {};
    std::size_t start = text.rfind('\n', end);
    return text.substr(start == std::string::npos ? 0 : start + 1, end + 1 - (start + 1));
}

// Where handed pipes land in the helper; the options name them as /dev/fd/N.
constexpr int kHandedStdin = 3;
constexpr int kHandedStdout = 4;

// The helper's descriptors: stdin /dev/null, stdout and stderr our capture pipes, handed pipes
// at 3 and 4. Handed pipes are first copied above 9 so no dup2 overwrites a later source.
struct HelperFds {
    int out = -1, err = -1;
    UniqueFd handedIn, handedOut;
};

Expected<pid_t> spawnHelper(const std::string& helper, const std::vector<std::string>& args,
                            const HelperFds& fds) {
    std::vector<char*> argv{const_cast<char*>(helper.c_str())};
    for (const auto& arg : args)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    ::posix_spawn_file_actions_init(&actions);
    ::posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    ::posix_spawn_file_actions_adddup2(&actions, fds.out, STDOUT_FILENO);
    ::posix_spawn_file_actions_adddup2(&actions, fds.err, STDERR_FILENO);
    if (fds.handedIn.valid())
        ::posix_spawn_file_actions_adddup2(&actions, fds.handedIn.get(), kHandedStdin);
    if (fds.handedOut.valid())
        ::posix_spawn_file_actions_adddup2(&actions, fds.handedOut.get(), kHandedStdout);
    // Nothing else of ours reaches the helper: a multi-threaded server has sockets, its database
    // and other boxes' pipes open, not all of them close-on-exec (a listening socket held by a
    // helper outliving a killed server keeps its port from being bound again).
    ::posix_spawn_file_actions_addclosefrom_np(&actions, std::max(kHandedStdin, kHandedStdout) + 1);
    pid_t pid = -1;
    int rc = ::posix_spawn(&pid, helper.c_str(), &actions, nullptr, argv.data(), environ);
    ::posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        errno = rc;
        return sandbox::sysFailure("start the sandbox helper " + helper,
                                   "build verdict-sandbox or set VERDICT_SANDBOX to its path");
    }
    return pid;
}

// A close-on-exec copy of `fd` numbered 10 or above; invalid when fd is -1.
UniqueFd highCopy(int fd) {
    return UniqueFd(fd < 0 ? -1 : ::fcntl(fd, F_DUPFD_CLOEXEC, 10));
}

int waitFor(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

}  // namespace

SandboxLauncher::SandboxLauncher(std::string helperPath) : m_helperPath(std::move(helperPath)) {}

std::string SandboxLauncher::defaultHelperPath() {
    if (const char* path = std::getenv("VERDICT_SANDBOX"); path && *path)
        return path;
    std::error_code error;
    auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    return (error ? std::filesystem::path(".") : self.parent_path()) / "verdict-sandbox";
}

Expected<RunResult> SandboxLauncher::run(const RunOptions& options) const {
    auto box = start(options);
    if (!box)
        return box.failure();
    return box->wait();
}

Expected<RunningBox> SandboxLauncher::start(const RunOptions& options,
                                            const HandedStreams& streams) const {
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return sandbox::sysFailure("pipe for the sandbox helper");
    UniqueFd outRead(out[0]), outWrite(out[1]);
    if (::pipe2(err, O_CLOEXEC) != 0)
        return sandbox::sysFailure("pipe for the sandbox helper");
    UniqueFd errRead(err[0]), errWrite(err[1]);
    HelperFds fds{outWrite.get(), errWrite.get(), highCopy(streams.stdinFd),
                  highCopy(streams.stdoutFd)};
    if ((streams.stdinFd >= 0 && !fds.handedIn.valid()) ||
        (streams.stdoutFd >= 0 && !fds.handedOut.valid()))
        return sandbox::sysFailure("copy a pipe for the sandbox helper");
    RunOptions handed = options;
    if (fds.handedIn.valid())
        handed.stdinPath = "/dev/fd/" + std::to_string(kHandedStdin);
    if (fds.handedOut.valid())
        handed.stdoutPath = "/dev/fd/" + std::to_string(kHandedStdout);
    auto pid = spawnHelper(m_helperPath, sandbox::toCommandLine(handed), fds);
    if (!pid)
        return pid.failure();
    return RunningBox(m_helperPath, pid.value(), std::move(outRead), std::move(errRead));
}

RunningBox::RunningBox(std::string helperPath, pid_t pid, UniqueFd out, UniqueFd err)
    : m_helperPath(std::move(helperPath)),
      m_pid(pid),
      m_out(std::move(out)),
      m_err(std::move(err)) {}

RunningBox::RunningBox(RunningBox&& other) noexcept
    : m_helperPath(std::move(other.m_helperPath)),
      m_pid(std::exchange(other.m_pid, -1)),
      m_out(std::move(other.m_out)),
      m_err(std::move(other.m_err)) {}

RunningBox::~RunningBox() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        waitFor(m_pid);
    }
}

Expected<RunResult> RunningBox::wait() {
    if (m_pid <= 0)
        return Failure{"wait for the sandbox helper " + m_helperPath, 0, "it was waited for"};
    Capture capture = drain(m_out.get(), m_err.get());
    int status = waitFor(std::exchange(m_pid, -1));
    m_out.reset();
    m_err.reset();
    auto result = parseRunResult(lastLine(capture.out));
    if (result)
        return result;
    std::string how = WIFEXITED(status) ? "exit status " + std::to_string(WEXITSTATUS(status))
                                        : "signal " + std::to_string(WTERMSIG(status));
    return Failure{
        "run the sandbox helper " + m_helperPath, 0,
        "it ended with " + how + " and no result: " + capture.err + result.failure().detail};
}

}  // namespace verdict::launcher
