#include "verdict/client/event_stream.h"

#include <thread>

#include "verdict/client/transport.h"

namespace verdict::client {

EventStream::EventStream(ServerAddress address, std::string token)
    : m_address(std::move(address)), m_token(std::move(token)) {}

void EventStream::cancel() {
    m_cancelled = true;
    const std::lock_guard lock(m_mutex);
    if (m_transport)
        m_transport->interrupt();
}

bool EventStream::cancelled(Result<nlohmann::json>& result) const {
    if (m_cancelled)
        result.error = {0, "cancelled", "stopped following: the stream was cancelled"};
    return m_cancelled;
}

Result<nlohmann::json> EventStream::follow(Target target, std::int64_t id, const OnEvent& onEvent,
                                           std::int64_t afterSeq, std::chrono::milliseconds timeout,
                                           int maxReconnects) {
    const char* name = target == Target::Submission ? "submission" : "run";
    std::int64_t lastSeq = afterSeq;
    int failures = 0;
    Result<nlohmann::json> result;
    for (bool first = true;; first = false) {
        if (cancelled(result))
            return result;
        if (!first) {
            if (++failures > maxReconnects)
                return result;  // result.error says why the last attempt failed
            ++m_reconnects;
            std::this_thread::sleep_for(std::chrono::milliseconds(100 * std::min(failures, 10)));
        }
        Transport transport(m_address, std::chrono::seconds(10));
        {
            const std::lock_guard lock(m_mutex);
            m_transport = &transport;
        }
        // Whatever way this attempt ends, cancel() must not reach the gone transport.
        struct Forget {
            EventStream& stream;
            ~Forget() {
                const std::lock_guard lock(stream.m_mutex);
                stream.m_transport = nullptr;
            }
        } forget{*this};
        if (cancelled(result))
            return result;
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
