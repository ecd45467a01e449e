// The optional contest: GET /api/v1/contest with and without one, and the config's "contest"
// object checked field by field (a bad one names the field).
#include "api_fixture.h"
#include "verdict/api/contest.h"

namespace verdict::tests {

namespace {

using nlohmann::json;

class ContestApiTest : public ApiFixture {};

constexpr std::int64_t kStartMs = 1795683600000;  // 2026-11-26T09:00:00Z
constexpr std::int64_t kEndMs = 1795701600000;    // 2026-11-26T14:00:00Z

TEST_F(ContestApiTest, WithoutAContestTheAnswerIs404NoContest) {
    auto response = call("GET", "/api/v1/contest", "", m_adminToken);
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(errorCode(response), "no_contest");
}

TEST_F(ContestApiTest, AContestIsServedWithTheServerClock) {
    api::ApiConfig config;
    config.contest = api::Contest{"Finals", kStartMs, kEndMs};
    startApi(config);
    auto response = call("GET", "/api/v1/contest", "", m_adminToken);
    ASSERT_EQ(response.status, 200) << response.body;
    auto body = bodyOf(response);
    EXPECT_EQ(body["name"], "Finals");
    EXPECT_EQ(body["start_ms"], kStartMs);
    EXPECT_EQ(body["end_ms"], kEndMs);
    EXPECT_GT(body["now_ms"].get<std::int64_t>(), kStartMs - 10LL * 365 * 24 * 3600 * 1000);
}

TEST_F(ContestApiTest, TheContestNeedsAToken) {
    auto response = call("GET", "/api/v1/contest");
    EXPECT_EQ(response.status, 401);
}

TEST(ContestConfig, ReadsNameStartAndEnd) {
    std::string error;
    auto contest = api::parseContest(
        json{
            {"name", "Finals"}, {"start", "2026-11-26T09:00:00Z"}, {"end", "2026-11-26T14:00:00Z"}},
        error);
    ASSERT_TRUE(contest) << error;
    EXPECT_EQ(contest->name, "Finals");
    EXPECT_EQ(contest->startMs, kStartMs);
    EXPECT_EQ(contest->endMs, kEndMs);
    EXPECT_EQ(api::parseUtcTime("1970-01-01T00:00:01.250Z"), 1250);
}

TEST(ContestConfig, ABadContestNamesTheField) {
    struct Case {
        json config;
        std::string mentions;
    };
    const std::vector<Case> cases = {
        {json{{"start", "2026-11-26T09:00:00Z"}, {"end", "2026-11-26T14:00:00Z"}}, "contest.name"},
        {json{{"name", "F"}, {"start", "tomorrow"}, {"end", "2026-11-26T14:00:00Z"}},
         "contest.start"},
        {json{{"name", "F"}, {"start", "2026-11-26T09:00:00Z"}, {"end", "2026-02-30T14:00:00Z"}},
         "contest.end"},
        {json{{"name", "F"}, {"start", "2026-11-26T09:00:00Z"}, {"end", "2026-11-26T09:00:00Z"}},
         "contest.end must be after contest.start"},
        {json{{"name", "F"}, {"start", "2026-11-26T09:00:00+01:00"}, {"end", 5}}, "contest.start"},
        {json::array(), "contest must be an object"},
    };
    for (const auto& c : cases) {
        std::string error;
        EXPECT_FALSE(api::parseContest(c.config, error)) << c.config.dump();
        EXPECT_NE(error.find(c.mentions), std::string::npos) << error;
    }
}

}  // namespace
}  // namespace verdict::tests
