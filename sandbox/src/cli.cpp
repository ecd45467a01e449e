#include "verdict/sandbox/cli.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

namespace verdict::sandbox {

namespace {

constexpr double kMaxSeconds = 86400.0;
constexpr std::uint64_t kMiB = 1ull << 20;

std::optional<double> parseSeconds(const std::string& text) {
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(value) || value <= 0 ||
        value > kMaxSeconds) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::uint64_t> parseWhole(const std::string& text, std::uint64_t low,
                                        std::uint64_t high) {
    std::uint64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) {
        return std::nullopt;
    }
    return value;
}

std::optional<BindMount> parseBind(const std::string& text) {
    BindMount bind;
    std::string rest = text;
    if (rest.size() > 3 && rest.compare(rest.size() - 3, 3, ":rw") == 0) {
        bind.writable = true;
        rest.resize(rest.size() - 3);
    } else if (rest.size() > 3 && rest.compare(rest.size() - 3, 3, ":ro") == 0) {
        rest.resize(rest.size() - 3);
    }
    auto colon = rest.find(':');
    bind.source = rest.substr(0, colon);
    bind.destination = colon == std::string::npos ? bind.source : rest.substr(colon + 1);
    if (bind.source.empty() || bind.source[0] != '/' || bind.destination.empty() ||
        bind.destination[0] != '/' || bind.destination.find("..") != std::string::npos) {
        return std::nullopt;
    }
    return bind;
}

bool validEnvironment(const std::string& text) {
    auto equals = text.find('=');
    return equals != std::string::npos && equals > 0 &&
           text.find_first_of("\n") == std::string::npos;
}

// Each option that takes a value: applies it, or returns what is wrong with it.
using OptionError = std::optional<std::string>;
using OptionHandler = OptionError (*)(RunOptions&, const std::string&);

OptionError setTime(RunOptions& o, const std::string& v) {
    o.limits.cpuSeconds = parseSeconds(v);
    if (!o.limits.cpuSeconds)
        return "--time takes seconds above 0 and up to 86400";
    return std::nullopt;
}

OptionError setWall(RunOptions& o, const std::string& v) {
    o.limits.wallSeconds = parseSeconds(v);
    if (!o.limits.wallSeconds)
        return "--wall takes seconds above 0 and up to 86400";
    return std::nullopt;
}

OptionError setMemory(RunOptions& o, const std::string& v) {
    auto mib = parseWhole(v, 4, 1u << 20);
    if (!mib)
        return "--memory takes whole MiB from 4 to 1048576 (a box cannot start in less)";
    o.limits.memoryBytes = *mib * kMiB;
    return std::nullopt;
}

OptionError setProcesses(RunOptions& o, const std::string& v) {
    auto count = parseWhole(v, 1, 65536);
    if (!count)
        return "--processes takes a whole number from 1 to 65536";
    o.limits.processes = static_cast<std::uint32_t>(*count);
    return std::nullopt;
}

// A size option in whole MiB (0 to 1 TiB) into `bytes`.
OptionError setMebibytes(std::uint64_t& bytes, const std::string& v, const char* option) {
    auto mib = parseWhole(v, 0, 1u << 20);
    if (!mib)
        return std::string(option) + " takes whole MiB from 0 to 1048576";
    bytes = *mib * kMiB;
    return std::nullopt;
}

OptionError setOutput(RunOptions& o, const std::string& v) {
    return setMebibytes(o.limits.outputBytes, v, "--output");
}

OptionError setAddressSpaceGrace(RunOptions& o, const std::string& v) {
    return setMebibytes(o.limits.addressSpaceGraceBytes, v, "--as-grace");
}

OptionError setFileSizeFloor(RunOptions& o, const std::string& v) {
    return setMebibytes(o.limits.fileSizeFloorBytes, v, "--file-size-floor");
}

template <std::optional<std::string> RunOptions::*path>
OptionError setPath(RunOptions& o, const std::string& v) {
    o.*path = v;
    return std::nullopt;
}

OptionError addBind(RunOptions& o, const std::string& v) {
    auto bind = parseBind(v);
    if (!bind)
        return "--bind takes SRC[:DST][:rw] with absolute paths and no '..'";
    o.binds.push_back(*bind);
    return std::nullopt;
}

OptionError addEnvironment(RunOptions& o, const std::string& v) {
    if (!validEnvironment(v))
        return "--env takes NAME=VALUE";
    o.environment.push_back(v);
    return std::nullopt;
}

const std::map<std::string, OptionHandler>& runOptionHandlers() {
    static const std::map<std::string, OptionHandler> handlers = {
        {"--time", setTime},
        {"--wall", setWall},
        {"--memory", setMemory},
        {"--processes", setProcesses},
        {"--output", setOutput},
        {"--as-grace", setAddressSpaceGrace},
        {"--file-size-floor", setFileSizeFloor},
        {"--stdin", setPath<&RunOptions::stdinPath>},
        {"--stdout", setPath<&RunOptions::stdoutPath>},
        {"--stderr", setPath<&RunOptions::stderrPath>},
        {"--workdir", setPath<&RunOptions::workdir>},
        {"--bind", addBind},
        {"--env", addEnvironment},
    };
    return handlers;
}

bool wantsJson(const std::vector<std::string>& args) {
    for (const auto& arg : args) {
        if (arg == "--")
            break;
        if (arg == "--json")
            return true;
    }
    return false;
}

Command parseRun(const std::vector<std::string>& args) {
    RunCommand command;
    RunOptions& options = command.options;
    bool json = wantsJson(args);
    std::size_t i = 1;
    for (; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") {
            ++i;
            break;
        }
        if (arg == "--json") {
            options.json = true;
        } else if (arg == "--readonly-workdir") {
            options.readonlyWorkdir = true;
        } else if (arg == "--ignore-sigpipe") {
            options.ignoreSigpipe = true;
        } else if (auto handler = runOptionHandlers().find(arg);
                   handler != runOptionHandlers().end()) {
            if (i + 1 >= args.size()) {
                return UsageError{arg + " needs a value; see verdict-sandbox --help", json};
            }
            if (auto error = handler->second(options, args[++i])) {
                return UsageError{*error + ", got '" + args[i] + "'", json};
            }
        } else {
            return UsageError{"unknown option '" + arg + "'; see verdict-sandbox --help", json};
        }
    }
    if (i >= args.size() || args[i].empty()) {
        return UsageError{"no program given: put it after '--', e.g. run -- /bin/true", json};
    }
    options.program = args[i];
    options.arguments.assign(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
    if (options.readonlyWorkdir && !options.workdir) {
        return UsageError{"--readonly-workdir needs --workdir DIR", json};
    }
    if (!options.limits.wallSeconds && options.limits.cpuSeconds) {
        options.limits.wallSeconds = defaultWallSeconds(*options.limits.cpuSeconds);
    }
    return command;
}

}  // namespace

