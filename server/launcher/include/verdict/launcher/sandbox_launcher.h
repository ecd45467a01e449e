#pragma once
// Runs one program in the sandbox by launching the verdict-sandbox helper: the server and the
// command line are multi-threaded, so namespaces, cgroups and seccomp live in that small
// single-threaded process, and this side only passes options and reads the JSON result.
#include <string>
#include <string_view>

#include "verdict/sandbox/failure.h"
#include "verdict/sandbox/run_options.h"
#include "verdict/sandbox/run_result.h"

namespace verdict::launcher {

using sandbox::Expected;
using sandbox::RunOptions;
using sandbox::RunResult;

class SandboxLauncher {
  public:
    explicit SandboxLauncher(std::string helperPath);

    // $VERDICT_SANDBOX when set, else verdict-sandbox next to the running executable.
    static std::string defaultHelperPath();

    // Blocks until the box has finished. A failure here means the helper could not be run or
    // gave no readable result; the sandbox's own failures come back as Status::SandboxError.
    // Safe to call from several threads at once.
    Expected<RunResult> run(const RunOptions& options) const;

    const std::string& helperPath() const { return m_helperPath; }

  private:
    std::string m_helperPath;
};

// The helper's --json result (its last line of output).
Expected<RunResult> parseRunResult(std::string_view json);

}  // namespace verdict::launcher
