#include "latency.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "bench_server.h"
#include "package_builder.h"
#include "problems.h"
#include "sandbox_overhead/spawn.h"
#include "sandbox_overhead/statistics.h"
#include "verdict/client/event_stream.h"

namespace verdict::bench {

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point begin) {
    return std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
}

struct Judged {
    double accepted = 0;  // submit sent → 202
    double done = 0;      // submit sent → "done" event
};

Judged judgeOnce(BenchServer& server, client::Client& user, std::int64_t problem) {
    auto begin = Clock::now();
    auto id = user.submit(problem, "python3", kHelloPython);
    if (!id)
        throw std::runtime_error("submit: " + id.error.describe());
    Judged judged{millisecondsSince(begin), 0};
    client::EventStream stream(server.address(), user.token());
    auto done = stream.follow(client::Target::Submission, *id.value, nullptr);
    if (!done)
        throw std::runtime_error("following the submission: " + done.error.describe());
    judged.done = millisecondsSince(begin);
    if (done.value->value("verdict", "") != "AC")
        throw std::runtime_error("hello world was judged " + done.value->dump());
    return judged;
}

std::vector<double> bareRuns(int count) {
    packages::testing::ScratchDirectory scratch;
    auto script = scratch.path() / "hello.py";
    std::ofstream(script) << kHelloPython;
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        auto outcome = spawnAndWait({"/usr/bin/python3", script.string()}, ChildStderr::kInherit);
        if (!outcome.succeeded())
            throw std::runtime_error("python3 hello.py: " + describe(outcome));
        times.push_back(std::chrono::duration<double, std::milli>(outcome.elapsed).count());
    }
    return times;
}

void printSummary(const char* what, std::vector<double> values) {
    std::sort(values.begin(), values.end());
    std::printf("%-26s p50 %7.1f ms  p99 %7.1f ms  min %7.1f  max %7.1f\n", what,
                percentile(values, 0.5), percentile(values, 0.99), values.front(), values.back());
}

}  // namespace

void measureLatency(int submissions) {
    BenchServer server(1);
    std::int64_t problem = server.addProblem(helloProblemZip(), "hello");
    auto user = server.addUser("latency");
    std::printf("== latency: python3 hello world, submit → \"done\" event, %d in a row\n",
                submissions);
    for (int i = 0; i < 3; ++i)
        judgeOnce(server, *user, problem);  // warm-up: first compile, caches
    std::vector<double> accepted, done;
    for (int i = 0; i < submissions; ++i) {
        Judged judged = judgeOnce(server, *user, problem);
        accepted.push_back(judged.accepted);
        done.push_back(judged.done);
    }
    std::vector<double> bare = bareRuns(submissions);
    printSummary("submit → 202", accepted);
    printSummary("submit → done", done);
    printSummary("bare python3 hello.py", bare);
    std::sort(done.begin(), done.end());
    std::sort(bare.begin(), bare.end());
    double p50 = percentile(done, 0.5), p99 = percentile(done, 0.99);
    std::printf(
        "p50 %.1f ms (target <= 150: %s), p99 %.1f ms (target <= 400: %s); "
        "judged/bare p50 %.1fx\n",
        p50, p50 <= 150 ? "PASS" : "MISS", p99, p99 <= 400 ? "PASS" : "MISS",
        p50 / percentile(bare, 0.5));
    std::fflush(stdout);
}

}  // namespace verdict::bench
