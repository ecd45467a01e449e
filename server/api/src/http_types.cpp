#include "verdict/api/http_types.h"

#include <nlohmann/json.hpp>

namespace verdict::api {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string percentDecoded(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i] == '+' ? ' ' : text[i];
        }
    }
    return out;
}

}  // namespace

std::string HttpRequest::header(const std::string& lowerName) const {
    auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

HttpResponse errorResponse(int status, const std::string& code, const std::string& message) {
    HttpResponse response;
    response.status = status;
    response.body = nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump();
    return response;
}

Target parseTarget(const std::string& target) {
    Target parsed;
    std::size_t question = target.find('?');
    std::string path = target.substr(0, question);
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string::npos)
            slash = path.size();
        if (slash > start)
            parsed.segments.push_back(percentDecoded(path.substr(start, slash - start)));
        start = slash + 1;
    }
    if (question == std::string::npos)
        return parsed;
    std::string query = target.substr(question + 1);
    start = 0;
    while (start < query.size()) {
        std::size_t amp = query.find('&', start);
        if (amp == std::string::npos)
            amp = query.size();
        std::string pair = query.substr(start, amp - start);
        std::size_t equals = pair.find('=');
        if (!pair.empty()) {
            parsed.query[percentDecoded(pair.substr(0, equals))] =
                equals == std::string::npos ? std::string()
                                            : percentDecoded(pair.substr(equals + 1));
        }
        start = amp + 1;
    }
    return parsed;
}

}  // namespace verdict::api
