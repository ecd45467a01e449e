#pragma once
// The server's counters, exposed at GET /metrics in the Prometheus text format.
#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace verdict::events {

class Metrics {
  public:
    void submissionAccepted() { ++m_submissions; }
    void runAccepted() { ++m_runs; }
    void rejected(int status);  // requests refused with 4xx/5xx, by status
    void judged(const std::string& verdict, double queuedToDoneSeconds);
    void degraded(const std::string& feature);  // a sandbox limit enforced in a degraded way
    void webSocketOpened() { ++m_webSockets; }
    void webSocketClosed() { --m_webSockets; }
    void slowClientDropped() { ++m_slowDrops; }

    // Queue depths are read from the store by the caller at scrape time.
    std::string prometheus(std::int64_t submissionQueue, std::int64_t runQueue) const;

  private:
    static constexpr std::array<double, 10> kBuckets = {0.05, 0.1, 0.15, 0.25, 0.4,
                                                        0.6,  1,   2,    5,    10};
    std::atomic<std::uint64_t> m_submissions{0}, m_runs{0}, m_slowDrops{0};
    std::atomic<std::int64_t> m_webSockets{0};
    mutable std::mutex m_mutex;
    std::map<std::string, std::uint64_t> m_verdicts, m_degradations;
    std::map<int, std::uint64_t> m_rejections;
    std::array<std::uint64_t, kBuckets.size()> m_latencyBuckets{};
    std::uint64_t m_latencyCount = 0;
    double m_latencySum = 0;
};

}  // namespace verdict::events
