#pragma once
// The client library: speaks verdict-server's API (docs/api.md) for the IDE and the `verdict`
// command line. No Widgets, no Qt: plain C++ over Boost.Beast, blocking calls with timeouts
// (the IDE runs them off its UI thread).
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace verdict::client {

// http://host:port or https://host:port (an optional path prefix is kept).
struct ServerAddress {
    bool tls = false;
    std::string host;
    std::string port;
    std::string prefix;  // "" or "/verdict": prepended to every API path
    // TLS: verify the server's certificate chain (default), or accept exactly the certificate
    // whose SHA-256 fingerprint is pinned (hex, colons allowed): self-signed contest servers.
    std::string pinnedSha256;
    std::string toString() const;
};
std::optional<ServerAddress> parseServerAddress(const std::string& url, std::string& error);

// What went wrong: the server's error (status and code from {"error": {...}}), or the
// connection's (status 0, code "connection" / "tls" / "timeout" / "protocol").
struct ClientError {
    int status = 0;
    std::string code;
    std::string message;
    std::string describe() const;
};

template <class T>
struct Result {
    std::optional<T> value;
    ClientError error;
    explicit operator bool() const { return value.has_value(); }
};

class Client {
  public:
    explicit Client(ServerAddress address, std::string token = {},
                    std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~Client();
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    const ServerAddress& address() const { return m_address; }
    const std::string& token() const { return m_token; }
    // The certificate the server presented (TLS): its SHA-256 fingerprint (hex), for pinning;
    // also set after a call failed because the certificate did not verify.
    std::string serverCertificateSha256() const;

    Result<nlohmann::json> login(const std::string& username, const std::string& password);
    Result<nlohmann::json> get(const std::string& path);  // e.g. "/api/v1/problems"
    Result<nlohmann::json> post(const std::string& path, const nlohmann::json& body);
    Result<nlohmann::json> postBytes(const std::string& path, const std::string& bytes,
                                     const std::string& contentType);

    Result<std::int64_t> submit(const nlohmann::json& problem, const std::string& language,
                                const std::string& source);
    Result<std::int64_t> startRun(const std::string& language, const std::string& source,
                                  const std::string& input);

    struct Impl;

  private:
    Result<nlohmann::json> exchange(const std::string& method, const std::string& path,
                                    const std::string& body, const std::string& contentType);
    ServerAddress m_address;
    std::string m_token;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace verdict::client
