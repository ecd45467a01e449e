#pragma once
// What every route handler shares: the parsed request, the caller, JSON helpers.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "verdict/api/api.h"

namespace verdict::api {

struct Api::Context {
    const HttpRequest& request;
    Target target;
    std::optional<store::User> user;  // set when the request carried a valid token
    nlohmann::json body;              // the parsed JSON body (for JSON requests)
};

store::Millis nowMs();
HttpResponse jsonResponse(int status, const nlohmann::json& body);
// The body as a JSON object, or the 400 response that says why it is not one.
std::optional<HttpResponse> parseJsonObject(Api::Context& context);
// A required string field of the body, or the 400 that names it.
std::optional<HttpResponse> requireString(const nlohmann::json& body, const char* field,
                                          std::string& value);
std::optional<store::Id> parseId(const std::string& text);

}  // namespace verdict::api
