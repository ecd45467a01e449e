#include "ingest.h"

#include <cstdio>

#include "bench_server.h"
#include "load.h"
#include "problems.h"

namespace verdict::bench {

namespace {

void printRow(const char* what, int connections, const LoadResult& load, double baseline) {
    std::printf("%-10s K=%-3d %9.0f /s  ratio %5.2f  server cpu %4.0f%%  bench cpu %4.0f%%", what,
                connections, load.perSecond(), baseline > 0 ? load.perSecond() / baseline : 0,
                load.serverCpuPercent, load.benchCpuPercent);
    if (load.failed > 0)
        std::printf("  %ld failed (%s)", load.failed, load.firstError.c_str());
    std::printf("\n");
}

}  // namespace

void measureIngest(const std::vector<int>& connections, std::chrono::milliseconds duration) {
    BenchServer server(0);
    std::int64_t problem = server.addProblem(helloProblemZip(), "hello");
    std::string token = server.addUser("ingest")->token();
    std::printf("== ingest: submissions/s into the queue (--workers 0), %lld ms per figure\n",
                static_cast<long long>(duration.count()));
    Request health = [](client::Client& api, std::string& error) {
        auto reply = api.get("/api/v1/health");
        error = reply ? "" : reply.error.describe();
        return static_cast<bool>(reply);
    };
    Request submit = [problem](client::Client& api, std::string& error) {
        auto reply = api.submit(problem, "python3", kHelloPython);
        error = reply ? "" : reply.error.describe();
        return static_cast<bool>(reply);
    };
    for (int k : connections) {
        LoadResult baseline = runLoad(server.address(), token, k, duration, server.pid(), health);
        LoadResult ingest = runLoad(server.address(), token, k, duration, server.pid(), submit);
        printRow("health", k, baseline, baseline.perSecond());
        printRow("submit", k, ingest, baseline.perSecond());
        std::printf("           target >= 5000/s: %s\n",
                    ingest.perSecond() >= 5000 ? "PASS" : "MISS");
        std::fflush(stdout);
    }
}

}  // namespace verdict::bench
