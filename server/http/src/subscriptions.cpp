#include "subscriptions.h"

namespace verdict::http {

std::vector<std::string> Subscriptions::after(store::JobKind kind, store::Id target,
                                              std::int64_t seq) {
    return history(kind, target, m_store.events(kind, target, seq));
}

void Subscriptions::begin(store::JobKind kind, store::Id target, std::int64_t afterSeq) {
    m_lastSent[{kind, target}] = afterSeq;
}

std::vector<std::string> Subscriptions::history(store::JobKind kind, store::Id target,
                                                const std::vector<store::Event>& stored) {
    std::vector<std::string> messages;
    std::int64_t& last = m_lastSent[{kind, target}];
    for (const auto& event : stored) {
        if (event.seq <= last)
            continue;  // sent meanwhile (a live event, or its gap)
        if (event.seq != last + 1)
            break;  // a hole the store must not have: stop rather than send out of order
        messages.push_back(events::wireEvent(kind, target, event.seq, event.json));
        last = event.seq;
    }
    return messages;
}

std::vector<std::string> Subscriptions::follow(store::JobKind kind, store::Id target,
                                               std::int64_t afterSeq) {
    begin(kind, target, afterSeq);
    return after(kind, target, afterSeq);
}

std::vector<std::string> Subscriptions::live(const events::Published& event) {
    auto key = std::make_pair(event.kind, event.target);
    auto it = m_lastSent.find(key);
    if (it == m_lastSent.end()) {
        if (!m_mine || event.kind != store::JobKind::Submission)
            return {};
        it = m_lastSent.emplace(key, 0).first;
    }
    if (event.seq <= it->second)
        return {};  // already sent (from history, or twice published)
    if (event.seq == it->second + 1) {
        it->second = event.seq;
        return {event.wire};
    }
    return after(event.kind, event.target, it->second);  // the gap, and this one
}

}  // namespace verdict::http
