// Submissions and runs: created with their job and first event at once; listing and paging.
#include "store_fixture.h"

namespace verdict::store::testing {
namespace {

using SubmissionsTest = StoreTest;

TEST_F(SubmissionsTest, CreateStoresRowJobAndFirstEvent) {
    const Id id = submit("source");
    const auto stored = m_store->submission(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, "queued");
    EXPECT_EQ(stored->source, "source");
    EXPECT_EQ(stored->userId, m_userId);
    EXPECT_EQ(stored->createdMs, 2000);
    EXPECT_FALSE(stored->judgedMs);
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 1);
    const auto events = m_store->events(JobKind::Submission, id, 0);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].seq, 1);
    EXPECT_EQ(events[0].json, R"({"status":"queued"})");
    EXPECT_EQ(m_store->lastSeq(JobKind::Submission, id), 1);
}

TEST_F(SubmissionsTest, UnknownProblemIsRefusedWholly) {
    EXPECT_THROW(m_store->createSubmission({m_userId, 999, "cpp", "x"}, 1, "{}"), StoreError);
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 0);
    EXPECT_TRUE(m_store->submissions({}).empty());
}

TEST_F(SubmissionsTest, RunsHaveTheirOwnQueue) {
    const Id id = m_store->createRun({m_userId, "python3", "print(1)", "in"}, 7, "{}");
    EXPECT_EQ(m_store->run(id)->stdinData, "in");
    EXPECT_EQ(m_store->queueDepth(JobKind::Run), 1);
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 0);
    EXPECT_EQ(m_store->lastSeq(JobKind::Run, id), 1);
    EXPECT_EQ(m_store->lastSeq(JobKind::Submission, id), 0);
    EXPECT_FALSE(m_store->leaseJob(JobKind::Submission, "w", 0, 10));
    EXPECT_EQ(m_store->leaseJob(JobKind::Run, "w", 0, 10)->target, id);
}

TEST_F(SubmissionsTest, FilterAndPageNewestFirst) {
    const Id bob = m_store->createUser("bob", "h", false, 1).value();
    const Id other = m_store->addProblem({0, "other", "O", "", "{}", 1}).value();
    std::vector<Id> alices;
    for (int i = 0; i < 5; ++i) {
        alices.push_back(submit());
        m_store->createSubmission({bob, other, "cpp", "b"}, 1, "{}");
    }
    SubmissionFilter mine;
    mine.userId = m_userId;
    mine.limit = 3;
    auto page = m_store->submissions(mine);
    ASSERT_EQ(page.size(), 3u);
    EXPECT_EQ(page[0].id, alices[4]);
    EXPECT_EQ(page[2].id, alices[2]);
    mine.beforeId = page.back().id;
    page = m_store->submissions(mine);
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[1].id, alices[0]);

    SubmissionFilter byProblem;
    byProblem.problemId = other;
    EXPECT_EQ(m_store->submissions(byProblem).size(), 5u);
    byProblem.userId = m_userId;
    EXPECT_TRUE(m_store->submissions(byProblem).empty());
    EXPECT_EQ(m_store->submissions({}).size(), 10u);
}

TEST_F(SubmissionsTest, RejudgeQueuesAgainAndStalesTheOldLease) {
    const Id id = submit();
    const auto old = m_store->leaseJob(JobKind::Submission, "w1", 0, 1000).value();
    ASSERT_TRUE(m_store->finish(old, {"WA", std::nullopt, "{}", R"({"status":"done"})"}, 5));
    EXPECT_EQ(m_store->submission(id)->verdict, "WA");
    EXPECT_FALSE(m_store->rejudge(999, 6, "{}"));
    ASSERT_TRUE(m_store->rejudge(id, 6, R"({"status":"queued"})"));
    const auto again = m_store->submission(id).value();
    EXPECT_EQ(again.status, "queued");
    EXPECT_EQ(again.verdict, "");
    EXPECT_FALSE(again.judgedMs);
    EXPECT_EQ(m_store->lastSeq(JobKind::Submission, id), 3);
    const auto fresh = m_store->leaseJob(JobKind::Submission, "w2", 10, 1000).value();
    EXPECT_NE(fresh.jobId, old.jobId);
    // A rejudge while a worker still holds a lease makes that worker's writes fail.
    ASSERT_TRUE(m_store->rejudge(id, 11, "{}"));
    EXPECT_FALSE(m_store->appendEvent(fresh, "running", "{}"));
    EXPECT_FALSE(m_store->finish(fresh, {"AC", 1.0, "{}", "{}"}, 12));
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 1);
}

}  // namespace
}  // namespace verdict::store::testing
