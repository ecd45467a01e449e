#pragma once
// Following a submission or a run live over the WebSocket (/api/v1/events): every event in seq
// order exactly once, until "done". A dropped connection is reopened and resubscribed with the
// last seq seen (after_seq), so nothing is lost and nothing repeats.
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "verdict/client/client.h"

namespace verdict::client {

class Transport;

enum class Target { Submission, Run };

class EventStream {
  public:
    EventStream(ServerAddress address, std::string token);

    using OnEvent = std::function<void(const nlohmann::json& event)>;
    // Calls onEvent for each event (seq 1, 2, ... after `afterSeq`) until the "done" event,
    // which it returns. Gives up after `timeout` without any event, or after `maxReconnects`
    // failed reconnections in a row.
    Result<nlohmann::json> follow(Target target, std::int64_t id, const OnEvent& onEvent,
                                  std::int64_t afterSeq = 0,
                                  std::chrono::milliseconds timeout = std::chrono::minutes(5),
                                  int maxReconnects = 20);
    int reconnects() const { return m_reconnects; }  // how many times it had to reconnect
    // From any thread: follow() returns soon with the error "cancelled" (e.g. the IDE quits, or
    // switches to another server).
    void cancel();

  private:
    bool cancelled(Result<nlohmann::json>& result) const;

    ServerAddress m_address;
    std::string m_token;
    int m_reconnects = 0;
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;                // guards m_transport
    Transport* m_transport = nullptr;  // the connection follow() waits on, if any
};

}  // namespace verdict::client
