#include "fanout.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <thread>

#include "bench_server.h"
#include "load.h"
#include "problems.h"
#include "sandbox_overhead/statistics.h"
#include "subscriber_swarm.h"

namespace verdict::bench {

namespace {

using Clock = SubscriberSwarm::Clock;

// One rejudge: the delivery latency of its "queued" event to every subscriber, in ms.
std::vector<double> deliverOnce(client::Client& admin, std::int64_t submission,
                                SubscriberSwarm& swarm, int subscribers, int round) {
    auto sent = Clock::now();
    auto reply = admin.post("/api/v1/submissions/" + std::to_string(submission) + "/rejudge",
                            nlohmann::json::object());
    if (!reply)
        throw std::runtime_error("rejudge: " + reply.error.describe());
    if (!swarm.waitForQueued(subscribers * round, std::chrono::seconds(60)))
        throw std::runtime_error("not every subscriber got the rejudge's event");
    std::vector<double> latencies;
    for (auto received : swarm.lastQueuedTimes())
        latencies.push_back(std::chrono::duration<double, std::milli>(received - sent).count());
    std::sort(latencies.begin(), latencies.end());
    return latencies;
}

void measureOne(int subscribers, int rounds) {
    BenchServer server(0);
    std::int64_t problem = server.addProblem(helloProblemZip(), "hello");
    auto user = server.addUser("fan");
    auto id = user->submit(problem, "python3", kHelloPython);
    if (!id)
        throw std::runtime_error("submit: " + id.error.describe());
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    long before = residentKib(server.pid());
    SubscriberSwarm swarm(server.address(), user->token(), *id.value, 1);
    auto opening = Clock::now();
    if (!swarm.open(subscribers, std::chrono::seconds(180)))
        throw std::runtime_error(std::to_string(swarm.subscribed()) + " of " +
                                 std::to_string(subscribers) + " subscribed; " +
                                 std::to_string(swarm.failed()) + " failed (" + swarm.firstError() +
                                 ")");
    double openSeconds = std::chrono::duration<double>(Clock::now() - opening).count();
    std::this_thread::sleep_for(std::chrono::seconds(1));
    long after = residentKib(server.pid());
    double perConnection = static_cast<double>(after - before) / subscribers;
    std::printf(
        "N=%-6d opened in %.1f s; server RSS %ld → %ld KiB: %.1f KiB per idle "
        "connection (target <= 32: %s)\n",
        subscribers, openSeconds, before, after, perConnection,
        perConnection <= 32 ? "PASS" : "MISS");
    std::vector<double> all;
    for (int round = 1; round <= rounds; ++round) {
        double serverCpu = cpuSeconds(server.pid()), benchCpu = cpuSeconds(0);
        auto latencies = deliverOnce(server.admin(), *id.value, swarm, subscribers, round);
        serverCpu = cpuSeconds(server.pid()) - serverCpu;
        benchCpu = cpuSeconds(0) - benchCpu;
        std::printf(
            "  rejudge %d: min %5.1f  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms; cpu: "
            "server %3.0f ms, subscribers %3.0f ms\n",
            round, latencies.front(), percentile(latencies, 0.5), percentile(latencies, 0.99),
            latencies.back(), 1000 * serverCpu, 1000 * benchCpu);
        all.insert(all.end(), latencies.begin(), latencies.end());
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
    std::sort(all.begin(), all.end());
    double p99 = percentile(all, 0.99);
    std::printf("  all %d rejudges: p50 %.1f ms  p99 %.1f ms (target <= 50: %s)\n", rounds,
                percentile(all, 0.5), p99, p99 <= 50 ? "PASS" : "MISS");
    std::fflush(stdout);
}

}  // namespace

void measureFanout(const std::vector<int>& subscriberCounts, int rounds) {
    std::printf("== fan-out: one submission, N WebSocket subscribers, admin rejudges\n");
    for (int subscribers : subscriberCounts)
        measureOne(subscribers, rounds);
}

}  // namespace verdict::bench
