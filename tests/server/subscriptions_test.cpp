// Subscriptions: stored history and live events merge into one stream per target, in seq order,
// without gaps or repeats, with a real store.
#include "subscriptions.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "package_builder.h"
#include "verdict/store/sqlite_store.h"

namespace verdict::tests {

namespace {

using store::JobKind;

class SubscriptionsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::SqliteStore::open(m_scratch.path());
        ASSERT_TRUE(opened) << opened.failure().describe();
        m_store = std::move(opened.value());
        m_user = *m_store->createUser("alice", "hash", false, 0);
        store::Problem problem;
        problem.shortName = "p";
        problem.name = "P";
        m_problem = *m_store->addProblem(problem);
    }

    store::Id newSubmission() {
        return m_store->createSubmission({m_user, m_problem, "python3", "print(1)"}, 0,
                                         R"({"status":"queued"})");
    }

    // Appends an event for the job of `target` (leasing it the first time): its seq.
    std::int64_t append(store::Id target, int test) {
        if (!m_lease || m_lease->target != target)
            m_lease = m_store->leaseJob(JobKind::Submission, "test", 0, 1000000);
        EXPECT_TRUE(m_lease && m_lease->target == target);
        auto seq = m_store->appendEvent(
            *m_lease, "running", nlohmann::json{{"status", "running"}, {"test", test}}.dump());
        EXPECT_TRUE(seq);
        return seq.value_or(0);
    }

    static events::Published published(store::Id target, std::int64_t seq) {
        return {JobKind::Submission, target, 1, seq,
                events::wireEvent(JobKind::Submission, target, seq, R"({"status":"running"})")};
    }

    static std::vector<std::int64_t> seqs(const std::vector<std::string>& messages) {
        std::vector<std::int64_t> out;
        for (const auto& message : messages)
            out.push_back(nlohmann::json::parse(message)["seq"].get<std::int64_t>());
        return out;
    }

    packages::testing::ScratchDirectory m_scratch;
    std::unique_ptr<store::SqliteStore> m_store;
    store::Id m_user = 0, m_problem = 0;
    std::optional<store::Lease> m_lease;
};

using Seqs = std::vector<std::int64_t>;

TEST_F(SubscriptionsTest, FollowSendsTheHistoryAfterTheGivenSeq) {
    store::Id id = newSubmission();
    append(id, 1);
    append(id, 2);
    http::Subscriptions all(*m_store), resumed(*m_store);
    EXPECT_EQ(seqs(all.follow(JobKind::Submission, id, 0)), (Seqs{1, 2, 3}));
    EXPECT_EQ(seqs(resumed.follow(JobKind::Submission, id, 2)), (Seqs{3}));
}

TEST_F(SubscriptionsTest, LiveEventsAlreadySentAreDropped) {
    store::Id id = newSubmission();
    append(id, 1);
    http::Subscriptions subscriptions(*m_store);
    subscriptions.follow(JobKind::Submission, id, 0);
    EXPECT_TRUE(subscriptions.live(published(id, 1)).empty());
    EXPECT_TRUE(subscriptions.live(published(id, 2)).empty());
    append(id, 2);
    EXPECT_EQ(seqs(subscriptions.live(published(id, 3))), (Seqs{3}));
    EXPECT_TRUE(subscriptions.live(published(id, 3)).empty());  // published twice
}

TEST_F(SubscriptionsTest, ALiveEventAheadOfWhatWasSentFillsTheGapFromTheStore) {
    store::Id id = newSubmission();
    http::Subscriptions subscriptions(*m_store);
    EXPECT_EQ(seqs(subscriptions.follow(JobKind::Submission, id, 0)), (Seqs{1}));
    append(id, 1);
    append(id, 2);
    append(id, 3);
    // Events 2 and 3 were committed but their live copies not seen (yet): 4 brings them along.
    EXPECT_EQ(seqs(subscriptions.live(published(id, 4))), (Seqs{2, 3, 4}));
    EXPECT_TRUE(subscriptions.live(published(id, 2)).empty());
    EXPECT_TRUE(subscriptions.live(published(id, 3)).empty());
    append(id, 4);
    EXPECT_EQ(seqs(subscriptions.live(published(id, 5))), (Seqs{5}));
}

TEST_F(SubscriptionsTest, HistoryAndLiveEventsInterleavedGiveEverySeqOnce) {
    store::Id id = newSubmission();
    http::Subscriptions subscriptions(*m_store);
    Seqs received = seqs(subscriptions.follow(JobKind::Submission, id, 0));
    for (int test = 1; test <= 6; ++test) {
        std::int64_t seq = append(id, test);
        if (test % 2 == 0) {  // every other live copy arrives late, after the next one
            auto early = subscriptions.live(published(id, seq));
            auto late = subscriptions.live(published(id, seq - 1));
            for (auto s : seqs(early))
                received.push_back(s);
            EXPECT_TRUE(late.empty());
        }
    }
    EXPECT_EQ(received, (Seqs{1, 2, 3, 4, 5, 6, 7}));
}

// The WebSocket session reads the history on the work pool: live events reach the session
// between begin() and history(). Whichever comes first, every seq goes out once, in order.
TEST_F(SubscriptionsTest, HistoryReadElsewhereMergesWithLiveEventsThatCameFirst) {
    store::Id id = newSubmission();  // seq 1: queued
    append(id, 1);                   // seq 2
    http::Subscriptions nextFirst(*m_store);
    nextFirst.begin(JobKind::Submission, id, 0);
    auto stored = m_store->events(JobKind::Submission, id, 0);  // read on the pool: 1, 2
    // seq 3 is committed and published before the history comes back; its gap (1, 2) is
    // fetched at once, and the history then has nothing left to send.
    append(id, 2);
    EXPECT_EQ(seqs(nextFirst.live(published(id, 3))), (Seqs{1, 2, 3}));
    EXPECT_TRUE(nextFirst.history(JobKind::Submission, id, stored).empty());

    http::Subscriptions historyFirst(*m_store);
    historyFirst.begin(JobKind::Submission, id, 1);
    auto later = m_store->events(JobKind::Submission, id, 1);  // 2, 3
    EXPECT_EQ(seqs(historyFirst.history(JobKind::Submission, id, later)), (Seqs{2, 3}));
    EXPECT_TRUE(historyFirst.live(published(id, 3)).empty());  // in the history already
    append(id, 3);
    EXPECT_EQ(seqs(historyFirst.live(published(id, 4))), (Seqs{4}));
}

TEST_F(SubscriptionsTest, TargetsNotFollowedAreIgnoredUnlessFollowingMine) {
    store::Id id = newSubmission();
    append(id, 1);
    http::Subscriptions subscriptions(*m_store);
    EXPECT_TRUE(subscriptions.live(published(id, 2)).empty());
    subscriptions.followMine();
    // First sight of a submission of mine: its whole history, in order.
    EXPECT_EQ(seqs(subscriptions.live(published(id, 2))), (Seqs{1, 2}));
    events::Published run{JobKind::Run, id, 1, 1,
                          events::wireEvent(JobKind::Run, id, 1, R"({"status":"queued"})")};
    EXPECT_TRUE(subscriptions.live(run).empty());  // "mine" is submissions only
}

}  // namespace

}  // namespace verdict::tests
