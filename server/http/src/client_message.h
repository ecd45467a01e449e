#pragma once
// What a WebSocket client asks for, parsed from one text message: a subscription, or the
// reason the connection is closed with 1008. Pure (no I/O): the session, tests and the fuzzer
// call it directly.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "verdict/store/store.h"

namespace verdict::http {

struct SubscribeRequest {
    bool mine = false;  // every submission of the user, from now on
    store::JobKind kind = store::JobKind::Submission;
    store::Id target = 0;
    std::int64_t afterSeq = 0;  // stored events after this one are sent first
};

struct ClientMessage {
    std::optional<SubscribeRequest> subscribe;
    std::string closeReason;  // when not a valid subscribe; at most kMaxCloseReason bytes
};

// A WebSocket close reason is at most 123 bytes (RFC 6455, 5.5).
constexpr std::size_t kMaxCloseReason = 123;

// {"type": "subscribe", "submission"|"run": ID, "after_seq": N} or {"type": "subscribe",
// "mine": true}; anything else (not JSON, wrong types, unknown type) gives a close reason.
ClientMessage parseClientMessage(std::string_view text);

}  // namespace verdict::http
