#pragma once
// Live delivery of events inside one server process: the API publishes "queued", workers
// publish every step; WebSocket sessions subscribe to a submission, a run, or all of one
// user's submissions. Publishing never blocks on a subscriber: sinks must only queue the
// message (a slow client is the session's problem, not the publisher's).
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <utility>

#include "verdict/store/store.h"

namespace verdict::events {

struct Published {
    store::JobKind kind = store::JobKind::Submission;
    store::Id target = 0;
    store::Id userId = 0;  // the owner of the submission or run
    std::int64_t seq = 0;
    std::string wire;  // the message as clients receive it
};

// {"type": "event", "submission"|"run": target, "seq": seq, ...the event's own fields}
std::string wireEvent(store::JobKind kind, store::Id target, std::int64_t seq,
                      const std::string& bodyJson);

class EventHub {
  public:
    // Every sink of one publish gets the same immutable event (no copy per subscriber).
    using Sink = std::function<void(const std::shared_ptr<const Published>&)>;
    using SubscriberId = std::uint64_t;

    SubscriberId addSubscriber(Sink sink);
    // A publish already under way may still call the sink once: sinks hold weak references.
    void removeSubscriber(SubscriberId id);
    void watchTarget(SubscriberId id, store::JobKind kind, store::Id target);
    void watchUser(SubscriberId id, store::Id userId);  // every submission of that user

    void publish(const Published& event);
    std::size_t subscriberCount() const;

  private:
    mutable std::mutex m_mutex;
    SubscriberId m_next = 1;
    std::map<SubscriberId, std::shared_ptr<Sink>> m_sinks;
    std::map<std::pair<store::JobKind, store::Id>, std::set<SubscriberId>> m_byTarget;
    std::map<store::Id, std::set<SubscriberId>> m_byUser;
};

}  // namespace verdict::events
