#include "throughput.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "bench_server.h"
#include "package_builder.h"
#include "problems.h"
#include "sandbox_overhead/spawn.h"
#include "verdict/client/transport.h"

namespace verdict::bench {

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double secondsSince(Clock::time_point begin) {
    return std::chrono::duration<double>(Clock::now() - begin).count();
}

// Counts "done" events of the user's submissions until `count` arrived; the verdicts seen.
std::vector<std::string> waitForDone(client::Transport& events, int count) {
    std::vector<std::string> verdicts;
    client::ClientError error;
    while (static_cast<int>(verdicts.size()) < count) {
        auto text = events.receive(std::chrono::minutes(2), error);
        if (!text)
            throw std::runtime_error("event stream: " + error.describe());
        auto message = nlohmann::json::parse(*text, nullptr, false);
        if (message.is_object() && message.value("status", "") == "done")
            verdicts.push_back(message.value("verdict", "?"));
    }
    return verdicts;
}

// Submission i's source: the burner with a comment naming it, so that no two are the same.
std::string burnSource(int i) {
    return std::string(kBurnCpp) + "// submission " + std::to_string(i) + "\n";
}

double judged(int submissions, int tests) {
    BenchServer server(2);
    std::int64_t problem = server.addProblem(burnProblemZip(tests), "burn");
    auto user = server.addUser("burner");
    client::Transport events(server.address(), std::chrono::seconds(10));
    client::ClientError error;
    if (!events.openWebSocket("/api/v1/events", user->token(), error) ||
        !events.sendText(R"({"type": "subscribe", "mine": true})", error))
        throw std::runtime_error("event stream: " + error.describe());
    auto begin = Clock::now();
    for (int i = 0; i < submissions; ++i) {
        auto id = user->submit(problem, "cpp", burnSource(i));
        if (!id)
            throw std::runtime_error("submit: " + id.error.describe());
    }
    auto verdicts = waitForDone(events, submissions);
    double seconds = secondsSince(begin);
    for (const auto& verdict : verdicts) {
        if (verdict != "AC")
            throw std::runtime_error("the burner was judged " + verdict);
    }
    return seconds;
}

// Runs `job` `count` times on two threads; the wall time in seconds. A job that throws stops
// its thread, and the exception is rethrown here once both are done.
double twoAtATime(int count, const std::function<void()>& job) {
    auto begin = Clock::now();
    std::exception_ptr failure;
    {
        std::jthread first([&] {
            try {
                for (int i = 0; i < count / 2; ++i)
                    job();
            } catch (...) {
                failure = std::current_exception();
            }
        });
        for (int i = count / 2; i < count; ++i)
            job();
    }
    if (failure)
        std::rethrow_exception(failure);
    return secondsSince(begin);
}

void runOrThrow(const std::vector<std::string>& argv) {
    auto outcome = spawnAndWait(argv, ChildStderr::kInherit);
    if (!outcome.succeeded())
        throw std::runtime_error(argv[0] + ": " + describe(outcome));
}

// The bare baselines, two at a time: each submission's program run once per test (compiled
// beforehand), and each submission compiled and then run once per test.
struct Bare {
    double runs = 0;
    double compileAndRuns = 0;
};

Bare measureBare(int count, int tests, const fs::path& directory) {
    // The catalogue's compile command for C++ (share/verdict/languages.json).
    auto compile = [&](int i, const std::string& output) {
        std::string source = (directory / ("burn-" + std::to_string(i) + ".cpp")).string();
        std::ofstream(source) << burnSource(i);
        runOrThrow({"/usr/bin/g++", "-std=gnu++20", "-O2", "-pipe", "-static", "-DONLINE_JUDGE",
                    "-o", output, source});
    };
    auto runTests = [&](const std::string& binary) {
        for (int test = 0; test < tests; ++test)
            runOrThrow({binary});
    };
    std::vector<std::string> binaries;
    for (int i = 0; i < count; ++i) {
        binaries.push_back((directory / ("main-" + std::to_string(i))).string());
        compile(i, binaries.back());
    }
    Bare bare;
    std::atomic<std::size_t> next = 0;
    bare.runs = twoAtATime(count, [&] { runTests(binaries[next++]); });
    next = 0;
    bare.compileAndRuns = twoAtATime(count, [&] {
        std::size_t i = next++;
        compile(static_cast<int>(i), binaries[i]);
        runTests(binaries[i]);
    });
    return bare;
}

}  // namespace

void measureThroughput(int submissions, int tests) {
    std::printf(
        "== throughput: %d C++ submissions, %d tests of ~50 ms CPU each, --workers 2, vs "
        "bare\n",
        submissions, tests);
    packages::testing::ScratchDirectory scratch;
    // Bare before and after the judged batch: a difference between them means the machine's
    // load changed meanwhile, and the ratio is not to be trusted.
    Bare before = measureBare(submissions, tests, scratch.path());
    double judgedSeconds = judged(submissions, tests);
    Bare after = measureBare(submissions, tests, scratch.path());
    double bareRuns = (before.runs + after.runs) / 2;
    double bareWithCompile = (before.compileAndRuns + after.compileAndRuns) / 2;
    std::printf(
        "judged %.2f s (%.0f ms per submission per core); bare runs %.2f s before, %.2f s "
        "after (%.1f ms per run); bare compile + runs %.2f s before, %.2f s after\n",
        judgedSeconds, 2000 * judgedSeconds / submissions, before.runs, after.runs,
        2000 * bareRuns / (submissions * tests), before.compileAndRuns, after.compileAndRuns);
    double ratio = bareRuns / judgedSeconds;
    std::printf(
        "ratio bare runs/judged %.2f (target >= 0.8: %s); (bare compile + runs)/judged %.2f%s\n",
        ratio, ratio >= 0.8 ? "PASS" : "MISS", bareWithCompile / judgedSeconds,
        std::abs(before.runs - after.runs) > 0.15 * bareRuns ? "  (load changed: retry)" : "");
    std::fflush(stdout);
}

}  // namespace verdict::bench
