#include "verdict/languages/version.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace verdict::languages {

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kKeptBytes = 64 * 1024;

// The child of one version command: its pid and the read end of its stdout+stderr pipe.
struct Spawned {
    pid_t pid = -1;
    int output = -1;
    std::string error;
};

Spawned spawnCaptured(const std::vector<std::string>& argv) {
    Spawned spawned;
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        spawned.error = std::string("pipe: ") + std::strerror(errno);
        return spawned;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);  // killed as a group
    posix_spawnattr_setpgroup(&attributes, 0);
    std::vector<char*> args;
    for (const auto& argument : argv)
        args.push_back(const_cast<char*>(argument.c_str()));
    args.push_back(nullptr);
    int failed = ::posix_spawnp(&spawned.pid, args[0], &actions, &attributes, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(pipeFds[1]);
    if (failed != 0) {
        ::close(pipeFds[0]);
        spawned.pid = -1;
        spawned.error = "start " + argv.front() + ": " + std::strerror(failed);
        return spawned;
    }
    spawned.output = pipeFds[0];
    return spawned;
}

// Reads until end of output or the deadline; false when the deadline passed first.
bool readUntil(int fd, Clock::time_point deadline, std::string& text) {
    char buffer[4096];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return false;
        pollfd pending{fd, POLLIN, 0};
        int ready = ::poll(&pending, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return false;  // the deadline, or poll failing: either way the child is killed
        ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return true;
        if (text.size() < kKeptBytes)
            text.append(buffer, static_cast<std::size_t>(got));
    }
}

std::string firstLine(const std::string& text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        auto last = line.find_last_not_of(" \t\r");
        auto first = line.find_first_not_of(" \t\r");
        if (first != std::string::npos)
            return line.substr(first, last - first + 1);
        start = end + 1;
    }
    return {};
}

}  // namespace

ToolVersion detectVersion(const Language& language, std::chrono::milliseconds timeout) {
    ToolVersion result;
    result.reason = Catalogue::missingTool(language);
    result.available = result.reason.empty();
    if (!result.available)
        return result;
    if (language.version.empty()) {
        result.reason = "no version command in the catalogue";
        return result;
    }
    Spawned spawned = spawnCaptured(language.version);
    if (spawned.pid < 0) {
        result.reason = spawned.error;
        return result;
    }
    std::string output;
    bool finished = readUntil(spawned.output, Clock::now() + timeout, output);
    ::close(spawned.output);
    if (!finished)
        ::kill(-spawned.pid, SIGKILL);
    int status = 0;
    while (::waitpid(spawned.pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.version = firstLine(output);
    if (!finished)
        result.reason = "the version command did not finish in time";
    else if (result.version.empty())
        result.reason = "the version command printed nothing";
    return result;
}

}  // namespace verdict::languages
