#include "sandbox_overhead/options.h"

#include <charconv>
#include <vector>

namespace verdict::bench {

namespace {

constexpr long kMaxRuns = 10'000'000;

std::optional<long> parseCount(const std::string& text) {
    long value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > kMaxRuns) {
        return std::nullopt;
    }
    return value;
}

ParsedOptions failure(std::string error) {
    return ParsedOptions{std::nullopt, std::move(error)};
}

}  // namespace

ParsedOptions parseOptions(int argc, char** argv) {
    std::vector<std::string> arguments(argv + 1, argv + argc);
    Options options;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& option = arguments[i];
        bool hasValue = i + 1 < arguments.size();
        if (option == "--help" || option == "-h") {
            options.help = true;
        } else if (option == "--runs") {
            auto runs = hasValue ? parseCount(arguments[++i]) : std::nullopt;
            if (!runs) {
                return failure("--runs takes a whole number from 1 to 10000000");
            }
            options.runs = *runs;
        } else if (option == "--sandbox") {
            if (!hasValue) {
                return failure("--sandbox takes the path of verdict-sandbox");
            }
            options.sandboxPath = arguments[++i];
        } else if (option == "--leak-check") {
            // The count is optional: a following number is taken, anything else is left alone.
            auto runs = hasValue ? parseCount(arguments[i + 1]) : std::nullopt;
            if (runs) {
                ++i;
            }
            options.leakCheckRuns = runs.value_or(kDefaultLeakCheckRuns);
        } else {
            return failure("unknown option '" + option + "' (try --help)");
        }
    }
    return ParsedOptions{options, {}};
}

std::string usage() {
    return "usage: sandbox_overhead [--runs N] [--sandbox PATH]\n"
           "       sandbox_overhead --leak-check [N] [--sandbox PATH]\n"
           "\n"
           "Times N runs (default 500) of /bin/true bare, under unshare, under bwrap (when\n"
           "installed) and under verdict-sandbox, interleaved round-robin, and prints the\n"
           "median and p90 wall times and the ratios. Target: verdict/unshare <= 1.25\n"
           "(informational; the exit status is 0 either way).\n"
           "\n"
           "--leak-check runs verdict-sandbox N times (default 10000) in a row, then reports\n"
           "box cgroups, mounts, processes and /run/verdict-sandbox files left behind; exit\n"
           "status 1 when anything leaked or a run failed.\n"
           "\n"
           "verdict-sandbox is --sandbox PATH, else the one next to this program.\n";
}

}  // namespace verdict::bench
