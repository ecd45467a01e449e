#pragma once
// GET /api/v1/events upgraded to a WebSocket: the client sends subscribe messages, the server
// sends the stored events after `after_seq` and then every live event, per target in seq
// order. Garbage gets close code 1008 (policy) or 1009 (too big); a client that does not read
// is dropped once its queue passes the limits (it never slows anybody else down).
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <deque>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "client_message.h"
#include "server_context.h"
#include "subscriptions.h"
#include "verdict/events/log.h"

namespace verdict::http {

template <class Stream>
class WebSocketSession : public std::enable_shared_from_this<WebSocketSession<Stream>> {
  public:
    WebSocketSession(Stream&& stream, ServerContext& context, store::User user)
        : m_ws(std::move(stream)),
          m_context(context),
          m_user(std::move(user)),
          m_subscriptions(context.api.store()) {}

    ~WebSocketSession() {
        if (m_subscriber)
            m_context.hub.removeSubscriber(m_subscriber);
        m_context.api.metrics().webSocketClosed();
    }

    void run(Request request) {
        namespace websocket = boost::beast::websocket;
        m_context.api.metrics().webSocketOpened();
        m_ws.set_option(
            websocket::stream_base::timeout::suggested(boost::beast::role_type::server));
        m_ws.read_message_max(64 * 1024);
        std::weak_ptr<WebSocketSession> weak = this->shared_from_this();
        m_subscriber = m_context.hub.addSubscriber(
            [weak](const std::shared_ptr<const events::Published>& event) {
                if (auto self = weak.lock()) {
                    boost::asio::post(self->m_ws.get_executor(), [self, event] {
                        self->sendAll(self->m_subscriptions.live(*event));
                    });
                }
            });
        m_ws.async_accept(request, [self = this->shared_from_this()](boost::beast::error_code ec) {
            if (!ec)
                self->read();
        });
    }

  private:
    void read() {
        m_ws.async_read(
            m_buffer, [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t) {
                if (ec == boost::beast::websocket::error::message_too_big) {
                    self->closeWith(boost::beast::websocket::close_code::too_big,
                                    "a message is at most 64 KiB");
                    return;
                }
                if (ec)
                    return;  // closed or failed: the session ends
                std::string text = boost::beast::buffers_to_string(self->m_buffer.data());
                self->m_buffer.consume(self->m_buffer.size());
                if (self->onMessage(text))
                    self->read();
            });
    }

    // False when the client is being closed.
    bool onMessage(const std::string& text) {
        ClientMessage message = parseClientMessage(text);
        if (!message.subscribe) {
            closeWith(boost::beast::websocket::close_code::policy_error, message.closeReason);
            return false;
        }
        const SubscribeRequest& request = *message.subscribe;
        if (request.mine) {
            m_subscriptions.followMine();
            m_context.hub.watchUser(m_subscriber, m_user.id);
            send(nlohmann::json{{"type", "subscribed"}, {"mine", true}}.dump());
            return true;
        }
        subscribe(request.kind, request.target, request.afterSeq);
        return true;
    }

    // The store is read on the work pool, never on a network thread; each answer comes back to
    // this session's strand. First the owner, then (once watching) the history.
    void subscribe(store::JobKind kind, store::Id target, std::int64_t afterSeq) {
        offThread([kind, target, afterSeq](WebSocketSession& self) {
            auto& store = self.m_context.api.store();
            std::optional<store::Id> owner;
            if (kind == store::JobKind::Submission) {
                if (auto submission = store.submission(target))
                    owner = submission->userId;
            } else if (auto run = store.run(target)) {
                owner = run->userId;
            }
            return [kind, target, afterSeq, owner](WebSocketSession& back) {
                back.subscribeOwned(kind, target, afterSeq, owner);
            };
        });
    }

    void subscribeOwned(store::JobKind kind, store::Id target, std::int64_t afterSeq,
                        std::optional<store::Id> owner) {
        std::string name = store::jobKindName(kind);
        if (!owner || (*owner != m_user.id && !m_user.admin)) {
            send(nlohmann::json{{"type", "error"},
                                {"code", owner ? "forbidden" : "unknown_" + name},
                                {name, target},
                                {"message", owner ? "not yours" : "no such " + name}}
                     .dump());
            return;
        }
        // Watch first, then read the history: a live event in between is merged by seq.
        m_context.hub.watchTarget(m_subscriber, kind, target);
        m_subscriptions.begin(kind, target, afterSeq);
        send(
            nlohmann::json{{"type", "subscribed"}, {name, target}, {"after_seq", afterSeq}}.dump());
        offThread([kind, target, afterSeq](WebSocketSession& self) {
            auto stored = self.m_context.api.store().events(kind, target, afterSeq);
            return [kind, target, stored = std::move(stored)](WebSocketSession& back) {
                back.sendAll(back.m_subscriptions.history(kind, target, stored));
            };
        });
    }

    // Runs `read` (store reads) on the work pool, then what it returns on this session's strand.
    // A store that fails is reported to the client as an error message; the session goes on.
    template <class Read>
    void offThread(Read read) {
        boost::asio::post(m_context.work, [self = this->shared_from_this(), read] {
            std::function<void(WebSocketSession&)> then;
            try {
                then = read(*self);
            } catch (const std::exception& failure) {
                events::logLine("error", std::string("WebSocket store read: ") + failure.what(),
                                {{"user", self->m_user.id}});
                then = [](WebSocketSession& back) {
                    back.send(nlohmann::json{{"type", "error"},
                                             {"code", "internal"},
                                             {"message", "the server could not read its store"}}
                                  .dump());
                };
            }
            boost::asio::post(self->m_ws.get_executor(),
                              [self, then = std::move(then)] { then(*self); });
        });
    }

    void sendAll(const std::vector<std::string>& messages) {
        for (const auto& message : messages)
            send(message);
    }

    void send(std::string message) {
        if (m_closing)
            return;
        m_queuedBytes += message.size();
        m_queue.push_back(std::move(message));
        if (m_queue.size() > m_context.options.maxQueuedMessages ||
            m_queuedBytes > m_context.options.maxQueuedBytes) {
            m_context.api.metrics().slowClientDropped();
            events::logLine("warn", "dropping a WebSocket client that does not read",
                            {{"user", m_user.id}, {"queued", m_queue.size()}});
            m_closing = true;
            boost::beast::get_lowest_layer(m_ws).close();
            return;
        }
        if (m_queue.size() == 1)
            write();
    }

    void write() {
        m_ws.text(true);
        m_ws.async_write(
            boost::asio::buffer(m_queue.front()),
            [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t) {
                if (ec)
                    return;
                self->m_queuedBytes -= self->m_queue.front().size();
                self->m_queue.pop_front();
                if (!self->m_queue.empty())
                    self->write();
            });
    }

    void closeWith(boost::beast::websocket::close_code code, const std::string& reason) {
        if (m_closing)
            return;
        m_closing = true;
        m_ws.async_close(boost::beast::websocket::close_reason(code, reason),
                         [self = this->shared_from_this()](boost::beast::error_code) {});
    }

    boost::beast::websocket::stream<Stream> m_ws;
    ServerContext& m_context;
    store::User m_user;
    Subscriptions m_subscriptions;
    events::EventHub::SubscriberId m_subscriber = 0;
    boost::beast::flat_buffer m_buffer;
    std::deque<std::string> m_queue;
    std::size_t m_queuedBytes = 0;
    bool m_closing = false;
};

}  // namespace verdict::http
