#include "verdict/client/event_stream.h"

#include <thread>

#include "verdict/client/transport.h"

namespace verdict::client {

EventStream::EventStream(ServerAddress address, std::string token)
    : m_address(std::move(address)), m_token(std::move(token)) {}

Result<nlohmann::json> EventStream::follow(Target target, std::int64_t id, const OnEvent& onEvent,
                                           std::int64_t afterSeq, std::chrono::milliseconds timeout,
                                           int maxReconnects) {
    const char* name = target == Target::Submission ? "submission" : "run";
    std::int64_t lastSeq = afterSeq;
    int failures = 0;
    Result<nlohmann::json> result;
    for (bool first = true;; first = false) {
        if (!first) {
            if (++failures > maxReconnects)
                return result;  // result.error says why the last attempt failed
            ++m_reconnects;
            std::this_thread::sleep_for(std::chrono::milliseconds(100 * std::min(failures, 10)));
        }
        Transport transport(m_address, std::chrono::seconds(10));
        if (!transport.openWebSocket(m_address.prefix + "/api/v1/events", m_token, result.error)) {
            if (result.error.code == "unauthorized")
                return result;  // reconnecting will not help
            continue;
        }
        nlohmann::json subscribe = {{"type", "subscribe"}, {name, id}, {"after_seq", lastSeq}};
        if (!transport.sendText(subscribe.dump(), result.error))
            continue;
        for (;;) {
            auto text = transport.receive(timeout, result.error);
            if (!text)
                break;  // dropped or silent: reconnect and resume after lastSeq
            auto message = nlohmann::json::parse(*text, nullptr, false);
            if (!message.is_object())
                continue;
            std::string type = message.value("type", "");
            if (type == "error") {
                result.error = {404, message.value("code", "error"), message.value("message", "")};
                return result;
            }
            if (type != "event" || message.value("seq", std::int64_t{0}) != lastSeq + 1)
                continue;  // "subscribed", or (never expected) out of order
            failures = 0;
            lastSeq = message["seq"].get<std::int64_t>();
            if (onEvent)
                onEvent(message);
            if (message.value("status", "") == "done") {
                result.value = message;
                return result;
            }
        }
    }
}

}  // namespace verdict::client
