// The API without the network: health, login, tokens, users, metrics, unknown endpoints.
#include "api_fixture.h"

namespace verdict::tests {

namespace {

using nlohmann::json;

class ApiTest : public ApiFixture {};

TEST_F(ApiTest, HealthNeedsNoToken) {
    auto response = call("GET", "/api/v1/health");
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(bodyOf(response)["status"], "ok");
}

TEST_F(ApiTest, LoginGivesATokenThatAuthenticates) {
    auto me = call("GET", "/api/v1/users/me", "", m_adminToken);
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(bodyOf(me)["username"], "admin");
    EXPECT_EQ(bodyOf(me)["admin"], true);
}

TEST_F(ApiTest, LoginRefusesAWrongPasswordAndAnUnknownUserAlike) {
    auto wrong = call("POST", "/api/v1/auth/login",
                      json{{"username", "admin"}, {"password", "nope-nope"}}.dump());
    auto unknown = call("POST", "/api/v1/auth/login",
                        json{{"username", "nobody"}, {"password", "nope-nope"}}.dump());
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(errorCode(wrong), "bad_credentials");
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(errorCode(unknown), "bad_credentials");
    EXPECT_EQ(bodyOf(wrong)["error"]["message"], bodyOf(unknown)["error"]["message"]);
}

TEST_F(ApiTest, LoginRefusesMalformedJsonAndMissingFields) {
    auto malformed = call("POST", "/api/v1/auth/login", "{\"username\": ");
    EXPECT_EQ(malformed.status, 400);
    EXPECT_EQ(errorCode(malformed), "malformed_json");
    auto array = call("POST", "/api/v1/auth/login", "[1, 2]");
    EXPECT_EQ(array.status, 400);
    EXPECT_EQ(errorCode(array), "malformed_json");
    auto missing = call("POST", "/api/v1/auth/login", json{{"username", "admin"}}.dump());
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(errorCode(missing), "missing_field");
}

TEST_F(ApiTest, CallsWithoutOrWithABadTokenAre401) {
    auto none = call("GET", "/api/v1/problems");
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(errorCode(none), "unauthorized");
    auto bad = call("GET", "/api/v1/problems", "", std::string(64, 'a'));
    EXPECT_EQ(bad.status, 401);
    EXPECT_EQ(errorCode(bad), "unauthorized");
}

TEST_F(ApiTest, LogoutRevokesTheToken) {
    std::string token = newUser("alice");
    EXPECT_EQ(call("POST", "/api/v1/auth/logout", "", token).status, 200);
    EXPECT_EQ(call("GET", "/api/v1/users/me", "", token).status, 401);
}

TEST_F(ApiTest, OnlyAdminsCreateUsers) {
    std::string alice = newUser("alice");
    auto response = call("POST", "/api/v1/users",
                         json{{"username", "bob"}, {"password", "bob-password"}}.dump(), alice);
    EXPECT_EQ(response.status, 403);
    EXPECT_EQ(errorCode(response), "forbidden");
}

TEST_F(ApiTest, CreatingUsersChecksNamesPasswordsAndDuplicates) {
    newUser("alice");
    auto create = [&](const json& body) {
        return call("POST", "/api/v1/users", body.dump(), m_adminToken);
    };
    auto duplicate = create({{"username", "alice"}, {"password", "another-password"}});
    EXPECT_EQ(duplicate.status, 409);
    EXPECT_EQ(errorCode(duplicate), "user_exists");
    auto badName = create({{"username", "al ice/"}, {"password", "a-long-password"}});
    EXPECT_EQ(badName.status, 400);
    EXPECT_EQ(errorCode(badName), "bad_username");
    auto weak = create({{"username", "carol"}, {"password", "short"}});
    EXPECT_EQ(weak.status, 400);
    EXPECT_EQ(errorCode(weak), "weak_password");
    auto badAdmin =
        create({{"username", "dave"}, {"password", "a-long-password"}, {"admin", "yes"}});
    EXPECT_EQ(badAdmin.status, 400);
    EXPECT_EQ(errorCode(badAdmin), "bad_field");
}

TEST_F(ApiTest, MetricsHaveTheCounters) {
    call("GET", "/api/v1/problems");  // a 401
    auto response = call("GET", "/metrics");
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(response.contentType.rfind("text/plain", 0), 0u);
    for (const char* name :
         {"verdict_queue_depth{queue=\"submissions\"} 0", "verdict_queue_depth{queue=\"runs\"} 0",
          "verdict_submissions_total 0", "verdict_runs_total 0", "verdict_websocket_clients 0",
          "verdict_slow_clients_dropped_total 0",
          "verdict_requests_rejected_total{status=\"401\"} 1", "verdict_judging_seconds_count 0",
          "# TYPE verdict_verdicts_total counter",
          "# TYPE verdict_sandbox_degradations_total counter"}) {
        EXPECT_NE(response.body.find(name), std::string::npos) << name << "\n" << response.body;
    }
}

TEST_F(ApiTest, UnknownEndpointsAre404) {
    for (const auto& [method, target] :
         std::vector<std::pair<std::string, std::string>>{{"GET", "/"},
                                                          {"GET", "/api/v2/health"},
                                                          {"GET", "/api/v1/health/extra"},
                                                          {"GET", "/api/v1/nothing"},
                                                          {"DELETE", "/api/v1/problems"},
                                                          {"GET", "/api/v1/problems/abc"}}) {
        auto response = call(method, target, "", m_adminToken);
        EXPECT_EQ(response.status, 404) << method << " " << target;
        EXPECT_EQ(errorCode(response), "not_found") << method << " " << target;
    }
}

}  // namespace

}  // namespace verdict::tests
