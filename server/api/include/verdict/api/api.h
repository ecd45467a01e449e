#pragma once
// The HTTP API of verdict-server (docs/api.md), independent of the network layer: a request in,
// a response out. Thread-safe: the server calls it from every connection's thread.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

#include "verdict/api/contest.h"
#include "verdict/api/http_types.h"
#include "verdict/events/event_hub.h"
#include "verdict/events/metrics.h"
#include "verdict/languages/catalogue.h"
#include "verdict/store/store.h"

namespace verdict::api {

struct ApiConfig {
    std::filesystem::path dataDir;                  // problems are kept in dataDir/problems
    std::size_t defaultCodeLimitBytes = 64 * 1024;  // when the package states no `code` limit
    std::size_t maxRunStdinBytes = 1 << 20;
    std::size_t maxProblemBytes = 256u << 20;
    std::int64_t queueCapacity = 100000;  // jobs waiting per queue; beyond it: 503
    double submissionsPerMinute = 120;    // per user, with a burst of `burst`: beyond it 429
    double burst = 30;
    std::chrono::hours tokenLifetime{24 * 30};
    std::optional<Contest> contest;  // GET /api/v1/contest (the config's "contest")
};

class RateLimiter;
struct LanguageList;

class Api {
  public:
    using WakeWorkers = std::function<void(store::JobKind)>;
    Api(store::Store& store, const languages::Catalogue& catalogue, events::EventHub& hub,
        events::Metrics& metrics, ApiConfig config, WakeWorkers wake);
    ~Api();

    HttpResponse handle(const HttpRequest& request);

    // The user a bearer token belongs to (WebSocket sessions authenticate with this).
    std::optional<store::User> authenticate(const std::string& token);
    store::Store& store() { return m_store; }
    events::Metrics& metrics() { return m_metrics; }

    struct Context;  // one request being handled (routes.h)

  private:
    HttpResponse route(Context& context);
    HttpResponse login(Context& context);
    HttpResponse logout(Context& context);
    HttpResponse createUser(Context& context);
    HttpResponse me(Context& context);
    HttpResponse languages(Context& context);
    HttpResponse addProblem(Context& context);
    HttpResponse listProblems(Context& context);
    HttpResponse showProblem(Context& context, store::Id id);
    HttpResponse problemStatement(Context& context, store::Id id);
    HttpResponse submit(Context& context);
    HttpResponse showSubmission(Context& context, store::Id id);
    HttpResponse listSubmissions(Context& context);
    HttpResponse rejudge(Context& context, store::Id id);
    HttpResponse startRun(Context& context);
    HttpResponse showRun(Context& context, store::Id id);
    HttpResponse metricsText();
    std::optional<HttpResponse> admitJob(Context& context, store::JobKind kind);
    // The source limit in force for a problem (its stored summary): the package's
    // `limits.code`, else the server's code_limit_bytes.
    std::size_t codeLimitBytes(const nlohmann::json& summary) const;
    void publishQueued(store::JobKind kind, store::Id target, store::Id userId,
                       const std::string& eventJson);

    store::Store& m_store;
    const languages::Catalogue& m_catalogue;
    events::EventHub& m_hub;
    events::Metrics& m_metrics;
    ApiConfig m_config;
    WakeWorkers m_wake;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<LanguageList> m_languages;
};

}  // namespace verdict::api
