// POST /submissions, GET /submissions[/{id}], POST /submissions/{id}/rejudge, and the custom
// runs: POST /runs, GET /runs/{id}.
#include <set>

#include "rate_limiter.h"
#include "routes.h"

namespace verdict::api {

namespace {

nlohmann::json resultOf(const std::string& resultJson) {
    auto json = nlohmann::json::parse(resultJson, nullptr, false);
    return json.is_discarded() ? nlohmann::json(nullptr) : json;
}

// `admin`: the caller is one, and sees why the judge failed (a judge error's "error").
nlohmann::json submissionJson(const store::Submission& s, bool withSource, bool admin) {
    nlohmann::json json = {{"id", s.id},
                           {"user", s.userId},
                           {"problem", s.problemId},
                           {"language", s.language},
                           {"status", s.status},
                           {"created_ms", s.createdMs}};
    if (s.status == "done") {
        json["verdict"] = s.verdict;
        json["score"] = s.score ? nlohmann::json(*s.score) : nullptr;
        json["result"] = resultOf(s.resultJson);
        if (!admin && json["result"].is_object())
            json["result"].erase("error");
    }
    if (withSource)
        json["source"] = s.source;
    return json;
}

std::string queuedEvent() {
    return nlohmann::json{{"status", "queued"}}.dump();
}

}  // namespace

void Api::publishQueued(store::JobKind kind, store::Id target, store::Id userId,
                        const std::string& eventJson) {
    m_hub.publish({kind, target, userId, 1, events::wireEvent(kind, target, 1, eventJson)});
    if (m_wake)
        m_wake(kind);
}

// Language known and installed, queue not full, rate not exceeded: else the response to send.
std::optional<HttpResponse> Api::admitJob(Context& context, store::JobKind kind) {
    std::string language = context.body.value("language", "");
    const auto* entry = m_catalogue.find(language);
    if (entry == nullptr) {
        std::string known;
        for (const auto& l : m_catalogue.languages())
            known += (known.empty() ? "" : ", ") + l.id;
        return errorResponse(422, "unknown_language",
                             "unknown language '" + language + "'; one of: " + known);
    }
    if (auto missing = languages::Catalogue::missingTool(*entry); !missing.empty())
        return errorResponse(422, "language_unavailable",
                             language + " is not installed: " + missing);
    if (m_store.queueDepth(kind) >= m_config.queueCapacity) {
        HttpResponse full =
            errorResponse(503, "queue_full", "the judge queue is full; retry later");
        full.headers.emplace_back("Retry-After", "5");
        return full;
    }
    int retryAfter = 1;
    if (!m_rateLimiter->take(context.user->id, retryAfter)) {
        HttpResponse limited = errorResponse(429, "rate_limited", "too many requests; slow down");
        limited.headers.emplace_back("Retry-After", std::to_string(retryAfter));
        return limited;
    }
    return std::nullopt;
}

HttpResponse Api::submit(Context& context) {
    if (auto bad = parseJsonObject(context))
        return *bad;
    std::string source, language;
    if (auto bad = requireString(context.body, "source", source))
        return *bad;
    if (auto bad = requireString(context.body, "language", language))
        return *bad;
    std::optional<store::Problem> problem;
    if (auto field = context.body.find("problem"); field != context.body.end()) {
        if (field->is_number_integer())
            problem = m_store.problem(field->get<store::Id>());
        else if (field->is_string())
            problem = m_store.problemByShortName(field->get<std::string>());
    } else {
        return errorResponse(400, "missing_field",
                             "the field \"problem\" (an id or short name) is required");
    }
    if (!problem)
        return errorResponse(404, "unknown_problem",
                             "no such problem: " + context.body["problem"].dump());
    std::size_t codeLimit =
        codeLimitBytes(nlohmann::json::parse(problem->summaryJson, nullptr, false));
    if (source.size() > codeLimit) {
        return errorResponse(413, "source_too_large",
                             "the source is " + std::to_string(source.size()) +
                                 " bytes; this problem allows " + std::to_string(codeLimit));
    }
    if (auto refused = admitJob(context, store::JobKind::Submission))
        return *refused;
    store::NewSubmission submission{context.user->id, problem->id, language, source};
    store::Id id = m_store.createSubmission(submission, nowMs(), queuedEvent());
    m_metrics.submissionAccepted();
    publishQueued(store::JobKind::Submission, id, context.user->id, queuedEvent());
    return jsonResponse(202, {{"id", id}, {"status", "queued"}});
}

HttpResponse Api::showSubmission(Context& context, store::Id id) {
    auto submission = m_store.submission(id);
    if (!submission)
        return errorResponse(404, "unknown_submission", "no submission " + std::to_string(id));
    if (submission->userId != context.user->id && !context.user->admin)
        return errorResponse(403, "forbidden",
                             "submission " + std::to_string(id) + " is not yours");
    return jsonResponse(200, submissionJson(*submission, true, context.user->admin));
}

HttpResponse Api::listSubmissions(Context& context) {
    store::SubmissionFilter filter;
    const auto& query = context.target.query;
    if (!context.user->admin || !query.count("all"))
        filter.userId = context.user->id;
    if (auto it = query.find("problem"); it != query.end()) {
        filter.problemId = parseId(it->second);
        if (!filter.problemId)
            return errorResponse(400, "bad_query", "problem= takes a problem id");
    }
    if (auto it = query.find("before"); it != query.end()) {
        filter.beforeId = parseId(it->second);
        if (!filter.beforeId)
            return errorResponse(400, "bad_query", "before= takes a submission id");
    }
    if (auto it = query.find("limit"); it != query.end()) {
        auto limit = parseId(it->second);
        if (!limit || *limit > 500)
            return errorResponse(400, "bad_query", "limit= takes 1 to 500");
        filter.limit = static_cast<int>(*limit);
    }
    if (auto it = query.find("verdict"); it != query.end()) {
        static const std::set<std::string> kVerdicts = {"AC",  "WA", "TLE", "MLE",
                                                        "OLE", "RE", "CE",  "JE"};
        if (!kVerdicts.count(it->second))
            return errorResponse(400, "bad_query",
                                 "verdict= takes one of AC, WA, TLE, MLE, OLE, RE, CE, JE");
        filter.verdict = it->second;
    }
    nlohmann::json list = nlohmann::json::array();
    for (const auto& submission : m_store.submissions(filter))
        list.push_back(submissionJson(submission, false, context.user->admin));
    return jsonResponse(200, list);
}

HttpResponse Api::rejudge(Context& context, store::Id id) {
    if (!context.user->admin)
        return errorResponse(403, "forbidden", "only admins rejudge");
    auto submission = m_store.submission(id);
    // A submission still queued or being judged is rejudged too: the store ends its old job
    // (the worker's lease goes stale) and queues a new one.
    if (!submission || !m_store.rejudge(id, nowMs(), queuedEvent()))
        return errorResponse(404, "unknown_submission", "no submission " + std::to_string(id));
    auto seq = m_store.lastSeq(store::JobKind::Submission, id);
    m_hub.publish({store::JobKind::Submission, id, submission->userId, seq,
                   events::wireEvent(store::JobKind::Submission, id, seq, queuedEvent())});
    if (m_wake)
        m_wake(store::JobKind::Submission);
    return jsonResponse(202, {{"id", id}, {"status", "queued"}});
}

HttpResponse Api::startRun(Context& context) {
    if (auto bad = parseJsonObject(context))
        return *bad;
    std::string source, language, input;
    if (auto bad = requireString(context.body, "source", source))
        return *bad;
    if (auto bad = requireString(context.body, "language", language))
        return *bad;
    if (context.body.contains("stdin") && !context.body["stdin"].is_string())
        return errorResponse(400, "bad_field", "\"stdin\" must be a string");
    input = context.body.value("stdin", "");
    if (source.size() > m_config.defaultCodeLimitBytes)
        return errorResponse(
            413, "source_too_large",
            "the source is over " + std::to_string(m_config.defaultCodeLimitBytes) + " bytes");
    if (input.size() > m_config.maxRunStdinBytes)
        return errorResponse(
            413, "stdin_too_large",
            "stdin is over " + std::to_string(m_config.maxRunStdinBytes) + " bytes");
    if (auto refused = admitJob(context, store::JobKind::Run))
        return *refused;
    store::NewRun run{context.user->id, language, source, input};
    store::Id id = m_store.createRun(run, nowMs(), queuedEvent());
    m_metrics.runAccepted();
    publishQueued(store::JobKind::Run, id, context.user->id, queuedEvent());
    return jsonResponse(202, {{"id", id}, {"status", "queued"}});
}

HttpResponse Api::showRun(Context& context, store::Id id) {
    auto run = m_store.run(id);
    if (!run)
        return errorResponse(404, "unknown_run", "no run " + std::to_string(id));
    if (run->userId != context.user->id && !context.user->admin)
        return errorResponse(403, "forbidden", "run " + std::to_string(id) + " is not yours");
    nlohmann::json json = {{"id", run->id},
                           {"language", run->language},
                           {"status", run->status},
                           {"created_ms", run->createdMs}};
    if (run->status == "done")
        json["result"] = resultOf(run->resultJson);
    return jsonResponse(200, json);
}

}  // namespace verdict::api
