#include "load.h"

#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <latch>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

namespace verdict::bench {

namespace {

using Clock = std::chrono::steady_clock;

double processCpu(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    auto close = text.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(text.substr(close + 2));
    std::string skip;
    for (int i = 0; i < 11; ++i)  // state .. cmajflt: fields 3-13
        fields >> skip;
    double user = 0, system = 0;
    fields >> user >> system;
    return (user + system) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

}  // namespace

double cpuSeconds(pid_t pid) {
    if (pid != 0)
        return processCpu(pid);
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

LoadResult runLoad(const client::ServerAddress& address, const std::string& token, int connections,
                   std::chrono::milliseconds duration, pid_t server, const Request& request) {
    LoadResult result;
    std::atomic<long> completed = 0, failed = 0;
    std::mutex errorMutex;
    std::latch ready(connections + 1), start(1);
    Clock::time_point deadline;
    auto worker = [&] {
        client::Client connection(address, token);
        std::string error;
        request(connection, error);  // opens the connection before the clock starts
        ready.count_down();
        start.wait();
        while (Clock::now() < deadline) {
            if (request(connection, error)) {
                ++completed;
                continue;
            }
            if (failed++ == 0) {
                std::lock_guard lock(errorMutex);
                result.firstError = error;
            }
        }
    };
    std::vector<std::jthread> threads;
    for (int i = 0; i < connections; ++i)
        threads.emplace_back(worker);
    ready.arrive_and_wait();
    double serverBefore = cpuSeconds(server), benchBefore = cpuSeconds(0);
    auto begin = Clock::now();
    deadline = begin + duration;
    start.count_down();
    for (auto& thread : threads)
        thread.join();
    result.seconds = std::chrono::duration<double>(Clock::now() - begin).count();
    result.completed = completed;
    result.failed = failed;
    result.serverCpuPercent = 100 * (cpuSeconds(server) - serverBefore) / result.seconds;
    result.benchCpuPercent = 100 * (cpuSeconds(0) - benchBefore) / result.seconds;
    return result;
}

}  // namespace verdict::bench
