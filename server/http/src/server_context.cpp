#include "server_context.h"

#include <algorithm>
#include <cctype>

namespace verdict::http {

namespace http = boost::beast::http;

api::HttpRequest toApiRequest(const Request& request, const std::string& peer) {
    api::HttpRequest converted;
    converted.method = std::string(request.method_string());
    converted.target = std::string(request.target());
    for (const auto& field : request) {
        std::string name(field.name_string());
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        converted.headers[name] = std::string(field.value());
    }
    converted.body = request.body();
    converted.peer = peer;
    return converted;
}

Response toBeastResponse(const api::HttpResponse& response, unsigned version, bool keepAlive) {
    Response converted{static_cast<http::status>(response.status), version};
    converted.set(http::field::server, "verdict-server");
    converted.set(http::field::content_type, response.contentType);
    for (const auto& [name, value] : response.headers)
        converted.set(name, value);
    converted.keep_alive(keepAlive);
    converted.body() = response.body;
    converted.prepare_payload();
    return converted;
}

}  // namespace verdict::http
