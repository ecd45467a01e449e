#include "sandbox_overhead/overhead.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ostream>

#include "sandbox_overhead/report.h"
#include "sandbox_overhead/spawn.h"

namespace verdict::bench {

namespace {

// Rounds run and thrown away first: page cache, dynamic loader and CPU caches settle.
constexpr long kWarmupRounds = 10;

double toMillis(std::chrono::nanoseconds elapsed) {
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

void record(Timings& timings, const SpawnOutcome& outcome) {
    if (outcome.succeeded()) {
        timings.millis.push_back(toMillis(outcome.elapsed));
        return;
    }
    if (timings.failures++ == 0) {
        timings.firstFailure = describe(outcome);
    }
}

bool hasKind(const std::vector<Command>& commands, CommandKind kind) {
    return std::any_of(commands.begin(), commands.end(),
                       [kind](const Command& command) { return command.kind == kind; });
}

void printHeader(long runs, std::ostream& out) {
    out << "sandbox_overhead: " << runs << " runs of each command, interleaved round-robin, "
        << sysconf(_SC_NPROCESSORS_ONLN) << " CPUs, running as "
        << (geteuid() == 0 ? "root" : "uid " + std::to_string(geteuid())) << "\n\n";
}

}  // namespace

std::vector<Command> workingCommands(const std::vector<Command>& commands, std::ostream& log) {
    std::vector<Command> working;
    for (const Command& command : commands) {
        if (spawnAndWait(command.argv, ChildStderr::kDiscard).succeeded()) {
            working.push_back(command);
            continue;
        }
        // Once more with its stderr shown, so that it says why it fails.
        log << "not measured: " << command.name << ":\n" << std::flush;
        log << "  (" << describe(spawnAndWait(command.argv, ChildStderr::kInherit)) << ")\n";
    }
    return working;
}

std::vector<Timings> measureRoundRobin(const std::vector<Command>& commands, long runs) {
    std::vector<Timings> timings;
    for (const Command& command : commands) {
        timings.push_back(Timings{command, {}, 0, {}});
        timings.back().millis.reserve(static_cast<std::size_t>(runs));
    }
    std::size_t count = timings.size();
    for (std::size_t round = 0; round < static_cast<std::size_t>(runs); ++round) {
        for (std::size_t step = 0; step < count; ++step) {
            Timings& current = timings[(round + step) % count];
            record(current, spawnAndWait(current.command.argv, ChildStderr::kDiscard));
        }
    }
    return timings;
}

int runOverheadBenchmark(const std::string& sandboxPath, long runs, std::ostream& out) {
    std::vector<Command> candidates = baselineCommands();
    candidates.push_back(verdictCommand(sandboxPath));
    std::vector<Command> commands = workingCommands(candidates, out);

    measureRoundRobin(commands, kWarmupRounds);
    printHeader(runs, out);
    std::vector<Timings> timings = measureRoundRobin(commands, runs);
    printTable(timings, out);
    printRatios(timings, out);
    return hasKind(commands, CommandKind::kVerdict) ? 0 : 1;
}

}  // namespace verdict::bench
