#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace verdict::bench {

// Where a child's stderr goes: to ours (to see why a command fails) or to /dev/null.
enum class ChildStderr { kInherit, kDiscard };

// How one spawned command ended, and its wall time from posix_spawn to waitpid.
struct SpawnOutcome {
    int spawnError = 0;  // errno of posix_spawn; 0 when the child started
    int waitStatus = 0;  // waitpid's status when the child started
    std::chrono::nanoseconds elapsed{0};

    bool succeeded() const;
};

// Starts argv[0] (an absolute path) with stdin and stdout on /dev/null and waits for it.
SpawnOutcome spawnAndWait(const std::vector<std::string>& argv, ChildStderr stderrMode);

// "exit 1", "signal 9 (Killed)" or "cannot start: No such file or directory".
std::string describe(const SpawnOutcome& outcome);

}  // namespace verdict::bench
