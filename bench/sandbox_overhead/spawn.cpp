#include "sandbox_overhead/spawn.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace verdict::bench {

namespace {

// posix_spawn's file actions for one child, released when it goes out of scope.
class FileActions {
  public:
    explicit FileActions(ChildStderr stderrMode) {
        posix_spawn_file_actions_init(&m_actions);
        posix_spawn_file_actions_addopen(&m_actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&m_actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        if (stderrMode == ChildStderr::kDiscard) {
            posix_spawn_file_actions_addopen(&m_actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        }
    }
    ~FileActions() { posix_spawn_file_actions_destroy(&m_actions); }
    FileActions(const FileActions&) = delete;
    FileActions& operator=(const FileActions&) = delete;

    const posix_spawn_file_actions_t* get() const { return &m_actions; }

  private:
    posix_spawn_file_actions_t m_actions{};
};

// posix_spawn wants mutable, null-terminated C strings; they point into `storage`.
std::vector<char*> cArguments(std::vector<std::string>& storage) {
    std::vector<char*> pointers;
    pointers.reserve(storage.size() + 1);
    for (auto& argument : storage) {
        pointers.push_back(argument.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

int waitFor(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

}  // namespace

bool SpawnOutcome::succeeded() const {
    return spawnError == 0 && WIFEXITED(waitStatus) && WEXITSTATUS(waitStatus) == 0;
}

SpawnOutcome spawnAndWait(const std::vector<std::string>& argv, ChildStderr stderrMode) {
    // Everything that allocates happens before the clock starts.
    std::vector<std::string> storage = argv;
    std::vector<char*> arguments = cArguments(storage);
    FileActions actions(stderrMode);

    SpawnOutcome outcome;
    auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    outcome.spawnError =
        posix_spawn(&pid, arguments[0], actions.get(), nullptr, arguments.data(), environ);
    if (outcome.spawnError == 0) {
        outcome.waitStatus = waitFor(pid);
    }
    outcome.elapsed = std::chrono::steady_clock::now() - start;
    return outcome;
}

std::string describe(const SpawnOutcome& outcome) {
    if (outcome.spawnError != 0) {
        return std::string("cannot start: ") + std::strerror(outcome.spawnError);
    }
    if (WIFEXITED(outcome.waitStatus)) {
        return "exit " + std::to_string(WEXITSTATUS(outcome.waitStatus));
    }
    if (WIFSIGNALED(outcome.waitStatus)) {
        int signal = WTERMSIG(outcome.waitStatus);
        return "signal " + std::to_string(signal) + " (" + strsignal(signal) + ")";
    }
    return "wait status " + std::to_string(outcome.waitStatus);
}

}  // namespace verdict::bench
