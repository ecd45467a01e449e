#pragma once
// Entry points of the sandbox library: run one program in a box, or report what the host allows.
#include <string>

#include "verdict/sandbox/run_options.h"
#include "verdict/sandbox/run_result.h"

namespace verdict::sandbox {

// Runs the program isolated and measured. Never throws; our own failures come back as
// Status::SandboxError with the failing step.
RunResult runSandboxed(const RunOptions& options);

// What this host allows: cgroup layout and delegation, user namespaces, seccomp, and what a run
// here would have to degrade. Text for people, or one JSON object.
std::string describeHost(bool json);

}  // namespace verdict::sandbox
