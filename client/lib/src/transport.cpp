#include "verdict/client/transport.h"

#include <boost/asio/post.hpp>

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

namespace verdict::client {

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

ClientError connectionError(const std::string& code, const std::string& message) {
    return ClientError{0, code, message};
}

std::string normalisedFingerprint(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c != ':')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string certificateSha256(const X509* certificate) {
    if (certificate == nullptr)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    X509_digest(certificate, EVP_sha256(), digest, &size);
    static const char* hex = "0123456789abcdef";
    std::string text;
    for (unsigned int i = 0; i < size; ++i) {
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 15];
    }
    return text;
}

}  // namespace

Transport::Transport(ServerAddress address, std::chrono::milliseconds timeout)
    : m_address(std::move(address)), m_timeout(timeout) {}

Transport::~Transport() {
    close();
}

beast::tcp_stream& Transport::lowest() {
    if (m_wsSecure)
        return beast::get_lowest_layer(*m_wsSecure);
    if (m_wsPlain)
        return beast::get_lowest_layer(*m_wsPlain);
    if (m_secure)
        return beast::get_lowest_layer(*m_secure);
    return *m_plain;
}

// Runs on the thread that drives m_io (posting is thread-safe), where the streams may be touched.
void Transport::interrupt() {
    boost::asio::post(m_io, [this] {
        if (m_plain || m_secure || m_wsPlain || m_wsSecure) {
            beast::error_code ignored;
            lowest().socket().close(ignored);
        }
    });
}

void Transport::close() {
    if (m_plain || m_secure || m_wsPlain || m_wsSecure) {
        beast::error_code ignored;
        lowest().socket().close(ignored);
    }
    m_wsPlain.reset();
    m_wsSecure.reset();
    m_secure.reset();
    m_plain.reset();
    m_buffer.clear();
}

bool Transport::drive(const bool& done, std::chrono::milliseconds timeout, ClientError& error) {
    m_io.restart();
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done) {
        if (m_io.run_one_until(deadline) > 0)
            continue;
        if (std::chrono::steady_clock::now() < deadline && !m_io.stopped())
            continue;
        // Out of time: closing the socket makes the pending operation complete, cancelled.
        beast::error_code ignored;
        lowest().socket().close(ignored);
        m_io.restart();
        m_io.run();
        error = connectionError("timeout", "no answer from " + m_address.toString() + " within " +
                                               std::to_string(timeout.count()) + " ms");
        return false;
    }
    return true;
}

bool Transport::connect(ClientError& error) {
    close();
    tcp::resolver resolver(m_io);
    bool done = false;
    beast::error_code ec;
    tcp::resolver::results_type endpoints;
    m_plain = std::make_unique<Plain>(m_io);
    m_peerSha256.clear();
    resolver.async_resolve(m_address.host, m_address.port,
                           [&](beast::error_code e, tcp::resolver::results_type results) {
                               ec = e;
                               endpoints = std::move(results);
                               done = true;
                           });
    if (!drive(done, m_timeout, error))
        return false;
    if (ec) {
        error =
            connectionError("connection", "cannot resolve " + m_address.host + ": " + ec.message());
        return false;
    }
    done = false;
    m_plain->async_connect(endpoints, [&](beast::error_code e, const tcp::endpoint&) {
        ec = e;
        done = true;
    });
    if (!drive(done, m_timeout, error))
        return false;
    if (ec) {
        error = connectionError("connection",
                                "cannot connect to " + m_address.toString() + ": " + ec.message());
        return false;
    }
    if (!m_address.tls)
        return true;
    if (!m_tls) {
        m_tls = std::make_unique<net::ssl::context>(net::ssl::context::tls_client);
        m_tls->set_default_verify_paths();
    }
    m_secure = std::make_unique<Secure>(std::move(*m_plain), *m_tls);
    m_plain.reset();
    // SNI (OpenSSL's macro casts; the call is what the macro expands to).
    SSL_ctrl(m_secure->native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
             const_cast<char*>(m_address.host.c_str()));
    if (m_address.pinnedSha256.empty()) {
        m_secure->set_verify_mode(net::ssl::verify_peer);
        // The presented certificate is remembered even when it does not verify, so that the
        // user can be shown its fingerprint and pin it.
        m_secure->set_verify_callback(
            [this, verify = net::ssl::host_name_verification(m_address.host)](
                bool preverified, net::ssl::verify_context& context) mutable {
                m_peerSha256 = certificateSha256(X509_STORE_CTX_get0_cert(context.native_handle()));
                return verify(preverified, context);
            });
    } else {
        m_secure->set_verify_mode(net::ssl::verify_none);  // the pin is checked instead
    }
    done = false;
    m_secure->async_handshake(net::ssl::stream_base::client, [&](beast::error_code e) {
        ec = e;
        done = true;
    });
    if (!drive(done, m_timeout, error))
        return false;
    if (ec) {
        error =
            connectionError("tls", "TLS with " + m_address.toString() + " failed: " + ec.message() +
                                       " (a self-signed server needs its fingerprint pinned)");
        return false;
    }
    X509* peer = SSL_get_peer_certificate(m_secure->native_handle());
    m_peerSha256 = certificateSha256(peer);
    X509_free(peer);
    return checkPin(error);
}

