#pragma once
// The verdict-sandbox command line: `run [options] -- PROGRAM [ARG...]` and `check [--json]`.
#include <string>
#include <variant>
#include <vector>

#include "verdict/sandbox/run_options.h"

namespace verdict::sandbox {

struct RunCommand {
    RunOptions options;
};
struct CheckCommand {
    bool json = false;
};
struct HelpCommand {};
// A bad invocation: one line saying what is wrong and what to do.
struct UsageError {
    std::string message;
    bool json = false;
};

using Command = std::variant<RunCommand, CheckCommand, HelpCommand, UsageError>;

Command parseCommandLine(const std::vector<std::string>& args);
// The `run ... --json -- PROGRAM ARGS` arguments that ask the helper for exactly these options
// (the inverse of parseCommandLine): how other programs launch verdict-sandbox.
std::vector<std::string> toCommandLine(const RunOptions& options);
const char* usageText();

}  // namespace verdict::sandbox
