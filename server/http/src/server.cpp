#include "verdict/http/server.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/ssl.hpp>
#include <stdexcept>
#include <thread>
#include <vector>

#include "http_session.h"
#include "verdict/events/log.h"

namespace verdict::http {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

struct HttpServer::Impl {
    Impl(api::Api& api, events::EventHub& hub, ServerOptions options)
        : work(static_cast<std::size_t>(options.apiThreads)),
          context{api, hub, options, work},
          acceptor(io) {}

    void accept() {
        acceptor.async_accept(net::make_strand(io),
                              [this](beast::error_code ec, tcp::socket socket) {
                                  if (ec == net::error::operation_aborted || !acceptor.is_open())
                                      return;
                                  if (!ec)
                                      serve(std::move(socket));
                                  accept();
                              });
    }

    void serve(tcp::socket socket) {
        beast::error_code ignored;
        std::string peer = socket.remote_endpoint(ignored).address().to_string();
        if (!tls) {
            std::make_shared<HttpSession<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)),
                                                             context, peer)
                ->run();
            return;
        }
        auto session = std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(socket), *tls),
                                                                context, peer);
        beast::get_lowest_layer(session->stream()).expires_after(std::chrono::seconds(30));
        session->stream().async_handshake(net::ssl::stream_base::server,
                                          [session](beast::error_code ec) {
                                              if (!ec)
                                                  session->run();
                                          });
    }

    net::io_context io;
    net::thread_pool work;
    ServerContext context;
    tcp::acceptor acceptor;
    std::unique_ptr<net::ssl::context> tls;
    std::vector<std::thread> threads;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> guard;
};

namespace {

std::unique_ptr<net::ssl::context> tlsContext(const ServerOptions& options) {
    if (!options.tlsCertificate && !options.tlsKey)
        return nullptr;
    if (!options.tlsCertificate || !options.tlsKey)
        throw std::runtime_error("TLS needs both --tls-cert and --tls-key");
    auto context = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
    context->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                         net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                         net::ssl::context::no_tlsv1_1);
    beast::error_code ec;
    context->use_certificate_chain_file(options.tlsCertificate->string(), ec);
    if (ec)
        throw std::runtime_error("cannot use the certificate " + options.tlsCertificate->string() +
                                 ": " + ec.message());
    context->use_private_key_file(options.tlsKey->string(), net::ssl::context::pem, ec);
    if (ec)
        throw std::runtime_error("cannot use the key " + options.tlsKey->string() + ": " +
                                 ec.message());
    return context;
}

}  // namespace

HttpServer::HttpServer(api::Api& api, events::EventHub& hub, ServerOptions options)
    : m_impl(std::make_unique<Impl>(api, hub, std::move(options))) {}

HttpServer::~HttpServer() {
    stop();
}

void HttpServer::start() {
    const ServerOptions& options = m_impl->context.options;
    m_impl->tls = tlsContext(options);
    beast::error_code ec;
    auto address = net::ip::make_address(options.host, ec);
    if (ec)
        throw std::runtime_error("'" + options.host + "' is not an IP address to listen on");
    tcp::endpoint endpoint(address, options.port);
    auto& acceptor = m_impl->acceptor;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        throw std::runtime_error("cannot listen on " + options.host + ":" +
                                 std::to_string(options.port) + ": " + ec.message());
    }
    m_impl->accept();
    m_impl->guard.emplace(m_impl->io.get_executor());
    for (int i = 0; i < options.networkThreads; ++i)
        m_impl->threads.emplace_back([this] { m_impl->io.run(); });
    events::logLine("info", "listening",
                    {{"host", options.host}, {"port", port()}, {"tls", m_impl->tls != nullptr}});
}

std::uint16_t HttpServer::port() const {
    beast::error_code ec;
    return m_impl->acceptor.local_endpoint(ec).port();
}

void HttpServer::stopAccepting() {
    net::post(m_impl->io, [this] {
        beast::error_code ignored;
        m_impl->acceptor.close(ignored);
    });
}

void HttpServer::stop() {
    if (m_impl->threads.empty())
        return;
    stopAccepting();
    m_impl->guard.reset();
    m_impl->io.stop();
    for (auto& thread : m_impl->threads)
        thread.join();
    m_impl->threads.clear();
    m_impl->work.stop();
    m_impl->work.join();
}

}  // namespace verdict::http
