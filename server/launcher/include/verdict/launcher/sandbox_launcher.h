#pragma once
// Runs one program in the sandbox by launching the verdict-sandbox helper: the server and the
// command line are multi-threaded, so namespaces, cgroups and seccomp live in that small
// single-threaded process, and this side only passes options and reads the JSON result.
#include <sys/types.h>

#include <string>
#include <string_view>

#include "verdict/sandbox/failure.h"
#include "verdict/sandbox/run_options.h"
#include "verdict/sandbox/run_result.h"
#include "verdict/sandbox/unique_fd.h"

namespace verdict::launcher {

using sandbox::Expected;
using sandbox::RunOptions;
using sandbox::RunResult;

// Pipes handed to the boxed program as its stdin and stdout (an interactive validator's ends);
// -1 keeps what the options say. The helper gets copies; the caller still closes its own.
struct HandedStreams {
    int stdinFd = -1;
    int stdoutFd = -1;
};

// One helper started and not yet waited for. Dropping it unwaited kills the helper (and with
// it the box) and reaps it.
class RunningBox {
  public:
    RunningBox(std::string helperPath, pid_t pid, sandbox::UniqueFd out, sandbox::UniqueFd err);
    RunningBox(RunningBox&& other) noexcept;
    RunningBox& operator=(RunningBox&&) = delete;
    ~RunningBox();
    // Blocks until the helper has finished; then the same as SandboxLauncher::run.
    Expected<RunResult> wait();
    pid_t pid() const { return m_pid; }  // the helper's, until waited for

  private:
    std::string m_helperPath;
    pid_t m_pid = -1;
    sandbox::UniqueFd m_out, m_err;
};

class SandboxLauncher {
  public:
    explicit SandboxLauncher(std::string helperPath);

    // $VERDICT_SANDBOX when set, else verdict-sandbox next to the running executable.
    static std::string defaultHelperPath();

    // Blocks until the box has finished. A failure here means the helper could not be run or
    // gave no readable result; the sandbox's own failures come back as Status::SandboxError.
    // Safe to call from several threads at once.
    Expected<RunResult> run(const RunOptions& options) const;
    // Starts the helper and returns at once; `streams` are handed to the program.
    Expected<RunningBox> start(const RunOptions& options, const HandedStreams& streams = {}) const;

    const std::string& helperPath() const { return m_helperPath; }

  private:
    std::string m_helperPath;
};

// The helper's --json result (its last line of output).
Expected<RunResult> parseRunResult(std::string_view json);

}  // namespace verdict::launcher
