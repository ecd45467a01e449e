// libFuzzer target: the parsers that see untrusted bytes before any authentication — the
// request target (api::parseTarget) and the WebSocket client message (http::parseClientMessage).
// Each input goes to both; a crash, a sanitizer report or a broken invariant aborts.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "client_message.h"
#include "verdict/api/http_types.h"

namespace {

void check(bool condition) {
    if (!condition)
        std::abort();
}

void fuzzTarget(const std::string& text) {
    auto target = verdict::api::parseTarget(text);
    for (const auto& segment : target.segments)
        check(!segment.empty());  // "//" gives no empty segment
}

void fuzzClientMessage(const std::string& text) {
    auto message = verdict::http::parseClientMessage(text);
    // Exactly one of: a subscription, or a reason that fits a close frame.
    check(message.subscribe.has_value() == message.closeReason.empty());
    check(message.closeReason.size() <= verdict::http::kMaxCloseReason);
    if (message.subscribe)
        check(message.subscribe->afterSeq >= 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    fuzzTarget(text);
    fuzzClientMessage(text);
    return 0;
}
