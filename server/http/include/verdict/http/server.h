#pragma once
// verdict-server's network layer: Boost.Beast HTTP/1.1 and WebSocket on Boost.Asio, TLS when
// given a certificate and key. Requests go to the API on a pool of worker threads (so a slow
// request never stalls the network threads); WebSocket clients follow events from the hub.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "verdict/api/api.h"
#include "verdict/events/event_hub.h"

namespace verdict::http {

struct ServerOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;  // 0: any free port (see HttpServer::port())
    int networkThreads = 2;
    int apiThreads = 16;  // blocking API work (commits, password hashing, package uploads)
    std::optional<std::filesystem::path> tlsCertificate, tlsKey;
    std::size_t maxBodyBytes = 300u << 20;  // problem uploads; JSON bodies are far smaller
    std::size_t maxQueuedMessages = 4096;   // per WebSocket client, before it is dropped
    std::size_t maxQueuedBytes = 8u << 20;
};

class HttpServer {
  public:
    HttpServer(api::Api& api, events::EventHub& hub, ServerOptions options);
    ~HttpServer();

    // Binds and starts serving; throws std::runtime_error saying what failed (address in use,
    // unreadable certificate, ...).
    void start();
    std::uint16_t port() const;  // the bound port
    void stopAccepting();        // SIGTERM: no new connections
    void stop();                 // closes everything and joins the threads

    struct Impl;

  private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace verdict::http
