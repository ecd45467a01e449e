#pragma once
// One connection to a server, plain or TLS, driven with asynchronous operations under a
// deadline (so no call blocks forever): HTTP exchanges on a kept-alive connection, or a
// WebSocket. Beast's templates are instantiated in transport.cpp only.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "verdict/client/client.h"

namespace verdict::client {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;

class Transport {
  public:
    Transport(ServerAddress address, std::chrono::milliseconds timeout);
    ~Transport();

    // Sends the request and reads the response; reconnects once when a kept-alive connection
    // turns out closed. False with `error` set on a connection failure.
    bool exchange(HttpRequest& request, HttpResponse& response, ClientError& error);

    // Opens a WebSocket to `target` (with the Authorization header when `token` is set).
    bool openWebSocket(const std::string& target, const std::string& token, ClientError& error);
    bool sendText(const std::string& text, ClientError& error);
    // Waits at most `timeout` for the next message; nullopt with `error` on failure or timeout.
    std::optional<std::string> receive(std::chrono::milliseconds timeout, ClientError& error);
    void close();
    // From another thread: ends the exchange, connect or receive in progress (it fails with
    // "connection"); the only member that may be called concurrently with the others.
    void interrupt();
    // After receive() failed because the server closed the WebSocket: its close code (1008...).
    int closeCode() const { return m_closeCode; }

    std::string peerCertificateSha256() const { return m_peerSha256; }

  private:
    using Plain = boost::beast::tcp_stream;
    using Secure = boost::beast::ssl_stream<boost::beast::tcp_stream>;
    bool connect(ClientError& error);
    bool checkPin(ClientError& error);
    template <class Stream>
    bool exchangeOn(Stream& stream, HttpRequest& request, HttpResponse& response,
                    ClientError& error);
    // Runs the io_context until `done` or the deadline (then the connection is closed).
    bool drive(const bool& done, std::chrono::milliseconds timeout, ClientError& error);
    boost::beast::tcp_stream& lowest();

    ServerAddress m_address;
    std::chrono::milliseconds m_timeout;
    boost::asio::io_context m_io;
    std::unique_ptr<boost::asio::ssl::context> m_tls;
    std::unique_ptr<Plain> m_plain;
    std::unique_ptr<Secure> m_secure;
    std::unique_ptr<boost::beast::websocket::stream<Plain>> m_wsPlain;
    std::unique_ptr<boost::beast::websocket::stream<Secure>> m_wsSecure;
    boost::beast::flat_buffer m_buffer;
    std::string m_peerSha256;
    int m_closeCode = 0;
};

}  // namespace verdict::client