double defaultWallSeconds(double cpuSeconds) {
    return 2 * cpuSeconds + 1;
}

Command parseCommandLine(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        return HelpCommand{};
    }
    if (args[0] == "run") {
        return parseRun(args);
    }
    if (args[0] == "check") {
        CheckCommand check;
        for (std::size_t i = 1; i < args.size(); ++i) {
            if (args[i] != "--json") {
                return UsageError{"check takes only --json, got '" + args[i] + "'", false};
            }
            check.json = true;
        }
        return check;
    }
    return UsageError{"unknown command '" + args[0] + "': use 'run' or 'check' (see --help)",
                      wantsJson(args)};
}

const char* usageText() {
    return R"(usage:
  verdict-sandbox run [--time SEC] [--wall SEC] [--memory MIB] [--processes N] [--output MIB]
                      [--as-grace MIB] [--file-size-floor MIB] [--stdin FILE] [--stdout FILE]
                      [--stderr FILE] [--workdir DIR]
                      [--readonly-workdir] [--ignore-sigpipe] [--bind SRC[:DST][:rw]]...
                      [--env NAME=VALUE]...
                      [--json] -- PROGRAM [ARG...]
  verdict-sandbox check [--json]

Runs one untrusted program isolated by namespaces, cgroups, seccomp and rlimits.
Exit status: 0 when the program ran (whatever it did), 2 when the sandbox failed.
See sandbox/README.md for the result format.
)";
}

}  // namespace verdict::sandbox
