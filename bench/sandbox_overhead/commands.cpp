#include "sandbox_overhead/commands.h"

#include <unistd.h>

#include <cstdlib>
#include <sstream>

#include "sandbox_overhead/text_file.h"

namespace verdict::bench {

namespace {

constexpr const char* kTrue = "/bin/true";
constexpr const char* kDefaultPath = "/usr/local/bin:/usr/bin:/bin";

bool isExecutable(const std::string& path) {
    return !path.empty() && access(path.c_str(), X_OK) == 0;
}

std::string directoryOf(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

std::optional<Command> unshareCommand() {
    auto unshare = findInPath("unshare");
    if (!unshare) {
        return std::nullopt;
    }
    return Command{CommandKind::kUnshare,
                   "unshare -p -f -n -m -i -u --mount-proc",
                   {*unshare, "-p", "-f", "-n", "-m", "-i", "-u", "--mount-proc", kTrue}};
}

std::optional<Command> bubblewrapCommand() {
    auto bwrap = findInPath("bwrap");
    if (!bwrap) {
        return std::nullopt;
    }
    return Command{CommandKind::kBubblewrap,
                   "bwrap --unshare-all --die-with-parent ...",
                   {*bwrap,
                    "--unshare-all",
                    "--die-with-parent",
                    "--ro-bind",
                    "/usr",
                    "/usr",
                    "--symlink",
                    "usr/lib",
                    "/lib",
                    "--symlink",
                    "usr/lib64",
                    "/lib64",
                    "--symlink",
                    "usr/bin",
                    "/bin",
                    "--proc",
                    "/proc",
                    "--dev",
                    "/dev",
                    kTrue}};
}

}  // namespace

std::optional<std::string> findInPath(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::istringstream directories(path != nullptr && *path != '\0' ? path : kDefaultPath);
    for (std::string directory; std::getline(directories, directory, ':');) {
        std::string candidate = (directory.empty() ? "." : directory) + "/" + program;
        if (isExecutable(candidate)) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::optional<std::string> findSandbox(const std::optional<std::string>& given) {
    if (given) {
        return isExecutable(*given) ? given : std::nullopt;
    }
    std::string nextToUs = directoryOf(readLinkText("/proc/self/exe")) + "/verdict-sandbox";
    if (isExecutable(nextToUs)) {
        return nextToUs;
    }
    return std::nullopt;
}

std::vector<Command> baselineCommands() {
    std::vector<Command> commands{{CommandKind::kBare, "bare /bin/true", {kTrue}}};
    if (auto unshare = unshareCommand()) {
        commands.push_back(*unshare);
    }
    if (auto bubblewrap = bubblewrapCommand()) {
        commands.push_back(*bubblewrap);
    }
    return commands;
}

Command verdictCommand(const std::string& sandboxPath) {
    return Command{CommandKind::kVerdict, "verdict-sandbox run", {sandboxPath, "run", "--", kTrue}};
}

const char* shortName(CommandKind kind) {
    switch (kind) {
        case CommandKind::kBare:
            return "bare";
        case CommandKind::kUnshare:
            return "unshare";
        case CommandKind::kBubblewrap:
            return "bwrap";
        case CommandKind::kVerdict:
            return "verdict";
    }
    return "?";
}

}  // namespace verdict::bench
