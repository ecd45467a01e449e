// server_bench: verdict-server's speed against baselines measured in the same run (ingest,
// submit-to-verdict latency, WebSocket fan-out, judging throughput); see bench/README.md.
// Every server it starts is killed and its data dir removed when a measurement ends or fails.
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <set>
#include <string>
#include <vector>

#include "fanout.h"
#include "ingest.h"
#include "latency.h"
#include "throughput.h"

namespace {

constexpr const char* kUsage =
    "usage: server_bench [ingest] [latency] [fanout] [throughput] [--seconds S] "
    "[--connections K,K...] [--subscribers N,N...] [--submissions M] [--tests T]\n"
    "  (all four when none is named; --seconds per ingest figure, default 2;\n"
    "   --connections for ingest, default 1,8,32,64;\n"
    "   --subscribers for fanout, default 1000,10000;\n"
    "   --submissions and --tests for throughput, default 20 submissions of 20 tests)\n";

std::vector<int> parseList(const std::string& text) {
    std::vector<int> values;
    for (std::size_t begin = 0; begin <= text.size();) {
        std::size_t end = text.find(',', begin);
        if (end == std::string::npos)
            end = text.size();
        values.push_back(std::stoi(text.substr(begin, end - begin)));
        begin = end + 1;
    }
    return values;
}

// One descriptor per WebSocket subscriber: up to the hard limit.
void raiseOpenFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::set<std::string> chosen;
    double seconds = 2;
    std::vector<int> subscribers = {1000, 10000};
    std::vector<int> connections = {1, 8, 32, 64};
    int submissions = 20;
    int tests = 20;
    try {
        for (int i = 1; i < argc; ++i) {
            std::string arg = argv[i];
            if (arg == "--seconds" && i + 1 < argc)
                seconds = std::stod(argv[++i]);
            else if (arg == "--connections" && i + 1 < argc)
                connections = parseList(argv[++i]);
            else if (arg == "--subscribers" && i + 1 < argc)
                subscribers = parseList(argv[++i]);
            else if (arg == "--submissions" && i + 1 < argc)
                submissions = std::stoi(argv[++i]);
            else if (arg == "--tests" && i + 1 < argc)
                tests = std::stoi(argv[++i]);
            else if (arg == "ingest" || arg == "latency" || arg == "fanout" || arg == "throughput")
                chosen.insert(arg);
            else
                throw std::invalid_argument(arg);
        }
        if (submissions < 2 || tests < 1)
            throw std::invalid_argument("--submissions at least 2, --tests at least 1");
    } catch (const std::exception&) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    if (chosen.empty())
        chosen = {"ingest", "latency", "fanout", "throughput"};
    raiseOpenFileLimit();
    try {
        using namespace verdict::bench;
        if (chosen.count("ingest"))
            measureIngest(connections, std::chrono::milliseconds(static_cast<int>(seconds * 1000)));
        if (chosen.count("latency"))
            measureLatency(50);
        if (chosen.count("fanout"))
            measureFanout(subscribers, 5);
        if (chosen.count("throughput"))
            measureThroughput(submissions, tests);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "server_bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
