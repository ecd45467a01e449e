#pragma once
// Closed-loop load over kept-alive HTTP connections: K threads, each with its own client
// connection, send one request after another for a fixed time; also the CPU the server and
// the benchmark spent meanwhile, to tell which side was the bottleneck.
#include <sys/types.h>

#include <chrono>
#include <functional>
#include <string>

#include "verdict/client/client.h"

namespace verdict::bench {

struct LoadResult {
    long completed = 0;
    long failed = 0;
    std::string firstError;
    double seconds = 0;
    double serverCpuPercent = 0;  // of one core
    double benchCpuPercent = 0;   // of one core
    double perSecond() const { return seconds > 0 ? static_cast<double>(completed) / seconds : 0; }
};

// A request on the given connection; false (with the error's text) when it failed.
using Request = std::function<bool(client::Client&, std::string& error)>;

LoadResult runLoad(const client::ServerAddress& address, const std::string& token, int connections,
                   std::chrono::milliseconds duration, pid_t server, const Request& request);

// CPU time (user + system) a process has used so far, in seconds (ours: pid 0).
double cpuSeconds(pid_t pid);

}  // namespace verdict::bench