bool Transport::checkPin(ClientError& error) {
    if (m_address.pinnedSha256.empty() ||
        normalisedFingerprint(m_address.pinnedSha256) == m_peerSha256) {
        return true;
    }
    error = connectionError("tls", "the server's certificate has the SHA-256 fingerprint " +
                                       m_peerSha256 + ", not the pinned one");
    close();
    return false;
}

template <class Stream>
bool Transport::exchangeOn(Stream& stream, HttpRequest& request, HttpResponse& response,
                           ClientError& error) {
    bool done = false;
    beast::error_code ec;
    http::async_write(stream, request, [&](beast::error_code e, std::size_t) {
        ec = e;
        if (ec) {
            done = true;
            return;
        }
        http::async_read(stream, m_buffer, response, [&](beast::error_code r, std::size_t) {
            ec = r;
            done = true;
        });
    });
    if (!drive(done, m_timeout, error))
        return false;
    if (ec) {
        error = connectionError("connection",
                                "talking to " + m_address.toString() + ": " + ec.message());
        return false;
    }
    return true;
}

bool Transport::exchange(HttpRequest& request, HttpResponse& response, ClientError& error) {
    request.set(http::field::host, m_address.host);
    request.keep_alive(true);
    request.prepare_payload();
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool fresh = !m_plain && !m_secure;
        if (fresh && !connect(error))
            return false;
        response = {};
        bool ok = m_secure ? exchangeOn(*m_secure, request, response, error)
                           : exchangeOn(*m_plain, request, response, error);
        if (ok) {
            if (!response.keep_alive())
                close();
            return true;
        }
        close();
        if (fresh || error.code == "timeout")
            return false;  // a fresh connection failed: no point in trying again
    }
    return false;
}

bool Transport::openWebSocket(const std::string& target, const std::string& token,
                              ClientError& error) {
    if (!connect(error))
        return false;
    auto decorate = [token](websocket::request_type& request) {
        if (!token.empty())
            request.set(http::field::authorization, "Bearer " + token);
    };
    bool done = false;
    beast::error_code ec;
    auto onHandshake = [&](beast::error_code e) {
        ec = e;
        done = true;
    };
    if (m_secure) {
        m_wsSecure = std::make_unique<websocket::stream<Secure>>(std::move(*m_secure));
        m_secure.reset();
        m_wsSecure->set_option(websocket::stream_base::decorator(decorate));
        m_wsSecure->async_handshake(m_address.host, target, onHandshake);
    } else {
        m_wsPlain = std::make_unique<websocket::stream<Plain>>(std::move(*m_plain));
        m_plain.reset();
        m_wsPlain->set_option(websocket::stream_base::decorator(decorate));
        m_wsPlain->async_handshake(m_address.host, target, onHandshake);
    }
    if (!drive(done, m_timeout, error))
        return false;
    if (ec) {
        error =
            connectionError(ec == websocket::error::upgrade_declined ? "unauthorized" : "protocol",
                            "WebSocket to " + m_address.toString() + target + ": " + ec.message());
        close();
        return false;
    }
    return true;
}

bool Transport::sendText(const std::string& text, ClientError& error) {
    bool done = false;
    beast::error_code ec;
    auto onWrite = [&](beast::error_code e, std::size_t) {
        ec = e;
        done = true;
    };
    if (m_wsSecure)
        m_wsSecure->async_write(net::buffer(text), onWrite);
    else
        m_wsPlain->async_write(net::buffer(text), onWrite);
    if (!drive(done, m_timeout, error))
        return false;
    if (ec)
        error = connectionError("connection", "sending: " + ec.message());
    return !ec;
}

std::optional<std::string> Transport::receive(std::chrono::milliseconds timeout,
                                              ClientError& error) {
    bool done = false;
    beast::error_code ec;
    m_buffer.clear();
    auto onRead = [&](beast::error_code e, std::size_t) {
        ec = e;
        done = true;
    };
    if (m_wsSecure)
        m_wsSecure->async_read(m_buffer, onRead);
    else
        m_wsPlain->async_read(m_buffer, onRead);
    if (!drive(done, timeout, error))
        return std::nullopt;
    if (ec) {
        if (ec == websocket::error::closed)
            m_closeCode = m_wsSecure ? m_wsSecure->reason().code : m_wsPlain->reason().code;
        error = connectionError("connection", "the event stream ended: " + ec.message());
        return std::nullopt;
    }
    return beast::buffers_to_string(m_buffer.data());
}

}  // namespace verdict::client
