#pragma once

#include <optional>
#include <string>
#include <vector>

namespace verdict::bench {

// Which tool a timed command stands for; the ratios compare kinds.
enum class CommandKind { kBare, kUnshare, kBubblewrap, kVerdict };

// One command line to time, and the name the table shows for it.
struct Command {
    CommandKind kind;
    std::string name;
    std::vector<std::string> argv;  // argv[0] is an absolute path
};

// The first executable `program` in $PATH (or /usr/local/bin:/usr/bin:/bin without one).
std::optional<std::string> findInPath(const std::string& program);

// `given` when it is executable; without it, verdict-sandbox next to this benchmark's binary.
std::optional<std::string> findSandbox(const std::optional<std::string>& given);

// bare /bin/true, unshare, and bubblewrap: those whose tool is installed.
std::vector<Command> baselineCommands();

// `verdict-sandbox run -- /bin/true`.
Command verdictCommand(const std::string& sandboxPath);

// The table's name for a kind ("bare", "unshare", "bwrap", "verdict").
const char* shortName(CommandKind kind);

}  // namespace verdict::bench
