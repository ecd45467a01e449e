#include "verdict/client/client.h"

#include "verdict/client/transport.h"

namespace verdict::client {

namespace http = boost::beast::http;

struct Client::Impl {
    Impl(const ServerAddress& address, std::chrono::milliseconds timeout)
        : transport(address, timeout) {}
    Transport transport;
};

std::string ServerAddress::toString() const {
    return std::string(tls ? "https://" : "http://") + host + ":" + port + prefix;
}

std::optional<ServerAddress> parseServerAddress(const std::string& url, std::string& error) {
    ServerAddress address;
    std::string rest;
    if (url.rfind("https://", 0) == 0) {
        address.tls = true;
        rest = url.substr(8);
    } else if (url.rfind("http://", 0) == 0) {
        rest = url.substr(7);
    } else {
        error = "a server is http://HOST[:PORT] or https://HOST[:PORT], not '" + url + "'";
        return std::nullopt;
    }
    std::size_t slash = rest.find('/');
    std::string hostPort = rest.substr(0, slash);
    if (slash != std::string::npos) {
        address.prefix = rest.substr(slash);
        while (!address.prefix.empty() && address.prefix.back() == '/')
            address.prefix.pop_back();
    }
    std::size_t colon = hostPort.rfind(':');
    bool bracketed = !hostPort.empty() && hostPort.front() == '[';
    if (colon != std::string::npos && (!bracketed || hostPort[colon - 1] == ']')) {
        address.host = hostPort.substr(0, colon);
        address.port = hostPort.substr(colon + 1);
    } else {
        address.host = hostPort;
        address.port = address.tls ? "443" : "80";
    }
    if (bracketed && address.host.size() > 2)
        address.host = address.host.substr(1, address.host.size() - 2);
    if (address.host.empty() || address.port.empty() ||
        address.port.find_first_not_of("0123456789") != std::string::npos) {
        error = "cannot read the host and port of '" + url + "'";
        return std::nullopt;
    }
    return address;
}

std::string ClientError::describe() const {
    if (status == 0)
        return message;
    return message + " (HTTP " + std::to_string(status) + (code.empty() ? "" : ", " + code) + ")";
}

Client::Client(ServerAddress address, std::string token, std::chrono::milliseconds timeout)
    : m_address(std::move(address)),
      m_token(std::move(token)),
      m_impl(std::make_unique<Impl>(m_address, timeout)) {}

Client::~Client() = default;

std::string Client::serverCertificateSha256() const {
    return m_impl->transport.peerCertificateSha256();
}

Result<nlohmann::json> Client::exchange(const std::string& method, const std::string& path,
                                        const std::string& body, const std::string& contentType) {
    HttpRequest request{http::string_to_verb(method), m_address.prefix + path, 11};
    request.set(http::field::user_agent, "verdict-client");
    if (!m_token.empty())
        request.set(http::field::authorization, "Bearer " + m_token);
    if (!body.empty() || method == "POST") {
        request.set(http::field::content_type, contentType);
        request.body() = body;
    }
    HttpResponse response;
    Result<nlohmann::json> result;
    if (!m_impl->transport.exchange(request, response, result.error))
        return result;
    auto json = nlohmann::json::parse(response.body(), nullptr, false);
    int status = static_cast<int>(response.result_int());
    if (status >= 200 && status < 300 && !json.is_discarded()) {
        result.value = std::move(json);
        return result;
    }
    result.error.status = status;
    if (json.is_object() && json.contains("error") && json["error"].is_object()) {
        result.error.code = json["error"].value("code", "");
        result.error.message = json["error"].value("message", "");
    } else {
        result.error.code = "protocol";
        result.error.message =
            "unexpected answer from the server: " + response.body().substr(0, 200);
    }
    return result;
}

Result<nlohmann::json> Client::login(const std::string& username, const std::string& password) {
    auto result = post("/api/v1/auth/login", {{"username", username}, {"password", password}});
    if (result)
        m_token = (*result.value)["token"].get<std::string>();
    return result;
}

Result<nlohmann::json> Client::get(const std::string& path) {
    return exchange("GET", path, {}, {});
}

Result<nlohmann::json> Client::post(const std::string& path, const nlohmann::json& body) {
    return exchange("POST", path, body.dump(), "application/json");
}

Result<nlohmann::json> Client::postBytes(const std::string& path, const std::string& bytes,
                                         const std::string& contentType) {
    return exchange("POST", path, bytes, contentType);
}

namespace {

Result<std::int64_t> idOf(Result<nlohmann::json> answer) {
    Result<std::int64_t> result;
    result.error = answer.error;
    if (answer && answer.value->contains("id"))
        result.value = (*answer.value)["id"].get<std::int64_t>();
    return result;
}

}  // namespace

Result<std::int64_t> Client::submit(const nlohmann::json& problem, const std::string& language,
                                    const std::string& source) {
    return idOf(post("/api/v1/submissions",
                     {{"problem", problem}, {"language", language}, {"source", source}}));
}

Result<std::int64_t> Client::startRun(const std::string& language, const std::string& source,
                                      const std::string& input) {
    return idOf(
        post("/api/v1/runs", {{"language", language}, {"source", source}, {"stdin", input}}));
}

}  // namespace verdict::client
