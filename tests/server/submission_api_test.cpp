// Submissions and custom runs through the API: queued at once, published, workers woken; every
// refusal with its status and code; users see only their own.
#include "api_fixture.h"

namespace verdict::tests {

namespace {

using nlohmann::json;

class SubmissionApiTest : public ApiFixture {
  protected:
    api::HttpResponse post(const std::string& target, const json& body, const std::string& token) {
        return call("POST", target, body.dump(), token);
    }
    json submission(store::Id problem, const std::string& language, const std::string& source) {
        return {{"problem", problem}, {"language", language}, {"source", source}};
    }
};

TEST_F(SubmissionApiTest, ASubmissionIsQueuedPublishedAndWakesTheWorkers) {
    store::Id problem = addSumProblem();
    std::string alice = newUser("alice");
    auto response =
        post("/api/v1/submissions", submission(problem, "python3", "print(3)\n"), alice);
    ASSERT_EQ(response.status, 202) << response.body;
    store::Id id = bodyOf(response)["id"];
    EXPECT_EQ(bodyOf(response)["status"], "queued");
    EXPECT_EQ(m_wakes[store::JobKind::Submission], 1);
    ASSERT_EQ(m_published.size(), 1u);
    EXPECT_EQ(m_published[0].target, id);
    EXPECT_EQ(m_published[0].seq, 1);
    auto wire = json::parse(m_published[0].wire);
    EXPECT_EQ(wire["type"], "event");
    EXPECT_EQ(wire["submission"], id);
    EXPECT_EQ(wire["status"], "queued");
    EXPECT_EQ(m_store->queueDepth(store::JobKind::Submission), 1);
    auto shown = call("GET", "/api/v1/submissions/" + std::to_string(id), "", alice);
    ASSERT_EQ(shown.status, 200);
    EXPECT_EQ(bodyOf(shown)["source"], "print(3)\n");
    EXPECT_EQ(bodyOf(shown)["status"], "queued");
}

TEST_F(SubmissionApiTest, AProblemCanBeNamedByItsShortName) {
    addSumProblem();
    json body = {{"problem", "sum-it"}, {"language", "python3"}, {"source", "print(3)\n"}};
    EXPECT_EQ(post("/api/v1/submissions", body, m_adminToken).status, 202);
}

TEST_F(SubmissionApiTest, RefusalsHaveTheirStatusAndCode) {
    store::Id problem = addSumProblem();
    struct Case {
        json body;
        int status;
        const char* code;
    };
    for (const auto& [body, status, code] : std::vector<Case>{
             {submission(problem + 7, "python3", "print(3)"), 404, "unknown_problem"},
             {submission(problem, "klingon", "print(3)"), 422, "unknown_language"},
             {submission(problem, "python3", std::string(1025, '#')), 413, "source_too_large"},
             {{{"problem", problem}, {"language", "python3"}}, 400, "missing_field"},
             {{{"problem", problem}, {"source", "x"}}, 400, "missing_field"},
         }) {
        auto response = post("/api/v1/submissions", body, m_adminToken);
        EXPECT_EQ(response.status, status) << body.dump().substr(0, 80);
        EXPECT_EQ(errorCode(response), code) << body.dump().substr(0, 80);
    }
    EXPECT_EQ(call("POST", "/api/v1/submissions", "not json", m_adminToken).status, 400);
    EXPECT_EQ(m_wakes[store::JobKind::Submission], 0);
    EXPECT_TRUE(m_published.empty());
}

TEST_F(SubmissionApiTest, TooManySubmissionsAre429WithRetryAfter) {
    api::ApiConfig config;
    config.burst = 3;
    config.submissionsPerMinute = 1;
    startApi(config);
    store::Id problem = addSumProblem();
    std::string alice = newUser("alice");
    for (int i = 0; i < 3; ++i)
        submit(alice, problem, "print(3)\n");
    auto limited = post("/api/v1/submissions", submission(problem, "python3", "print(3)"), alice);
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(errorCode(limited), "rate_limited");
    EXPECT_GE(std::stoi(header(limited, "Retry-After")), 1);
    // The limit is per user: another user still gets in.
    EXPECT_EQ(post("/api/v1/submissions", submission(problem, "python3", "1"), m_adminToken).status,
              202);
}

TEST_F(SubmissionApiTest, AFullQueueIs503WithRetryAfter) {
    api::ApiConfig config;
    config.queueCapacity = 2;
    startApi(config);
    store::Id problem = addSumProblem();
    submit(m_adminToken, problem, "print(1)\n");
    submit(m_adminToken, problem, "print(2)\n");
    auto full =
        post("/api/v1/submissions", submission(problem, "python3", "print(3)"), m_adminToken);
    EXPECT_EQ(full.status, 503);
    EXPECT_EQ(errorCode(full), "queue_full");
    EXPECT_FALSE(header(full, "Retry-After").empty());
}

TEST_F(SubmissionApiTest, UsersSeeOnlyTheirOwnSubmissions) {
    store::Id problem = addSumProblem();
    std::string alice = newUser("alice"), bob = newUser("bob");
    store::Id mine = submit(alice, problem, "print(1)\n");
    store::Id theirs = submit(bob, problem, "print(2)\n");
    auto forbidden = call("GET", "/api/v1/submissions/" + std::to_string(theirs), "", alice);
    EXPECT_EQ(forbidden.status, 403);
    EXPECT_EQ(errorCode(forbidden), "forbidden");
    auto list = call("GET", "/api/v1/submissions", "", alice);
    ASSERT_EQ(list.status, 200);
    ASSERT_EQ(bodyOf(list).size(), 1u);
    EXPECT_EQ(bodyOf(list)[0]["id"], mine);
    EXPECT_FALSE(bodyOf(list)[0].contains("source"));
    auto everybody = call("GET", "/api/v1/submissions?all", "", m_adminToken);
    EXPECT_EQ(bodyOf(everybody).size(), 2u);
    EXPECT_EQ(call("GET", "/api/v1/submissions/" + std::to_string(theirs), "", m_adminToken).status,
              200);
    EXPECT_EQ(call("GET", "/api/v1/submissions?limit=0", "", alice).status, 400);
}

TEST_F(SubmissionApiTest, AdminsListJudgeErrorsByVerdict) {
    store::Id problem = addSumProblem();
    std::string alice = newUser("alice");
    store::Id broken = submit(alice, problem, "print(1)\n");
    store::Id waiting = submit(alice, problem, "print(2)\n");
    // A worker gave up on the first one: judge error, committed after the last retry.
    auto lease = m_store->leaseJob(store::JobKind::Submission, "test-worker", 1000, 60000);
    ASSERT_TRUE(lease);
    ASSERT_EQ(lease->target, broken);
    ASSERT_TRUE(m_store->finish(*lease,
                                {"JE", std::nullopt, R"({"error": "no compiler"})",
                                 R"({"status": "done", "verdict": "JE"})"},
                                1000));
    auto errors = call("GET", "/api/v1/submissions?all&verdict=JE", "", m_adminToken);
    ASSERT_EQ(errors.status, 200);
    ASSERT_EQ(bodyOf(errors).size(), 1u);
    EXPECT_EQ(bodyOf(errors)[0]["id"], broken);
    EXPECT_EQ(bodyOf(errors)[0]["verdict"], "JE");
    EXPECT_EQ(bodyOf(errors)[0]["result"]["error"], "no compiler") << "admins see why";
    auto accepted = call("GET", "/api/v1/submissions?all&verdict=AC", "", m_adminToken);
    EXPECT_TRUE(bodyOf(accepted).empty()) << "submission " << waiting << " is still queued";
    // A user filters their own the same way; an unknown code is refused, naming the codes.
    auto own = bodyOf(call("GET", "/api/v1/submissions?verdict=JE", "", alice));
    ASSERT_EQ(own.size(), 1u);
    EXPECT_FALSE(own[0]["result"].contains("error")) << "the judge's insides are for admins";
    auto wrong = call("GET", "/api/v1/submissions?verdict=OK", "", alice);
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(errorCode(wrong), "bad_query");
    EXPECT_NE(bodyOf(wrong)["error"]["message"].get<std::string>().find("JE"), std::string::npos);
}

TEST_F(SubmissionApiTest, OnlyAdminsRejudge) {
    store::Id problem = addSumProblem();
    std::string alice = newUser("alice");
    store::Id id = submit(alice, problem, "print(1)\n");
    std::string target = "/api/v1/submissions/" + std::to_string(id) + "/rejudge";
    auto refused = call("POST", target, "", alice);
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(errorCode(refused), "forbidden");
    // Still queued: the old job is superseded and the stream goes on with a new "queued".
    m_published.clear();
    auto accepted = call("POST", target, "", m_adminToken);
    EXPECT_EQ(accepted.status, 202) << accepted.body;
    EXPECT_EQ(m_wakes[store::JobKind::Submission], 2);
    ASSERT_EQ(m_published.size(), 1u);
    EXPECT_EQ(m_published[0].seq, 2);
    EXPECT_EQ(m_store->queueDepth(store::JobKind::Submission), 1);
    EXPECT_EQ(call("POST", "/api/v1/submissions/999/rejudge", "", m_adminToken).status, 404);
}

TEST_F(SubmissionApiTest, ARunIsQueuedInItsOwnQueue) {
    std::string alice = newUser("alice");
    m_hub.watchTarget(m_sink, store::JobKind::Run, 1);  // the first run of a fresh store
    auto response =
        post("/api/v1/runs",
             {{"language", "python3"}, {"source", "print(input())"}, {"stdin", "hi\n"}}, alice);
    ASSERT_EQ(response.status, 202) << response.body;
    EXPECT_EQ(bodyOf(response)["id"], 1);
    EXPECT_EQ(m_wakes[store::JobKind::Run], 1);
    EXPECT_EQ(m_wakes[store::JobKind::Submission], 0);
    ASSERT_EQ(m_published.size(), 1u);
    EXPECT_EQ(json::parse(m_published[0].wire)["run"], 1);
    EXPECT_EQ(m_store->queueDepth(store::JobKind::Run), 1);
    EXPECT_EQ(call("GET", "/api/v1/runs/1", "", alice).status, 200);
    EXPECT_EQ(call("GET", "/api/v1/runs/1", "", newUser("bob")).status, 403);
    EXPECT_EQ(call("GET", "/api/v1/runs/2", "", alice).status, 404);
}

TEST_F(SubmissionApiTest, RunInputOverTheLimitIs413) {
    api::ApiConfig config;
    config.maxRunStdinBytes = 16;
    startApi(config);
    auto response =
        post("/api/v1/runs",
             {{"language", "python3"}, {"source", "print(1)"}, {"stdin", std::string(17, 'x')}},
             m_adminToken);
    EXPECT_EQ(response.status, 413);
    EXPECT_EQ(errorCode(response), "stdin_too_large");
    auto badStdin =
        post("/api/v1/runs", {{"language", "python3"}, {"source", "print(1)"}, {"stdin", 5}},
             m_adminToken);
    EXPECT_EQ(badStdin.status, 400);
    EXPECT_EQ(errorCode(badStdin), "bad_field");
}

TEST_F(SubmissionApiTest, MetricsCountAcceptedWork) {
    store::Id problem = addSumProblem();
    submit(m_adminToken, problem, "print(1)\n");
    auto metrics = call("GET", "/metrics").body;
    EXPECT_NE(metrics.find("verdict_submissions_total 1"), std::string::npos) << metrics;
    EXPECT_NE(metrics.find("verdict_queue_depth{queue=\"submissions\"} 1"), std::string::npos);
}

}  // namespace

}  // namespace verdict::tests
