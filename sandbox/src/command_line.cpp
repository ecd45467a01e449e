// RunOptions back to the helper's command line, for programs that launch verdict-sandbox.
#include <cstdio>

#include "verdict/sandbox/cli.h"

namespace verdict::sandbox {

namespace {

constexpr std::uint64_t kMiB = 1ull << 20;

std::string seconds(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

// Limits in MiB are whole numbers on the command line: round up, never loosen a limit.
std::string mebibytes(std::uint64_t bytes) {
    return std::to_string((bytes + kMiB - 1) / kMiB);
}

void addLimits(const Limits& limits, std::vector<std::string>& args) {
    if (limits.cpuSeconds)
        args.insert(args.end(), {"--time", seconds(*limits.cpuSeconds)});
    if (limits.wallSeconds)
        args.insert(args.end(), {"--wall", seconds(*limits.wallSeconds)});
    if (limits.memoryBytes)
        args.insert(args.end(), {"--memory", mebibytes(*limits.memoryBytes)});
    args.insert(args.end(), {"--processes", std::to_string(limits.processes)});
    args.insert(args.end(), {"--output", mebibytes(limits.outputBytes)});
    if (limits.addressSpaceGraceBytes != 0) {
        args.insert(args.end(), {"--as-grace", mebibytes(limits.addressSpaceGraceBytes)});
    }
    if (limits.fileSizeFloorBytes != 0) {
        args.insert(args.end(), {"--file-size-floor", mebibytes(limits.fileSizeFloorBytes)});
    }
}

void addPath(const char* option, const std::optional<std::string>& path,
             std::vector<std::string>& args) {
    if (path)
        args.insert(args.end(), {option, *path});
}

}  // namespace

std::vector<std::string> toCommandLine(const RunOptions& options) {
    std::vector<std::string> args = {"run"};
    addLimits(options.limits, args);
    addPath("--stdin", options.stdinPath, args);
    addPath("--stdout", options.stdoutPath, args);
    addPath("--stderr", options.stderrPath, args);
    addPath("--workdir", options.workdir, args);
    if (options.readonlyWorkdir)
        args.push_back("--readonly-workdir");
    if (options.ignoreSigpipe)
        args.push_back("--ignore-sigpipe");
    for (const auto& bind : options.binds) {
        args.insert(args.end(), {"--bind", bind.source + ":" + bind.destination +
                                               (bind.writable ? ":rw" : ":ro")});
    }
    for (const auto& entry : options.environment)
        args.insert(args.end(), {"--env", entry});
    args.insert(args.end(), {"--json", "--", options.program});
    args.insert(args.end(), options.arguments.begin(), options.arguments.end());
    return args;
}

}  // namespace verdict::sandbox
