#pragma once
// One WebSocket client's subscriptions: what it has been sent of each target, so stored
// history and live events merge into one stream per target in seq order, with no gap and
// nothing twice (a live event that arrives early makes it fetch the gap from the store; one it
// has already sent is dropped). Not thread-safe: the session's strand owns it.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "verdict/events/event_hub.h"
#include "verdict/store/store.h"

namespace verdict::http {

class Subscriptions {
  public:
    explicit Subscriptions(store::Store& store) : m_store(store) {}

    // Starts following a target: returns the stored events after `afterSeq`, to send now.
    std::vector<std::string> follow(store::JobKind kind, store::Id target, std::int64_t afterSeq);
    // The same in two steps, so that the store is read elsewhere (the WebSocket session reads it
    // on the work pool): begin() follows at once (live events from now on are merged by seq; one
    // ahead fetches the gap), history() then takes the stored events read after begin() and
    // returns those not sent yet, in order.
    void begin(store::JobKind kind, store::Id target, std::int64_t afterSeq);
    std::vector<std::string> history(store::JobKind kind, store::Id target,
                                     const std::vector<store::Event>& stored);
    // Follows every submission of the client's user (events of targets not followed yet
    // start from their first).
    void followMine() { m_mine = true; }
    // A live event: the messages to send for it, in order (none, it, or the gap and it).
    std::vector<std::string> live(const events::Published& event);

  private:
    std::vector<std::string> after(store::JobKind kind, store::Id target, std::int64_t seq);

    store::Store& m_store;
    bool m_mine = false;
    std::map<std::pair<store::JobKind, store::Id>, std::int64_t> m_lastSent;
};

}  // namespace verdict::http
