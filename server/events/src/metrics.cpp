#include "verdict/events/metrics.h"

#include <sstream>

namespace verdict::events {

void Metrics::rejected(int status) {
    std::lock_guard lock(m_mutex);
    ++m_rejections[status];
}

void Metrics::judged(const std::string& verdict, double queuedToDoneSeconds) {
    std::lock_guard lock(m_mutex);
    ++m_verdicts[verdict];
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (queuedToDoneSeconds <= kBuckets[i])
            ++m_latencyBuckets[i];
    }
    ++m_latencyCount;
    m_latencySum += queuedToDoneSeconds;
}

void Metrics::degraded(const std::string& feature) {
    std::lock_guard lock(m_mutex);
    ++m_degradations[feature];
}

std::string Metrics::prometheus(std::int64_t submissionQueue, std::int64_t runQueue) const {
    std::ostringstream out;
    out << "# HELP verdict_queue_depth Jobs queued or being judged.\n"
           "# TYPE verdict_queue_depth gauge\n"
        << "verdict_queue_depth{queue=\"submissions\"} " << submissionQueue << "\n"
        << "verdict_queue_depth{queue=\"runs\"} " << runQueue << "\n"
        << "# HELP verdict_submissions_total Submissions accepted into the queue.\n"
           "# TYPE verdict_submissions_total counter\n"
        << "verdict_submissions_total " << m_submissions.load() << "\n"
        << "# HELP verdict_runs_total Custom runs accepted into the queue.\n"
           "# TYPE verdict_runs_total counter\n"
        << "verdict_runs_total " << m_runs.load() << "\n"
        << "# HELP verdict_websocket_clients Open WebSocket connections.\n"
           "# TYPE verdict_websocket_clients gauge\n"
        << "verdict_websocket_clients " << m_webSockets.load() << "\n"
        << "# HELP verdict_slow_clients_dropped_total WebSocket clients dropped for not reading.\n"
           "# TYPE verdict_slow_clients_dropped_total counter\n"
        << "verdict_slow_clients_dropped_total " << m_slowDrops.load() << "\n";
    std::lock_guard lock(m_mutex);
    out << "# HELP verdict_verdicts_total Final verdicts of judged submissions.\n"
           "# TYPE verdict_verdicts_total counter\n";
    for (const auto& [verdict, count] : m_verdicts)
        out << "verdict_verdicts_total{verdict=\"" << verdict << "\"} " << count << "\n";
    out << "# HELP verdict_sandbox_degradations_total Runs whose limits were enforced in a "
           "degraded way, by feature.\n"
           "# TYPE verdict_sandbox_degradations_total counter\n";
    for (const auto& [feature, count] : m_degradations)
        out << "verdict_sandbox_degradations_total{feature=\"" << feature << "\"} " << count
            << "\n";
    out << "# HELP verdict_requests_rejected_total Requests refused, by HTTP status.\n"
           "# TYPE verdict_requests_rejected_total counter\n";
    for (const auto& [status, count] : m_rejections)
        out << "verdict_requests_rejected_total{status=\"" << status << "\"} " << count << "\n";
    out << "# HELP verdict_judging_seconds From queued to the final verdict.\n"
           "# TYPE verdict_judging_seconds histogram\n";
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        out << "verdict_judging_seconds_bucket{le=\"" << kBuckets[i] << "\"} "
            << m_latencyBuckets[i] << "\n";
    out << "verdict_judging_seconds_bucket{le=\"+Inf\"} " << m_latencyCount << "\n"
        << "verdict_judging_seconds_sum " << m_latencySum << "\n"
        << "verdict_judging_seconds_count " << m_latencyCount << "\n";
    return out.str();
}

}  // namespace verdict::events
