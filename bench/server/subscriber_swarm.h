#pragma once
// N WebSocket subscribers to one submission on one io_context (one thread): each connects,
// subscribes with after_seq, and stamps the moment each "queued" event reaches it. At most
// `kInFlight` connections are being opened at a time, so the server's accept backlog is
// never the limit.
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "verdict/client/client.h"

namespace verdict::bench {

class SubscriberSwarm {
  public:
    using Clock = std::chrono::steady_clock;

    SubscriberSwarm(const client::ServerAddress& address, std::string token,
                    std::int64_t submission, std::int64_t afterSeq);
    ~SubscriberSwarm();

    // Opens `count` subscribers; false when not all were subscribed within `timeout`.
    bool open(int count, std::chrono::milliseconds timeout);
    int subscribed() const;
    int failed() const;
    std::string firstError() const;

    // Waits until every subscriber got `events` "queued" events in all; false on timeout.
    bool waitForQueued(int events, std::chrono::milliseconds timeout) const;
    // When each subscriber received its latest "queued" event.
    std::vector<Clock::time_point> lastQueuedTimes() const;

    struct Shared;

  private:
    std::unique_ptr<Shared> m_shared;
    std::jthread m_thread;
};

}  // namespace verdict::bench
