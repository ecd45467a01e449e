#pragma once
// One HTTP/1.1 connection (plain or TLS): reads requests with size limits, hands each to the
// API on the work pool, writes the answer, keeps the connection alive; a WebSocket upgrade of
// /api/v1/events (authenticated by the Authorization header or ?token=) becomes a
// WebSocketSession.
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <memory>
#include <optional>

#include "server_context.h"
#include "websocket_session.h"

namespace verdict::http {

template <class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>> {
  public:
    HttpSession(Stream&& stream, ServerContext& context, std::string peer)
        : m_stream(std::move(stream)), m_context(context), m_peer(std::move(peer)) {}

    void run() {
        boost::asio::dispatch(m_stream.get_executor(),
                              [self = this->shared_from_this()] { self->read(); });
    }

    Stream& stream() { return m_stream; }

  private:
    void read() {
        m_parser.emplace();
        m_parser->body_limit(m_context.options.maxBodyBytes);
        m_parser->header_limit(16 * 1024);
        boost::beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(60));
        boost::beast::http::async_read(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](boost::beast::error_code ec, std::size_t) {
                self->onRead(ec);
            });
    }

    void onRead(boost::beast::error_code ec) {
        namespace http = boost::beast::http;
        if (ec == http::error::body_limit) {
            respond(api::errorResponse(413, "too_large", "the request body is too large"), false);
            return;
        }
        if (ec == http::error::header_limit || ec == http::error::bad_target ||
            ec == http::error::bad_method || ec == http::error::bad_version) {
            respond(api::errorResponse(400, "bad_request", "malformed HTTP: " + ec.message()),
                    false);
            return;
        }
        if (ec)
            return;  // closed, timed out or unreadable: drop the connection
        Request request = m_parser->release();
        if (boost::beast::websocket::is_upgrade(request)) {
            upgrade(std::move(request));
            return;
        }
        auto apiRequest = std::make_shared<api::HttpRequest>(toApiRequest(request, m_peer));
        unsigned version = request.version();
        bool keepAlive = request.keep_alive();
        boost::asio::post(
            m_context.work, [self = this->shared_from_this(), apiRequest, version, keepAlive] {
                auto response = std::make_shared<Response>(
                    toBeastResponse(self->m_context.api.handle(*apiRequest), version, keepAlive));
                boost::asio::post(self->m_stream.get_executor(),
                                  [self, response] { self->write(response); });
            });
    }

    void respond(const api::HttpResponse& response, bool keepAlive) {
        write(std::make_shared<Response>(toBeastResponse(response, 11, keepAlive)));
    }

    void write(std::shared_ptr<Response> response) {
        boost::beast::http::async_write(
            m_stream, *response,
            [self = this->shared_from_this(), response](boost::beast::error_code ec, std::size_t) {
                if (ec)
                    return;
                if (!response->keep_alive()) {
                    boost::beast::error_code ignored;
                    boost::beast::get_lowest_layer(self->m_stream)
                        .socket()
                        .shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
                    return;
                }
                self->read();
            });
    }

    void upgrade(Request request) {
        auto target = api::parseTarget(std::string(request.target()));
        if (target.segments != std::vector<std::string>{"api", "v1", "events"}) {
            respond(api::errorResponse(404, "not_found", "WebSocket upgrades go to /api/v1/events"),
                    false);
            return;
        }
        std::string token;
        std::string authorization(request[boost::beast::http::field::authorization]);
        if (authorization.rfind("Bearer ", 0) == 0)
            token = authorization.substr(7);
        else if (auto it = target.query.find("token"); it != target.query.end())
            token = it->second;
        // Authenticating reads the store: off the network threads like every API call.
        auto shared = std::make_shared<Request>(std::move(request));
        boost::asio::post(m_context.work, [self = this->shared_from_this(), shared, token] {
            auto user = self->m_context.api.authenticate(token);
            boost::asio::post(self->m_stream.get_executor(), [self, shared, user] {
                if (!user) {
                    self->respond(api::errorResponse(401, "unauthorized",
                                                     "send Authorization: Bearer TOKEN or ?token="),
                                  false);
                    return;
                }
                boost::beast::get_lowest_layer(self->m_stream).expires_never();
                std::make_shared<WebSocketSession<Stream>>(std::move(self->m_stream),
                                                           self->m_context, *user)
                    ->run(std::move(*shared));
            });
        });
    }

    Stream m_stream;
    ServerContext& m_context;
    std::string m_peer;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
};

}  // namespace verdict::http
