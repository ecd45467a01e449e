#pragma once

#include <optional>
#include <string>

namespace verdict::bench {

inline constexpr long kDefaultRuns = 500;
inline constexpr long kDefaultLeakCheckRuns = 10000;

// What the command line asked for.
struct Options {
    long runs = kDefaultRuns;                // timed runs of each command
    std::optional<std::string> sandboxPath;  // --sandbox; else found next to our binary
    std::optional<long> leakCheckRuns;       // --leak-check: run the leak check instead
    bool help = false;
};

// Parsed options, or the one line saying what is wrong with the command line.
struct ParsedOptions {
    std::optional<Options> options;
    std::string error;
};

ParsedOptions parseOptions(int argc, char** argv);

std::string usage();

}  // namespace verdict::bench
