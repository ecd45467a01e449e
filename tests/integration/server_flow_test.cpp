// verdict-server as a process, over the network, with the real store and the real sandbox:
// the whole flow, events in order, resume, isolation between users, crash and drain safety.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "server_process.h"
#include "verdict/client/event_stream.h"
#include "verdict/client/transport.h"

namespace verdict::tests {
namespace {

using client::Target;

const char* kSum = "a, b = map(int, input().split())\nprint(a + b)\n";
// Sleeps on every test: slow enough to interrupt mid-judging.
const char* kSlowSum =
    "import time\ntime.sleep(0.7)\na, b = map(int, input().split())\nprint(a + b)\n";

class ServerFlow : public testing::Test {
  protected:
    void SetUp() override { startWith(nlohmann::json::object()); }

    void startWith(nlohmann::json config) {
        m_server = std::make_unique<ServerProcess>(std::move(config));
        ASSERT_TRUE(m_server->start()) << m_server->logs();
        m_admin = m_server->admin();
        ASSERT_TRUE(m_admin) << m_server->logs();
        auto added =
            m_admin->postBytes("/api/v1/problems?name=aplusb", aplusbZip(), "application/zip");
        ASSERT_TRUE(added) << added.error.describe();
    }

    std::unique_ptr<client::Client> user(const std::string& name) {
        auto created =
            m_admin->post("/api/v1/users", {{"username", name}, {"password", name + "-password"}});
        EXPECT_TRUE(created) << created.error.describe();
        return m_server->login(name, name + "-password");
    }

