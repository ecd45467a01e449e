#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "sandbox_overhead/commands.h"

namespace verdict::bench {

// One command's wall times (milliseconds) over the interleaved rounds, and its failed runs.
struct Timings {
    Command command;
    std::vector<double> millis;
    std::size_t failures = 0;
    std::string firstFailure;
};

// Runs each command once; keeps those that succeed, and shows why the others fail.
std::vector<Command> workingCommands(const std::vector<Command>& commands, std::ostream& log);

// `runs` rounds; each round runs every command once, starting one further along each round,
// so that whatever else the machine does hits every command alike.
std::vector<Timings> measureRoundRobin(const std::vector<Command>& commands, long runs);

// The whole benchmark: checks, warms up, measures and prints. Returns the exit status: 0 when
// verdict-sandbox was measured (whatever the ratio), 1 when it could not be.
int runOverheadBenchmark(const std::string& sandboxPath, long runs, std::ostream& out);

}  // namespace verdict::bench
