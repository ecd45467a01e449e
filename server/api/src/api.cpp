#include "verdict/api/api.h"

#include <charconv>
#include <exception>

#include "language_list.h"
#include "rate_limiter.h"
#include "routes.h"
#include "verdict/api/credentials.h"

namespace verdict::api {

store::Millis nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

HttpResponse jsonResponse(int status, const nlohmann::json& body) {
    HttpResponse response;
    response.status = status;
    response.body = body.dump();
    return response;
}

std::optional<HttpResponse> parseJsonObject(Api::Context& context) {
    context.body = nlohmann::json::parse(context.request.body, nullptr, false);
    if (context.body.is_discarded())
        return errorResponse(400, "malformed_json", "the request body is not valid JSON");
    if (!context.body.is_object())
        return errorResponse(400, "malformed_json", "the request body must be a JSON object");
    return std::nullopt;
}

std::optional<HttpResponse> requireString(const nlohmann::json& body, const char* field,
                                          std::string& value) {
    auto it = body.find(field);
    if (it == body.end() || !it->is_string()) {
        return errorResponse(400, "missing_field",
                             std::string("the field \"") + field + "\" (a string) is required");
    }
    value = it->get<std::string>();
    return std::nullopt;
}

std::optional<store::Id> parseId(const std::string& text) {
    store::Id id = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0)
        return std::nullopt;
    return id;
}

Api::Api(store::Store& store, const languages::Catalogue& catalogue, events::EventHub& hub,
         events::Metrics& metrics, ApiConfig config, WakeWorkers wake)
    : m_store(store),
      m_catalogue(catalogue),
      m_hub(hub),
      m_metrics(metrics),
      m_config(std::move(config)),
      m_wake(std::move(wake)),
      m_rateLimiter(
          std::make_unique<RateLimiter>(m_config.submissionsPerMinute / 60.0, m_config.burst)),
      m_languages(std::make_unique<LanguageList>(catalogue)) {}

Api::~Api() = default;

std::optional<store::User> Api::authenticate(const std::string& token) {
    if (token.empty())
        return std::nullopt;
    auto userId = m_store.userForToken(tokenHash(token), nowMs());
    return userId ? m_store.userById(*userId) : std::nullopt;
}

HttpResponse Api::handle(const HttpRequest& request) {
    Context context{request, parseTarget(request.target), std::nullopt, {}};
    HttpResponse response;
    try {
        std::string authorization = request.header("authorization");
        if (authorization.rfind("Bearer ", 0) == 0)
            context.user = authenticate(authorization.substr(7));
        response = route(context);
    } catch (const std::exception& failure) {
        response =
            errorResponse(500, "internal",
                          std::string("the server failed: ") + failure.what() + "; it is logged");
    }
    if (response.status >= 400)
        m_metrics.rejected(response.status);
    return response;
}

HttpResponse Api::route(Context& context) {
    const auto& path = context.target.segments;
    const std::string& method = context.request.method;
    if (path.size() == 1 && path[0] == "metrics" && method == "GET")
        return metricsText();
    if (path.size() < 3 || path[0] != "api" || path[1] != "v1")
        return errorResponse(404, "not_found", "no such endpoint; the API is under /api/v1");
    const std::string& resource = path[2];
    if (resource == "health" && path.size() == 3 && method == "GET")
        return jsonResponse(200, {{"status", "ok"}, {"time_ms", nowMs()}});
    if (resource == "languages" && path.size() == 3 && method == "GET")
        return languages(context);
    if (resource == "auth" && path.size() == 4 && path[3] == "login" && method == "POST")
        return login(context);
    if (!context.user) {
        return errorResponse(401, "unauthorized",
                             context.request.header("authorization").empty()
                                 ? "log in first: send Authorization: Bearer TOKEN"
                                 : "the token is unknown, expired or revoked; log in again");
    }
    store::Id id = 0;
    if (path.size() >= 4 && resource != "auth" && resource != "users") {
        auto parsed = parseId(path[3]);
        if (!parsed)
            return errorResponse(404, "not_found", "'" + path[3] + "' is not an id");
        id = *parsed;
    }
    if (resource == "auth" && path.size() == 4 && path[3] == "logout" && method == "POST")
        return logout(context);
    if (resource == "users" && path.size() == 3 && method == "POST")
        return createUser(context);
    if (resource == "users" && path.size() == 4 && path[3] == "me" && method == "GET")
        return me(context);
    if (resource == "contest" && path.size() == 3 && method == "GET")
        return contestResponse(m_config.contest, nowMs());
    if (resource == "problems" && path.size() == 3 && method == "POST")
        return addProblem(context);
    if (resource == "problems" && path.size() == 3 && method == "GET")
        return listProblems(context);
    if (resource == "problems" && path.size() == 4 && method == "GET")
        return showProblem(context, id);
    if (resource == "problems" && path.size() == 5 && path[4] == "statement" && method == "GET")
        return problemStatement(context, id);
    if (resource == "submissions" && path.size() == 3 && method == "POST")
        return submit(context);
    if (resource == "submissions" && path.size() == 3 && method == "GET")
        return listSubmissions(context);
    if (resource == "submissions" && path.size() == 4 && method == "GET")
        return showSubmission(context, id);
    if (resource == "submissions" && path.size() == 5 && path[4] == "rejudge" && method == "POST")
        return rejudge(context, id);
    if (resource == "runs" && path.size() == 3 && method == "POST")
        return startRun(context);
    if (resource == "runs" && path.size() == 4 && method == "GET")
        return showRun(context, id);
    return errorResponse(404, "not_found",
                         "no such endpoint: " + method + " " + context.request.target);
}

HttpResponse Api::metricsText() {
    HttpResponse response;
    response.contentType = "text/plain; version=0.0.4";
    response.body = m_metrics.prometheus(m_store.queueDepth(store::JobKind::Submission),
                                         m_store.queueDepth(store::JobKind::Run));
    return response;
}

}  // namespace verdict::api