    // Every event of a submission to "done", as the client library delivers them.
    std::vector<nlohmann::json> follow(client::Client& api, std::int64_t id,
                                       std::int64_t after = 0) {
        std::vector<nlohmann::json> events;
        client::EventStream stream(m_server->address(), api.token());
        auto done = stream.follow(
            Target::Submission, id, [&](const nlohmann::json& event) { events.push_back(event); },
            after, std::chrono::seconds(60));
        EXPECT_TRUE(done) << done.error.describe() << m_server->logs();
        return events;
    }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<client::Client> m_admin;
};

TEST_F(ServerFlow, SubmissionStreamsQueuedCompilingEveryTestAndTheVerdict) {
    auto alice = user("alice");
    auto id = alice->submit("aplusb", "python3", kSum);
    ASSERT_TRUE(id) << id.error.describe();
    auto events = follow(*alice, *id.value);
    ASSERT_GE(events.size(), 4u);
    for (std::size_t i = 0; i < events.size(); ++i)
        EXPECT_EQ(events[i]["seq"], i + 1) << "seq from 1, no gaps";
    EXPECT_EQ(events.front()["status"], "queued");
    EXPECT_EQ(events[1]["status"], "compiling");
    EXPECT_EQ(events.back()["status"], "done");
    EXPECT_EQ(events.back()["verdict"], "AC");
    int tests = 0;
    for (const auto& event : events) {
        if (event.contains("result")) {
            ++tests;
            EXPECT_EQ(event["test"], tests);
            EXPECT_EQ(event["result"]["verdict"], "AC");
        }
    }
    EXPECT_EQ(tests, 6) << "aplusb has 6 tests";
    auto shown = alice->get("/api/v1/submissions/" + std::to_string(*id.value));
    ASSERT_TRUE(shown);
    EXPECT_EQ((*shown.value)["verdict"], "AC");
    EXPECT_EQ((*shown.value)["result"]["tests"].size(), 6u);
}

TEST_F(ServerFlow, ResumingAfterASeqGivesEverythingAfterItAndNothingTwice) {
    auto alice = user("alice");
    auto id = alice->submit("aplusb", "python3", kSum);
    ASSERT_TRUE(id);
    auto all = follow(*alice, *id.value);
    auto rest = follow(*alice, *id.value, 3);
    ASSERT_EQ(rest.size(), all.size() - 3);
    EXPECT_EQ(rest.front()["seq"], 4);
    EXPECT_EQ(rest.back(), all.back());
}

TEST_F(ServerFlow, CustomRunUsesTheJudgesCompilers) {
    auto alice = user("alice");
    auto id = alice->startRun("python3", kSum, "20 22\n");
    ASSERT_TRUE(id) << id.error.describe();
    client::EventStream stream(m_server->address(), alice->token());
    ASSERT_TRUE(stream.follow(Target::Run, *id.value, {}));
    auto run = alice->get("/api/v1/runs/" + std::to_string(*id.value));
    ASSERT_TRUE(run);
    EXPECT_EQ((*run.value)["result"]["stdout"], "42\n");
    EXPECT_EQ((*run.value)["result"]["status"], "ok");
}

TEST_F(ServerFlow, UsersSeeOnlyTheirOwn) {
    auto alice = user("alice");
    auto bob = user("bob");
    auto id = alice->submit("aplusb", "python3", kSum);
    ASSERT_TRUE(id);
    auto peek = bob->get("/api/v1/submissions/" + std::to_string(*id.value));
    EXPECT_EQ(peek.error.status, 403);
    client::EventStream stream(m_server->address(), bob->token());
    auto followed = stream.follow(Target::Submission, *id.value, {});
    EXPECT_FALSE(followed);
    EXPECT_EQ(followed.error.code, "forbidden");
    auto mine = bob->get("/api/v1/submissions");
    ASSERT_TRUE(mine);
    EXPECT_TRUE(mine.value->empty());
    client::Client anonymous(m_server->address());
    EXPECT_EQ(anonymous.get("/api/v1/problems").error.status, 401);
    client::EventStream noToken(m_server->address(), "not-a-token");
    EXPECT_EQ(noToken.follow(Target::Submission, *id.value, {}).error.code, "unauthorized");
}

TEST_F(ServerFlow, BadRequestsGetClearErrorsOverTheWire) {
    auto alice = user("alice");
    auto malformed = alice->postBytes("/api/v1/submissions", "{not json", "application/json");
    EXPECT_EQ(malformed.error.status, 400);
    EXPECT_EQ(malformed.error.code, "malformed_json");
    EXPECT_EQ(alice->submit("nosuch", "python3", kSum).error.status, 404);
    EXPECT_EQ(alice->submit("aplusb", "cobra", kSum).error.status, 422);
    EXPECT_EQ(alice->submit("aplusb", "python3", std::string(200 * 1024, 'x')).error.status, 413);
}

TEST_F(ServerFlow, WebSocketGarbageGetsAPolicyCloseAndDisturbsNobody) {
    auto alice = user("alice");
    client::Transport raw(m_server->address(), std::chrono::seconds(10));
    client::ClientError error;
    ASSERT_TRUE(raw.openWebSocket("/api/v1/events", alice->token(), error)) << error.describe();
    ASSERT_TRUE(raw.sendText("\x01garbage{{", error));
    EXPECT_FALSE(raw.receive(std::chrono::seconds(10), error));
    EXPECT_EQ(raw.closeCode(), 1008);
    auto id = alice->submit("aplusb", "python3", kSum);
    ASSERT_TRUE(id);
    EXPECT_EQ(follow(*alice, *id.value).back()["verdict"], "AC");
}

TEST_F(ServerFlow, FullQueueAnswers503WithRetryAfter) {
    startWith({{"queue_capacity", 1}, {"lease_ms", 60000}});
    auto alice = user("alice");
    ASSERT_TRUE(alice->submit("aplusb", "python3", kSlowSum));
    auto refused = alice->submit("aplusb", "python3", kSum);
    EXPECT_EQ(refused.error.status, 503);
    EXPECT_EQ(refused.error.code, "queue_full");
}

// kill -9 while judging; after a restart the job is judged again and its verdict committed once.
TEST_F(ServerFlow, KilledMidJudgingTheVerdictArrivesExactlyOnceAfterRestart) {
    startWith({{"lease_ms", 1500}});
    auto alice = user("alice");
    auto id = alice->submit("aplusb", "python3", kSlowSum);
    ASSERT_TRUE(id);
    {
        client::Transport raw(m_server->address(), std::chrono::seconds(10));
        client::ClientError error;
        ASSERT_TRUE(raw.openWebSocket("/api/v1/events", alice->token(), error));
        raw.sendText(nlohmann::json{{"type", "subscribe"}, {"submission", *id.value}}.dump(),
                     error);
        for (;;) {  // wait until a test has finished: judging is under way
            auto message = raw.receive(std::chrono::seconds(30), error);
            ASSERT_TRUE(message) << error.describe();
            if (message->find("\"result\"") != std::string::npos)
                break;
        }
    }
    m_server->signal(SIGKILL);
    m_server->wait();
    ASSERT_TRUE(m_server->start()) << m_server->logs();
    auto again = m_server->login("alice", "alice-password");
    ASSERT_TRUE(again);
    auto events = follow(*again, *id.value);
    int done = 0, compiling = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events[i]["seq"], i + 1);
        done += events[i]["status"] == "done";
        compiling += events[i]["status"] == "compiling";
    }
    EXPECT_EQ(done, 1) << "exactly one final verdict";
    EXPECT_EQ(compiling, 2) << "judged again after the restart";
    EXPECT_EQ(events.back()["verdict"], "AC");
}

TEST_F(ServerFlow, SigtermFinishesWhatIsRunningAndKeepsTheRestQueued) {
    auto alice = user("alice");
    auto first = alice->submit("aplusb", "python3", kSlowSum);
    auto second = alice->submit("aplusb", "python3", kSum);
    ASSERT_TRUE(first && second);
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // the first is being judged
    m_server->signal(SIGTERM);
    EXPECT_EQ(m_server->wait(), 0) << m_server->logs();
    ASSERT_TRUE(m_server->start()) << m_server->logs();
    auto again = m_server->login("alice", "alice-password");
    ASSERT_TRUE(again);
    auto firstShown = again->get("/api/v1/submissions/" + std::to_string(*first.value));
    ASSERT_TRUE(firstShown);
    EXPECT_EQ((*firstShown.value)["status"], "done") << "finished while draining";
    EXPECT_EQ(follow(*again, *second.value).back()["verdict"], "AC") << "judged after the restart";
}

}  // namespace
}  // namespace verdict::tests
