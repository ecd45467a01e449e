#pragma once
// One HTTP exchange as the API sees it, free of any network library: the server's Beast layer
// (server/http) turns the wire into these and back, and tests and the fuzzer call the API with
// them directly.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace verdict::api {

struct HttpRequest {
    std::string method;                          // "GET", "POST", ...
    std::string target;                          // path and query: "/api/v1/submissions?limit=10"
    std::map<std::string, std::string> headers;  // names in lower case
    std::string body;
    std::string peer;  // the client's address, for logs and rate limits

    std::string header(const std::string& lowerName) const;
};

struct HttpResponse {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  // extra ones (Retry-After, ...)
};

// {"error": {"code": code, "message": message}} with that status.
HttpResponse errorResponse(int status, const std::string& code, const std::string& message);

// The path split at '/', and the query's name=value pairs (percent-decoded).
struct Target {
    std::vector<std::string> segments;  // "/api/v1/problems/3" -> {"api", "v1", "problems", "3"}
    std::map<std::string, std::string> query;
};
Target parseTarget(const std::string& target);

}  // namespace verdict::api
