// The job queue: exclusive leases under many threads, expiry and attempts, exactly-once finish.
#include <sys/wait.h>
#include <unistd.h>

#include <mutex>
#include <set>
#include <thread>

#include "store_fixture.h"

namespace verdict::store::testing {
namespace {

using LeaseTest = StoreTest;

const Store::Final kAccepted{"AC", 1.0, R"({"tests":[]})", R"({"status":"done"})"};

TEST_F(LeaseTest, OldestJobFirstAndFirstAttemptIsOne) {
    const Id first = submit();
    const Id second = submit();
    const auto lease = m_store->leaseJob(JobKind::Submission, "w1", 100, 50).value();
    EXPECT_EQ(lease.target, first);
    EXPECT_EQ(lease.attempt, 1);
    EXPECT_EQ(lease.owner, "w1");
    EXPECT_EQ(lease.expiresMs, 150);
    EXPECT_EQ(m_store->leaseJob(JobKind::Submission, "w2", 100, 50)->target, second);
    EXPECT_FALSE(m_store->leaseJob(JobKind::Submission, "w3", 100, 50));
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 2);
}

TEST_F(LeaseTest, EachJobLeasedOnceUnderManyThreads) {
    constexpr int kJobs = 1000;
    for (int i = 0; i < kJobs; ++i)
        submit();
    std::mutex mutex;
    std::multiset<Id> leased;
    std::vector<std::thread> workers;
    for (int w = 0; w < 4; ++w) {
        workers.emplace_back([&, w] {
            const std::string owner = "w" + std::to_string(w);
            while (auto lease = m_store->leaseJob(JobKind::Submission, owner, 0, 60000)) {
                std::lock_guard lock(mutex);
                leased.insert(lease->target);
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    EXPECT_EQ(leased.size(), static_cast<std::size_t>(kJobs));
    EXPECT_EQ(std::set<Id>(leased.begin(), leased.end()).size(), static_cast<std::size_t>(kJobs));
}

// A child process: leases until the queue is empty, writing each leased target to `fd`.
[[noreturn]] void leaseAll(const std::filesystem::path& dir, const std::string& owner, int fd) {
    auto opened = SqliteStore::open(dir);
    if (!opened)
        _exit(2);
    while (auto lease = opened.value()->leaseJob(JobKind::Submission, owner, 0, 60000)) {
        if (write(fd, &lease->target, sizeof lease->target) != sizeof lease->target)
            _exit(3);
    }
    _exit(0);
}

TEST_F(LeaseTest, EachJobLeasedOnceAcrossProcesses) {
    constexpr int kJobs = 300;
    for (int i = 0; i < kJobs; ++i)
        submit();
    m_store.reset();
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    std::vector<pid_t> children;
    for (int p = 0; p < 3; ++p) {
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(fds[0]);
            leaseAll(m_dir, "process" + std::to_string(p), fds[1]);
        }
        children.push_back(child);
    }
    close(fds[1]);
    std::multiset<Id> leased;
    Id target = 0;
    while (read(fds[0], &target, sizeof target) == sizeof target)
        leased.insert(target);
    close(fds[0]);
    for (const pid_t child : children) {
        int status = 0;
        waitpid(child, &status, 0);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    }
    EXPECT_EQ(leased.size(), static_cast<std::size_t>(kJobs));
    EXPECT_EQ(std::set<Id>(leased.begin(), leased.end()).size(), static_cast<std::size_t>(kJobs));
    reopen();
}

TEST_F(LeaseTest, ExpiredLeaseIsTakenOverWithTheNextAttempt) {
    const Id id = submit();
    const auto dead = m_store->leaseJob(JobKind::Submission, "w1", 0, 100).value();
    // Not expired yet (100 is not < 100): nobody else may take it.
    EXPECT_FALSE(m_store->leaseJob(JobKind::Submission, "w2", 100, 100));
    // Expired but not taken: the old owner is still current.
    EXPECT_TRUE(m_store->appendEvent(dead, "compiling", "{}"));
    const auto next = m_store->leaseJob(JobKind::Submission, "w2", 101, 100).value();
    EXPECT_EQ(next.target, id);
    EXPECT_EQ(next.attempt, 2);
    Lease stale = dead;
    EXPECT_FALSE(m_store->appendEvent(dead, "running", "{}"));
    EXPECT_FALSE(m_store->finish(dead, kAccepted, 150));
    EXPECT_FALSE(m_store->renewLease(stale, 150, 100));
    EXPECT_FALSE(m_store->releaseLease(dead));
    // The same owner name with an old attempt is stale too.
    Lease sameName = next;
    sameName.attempt = 1;
    EXPECT_FALSE(m_store->appendEvent(sameName, "running", "{}"));
    EXPECT_EQ(m_store->finish(next, kAccepted, 150), 3);
    EXPECT_EQ(m_store->submission(id)->status, "done");
}

TEST_F(LeaseTest, FinishCommitsExactlyOnce) {
    const Id id = submit();
    const auto lease = m_store->leaseJob(JobKind::Submission, "w1", 0, 100).value();
    EXPECT_EQ(m_store->appendEvent(lease, "compiling", R"({"status":"compiling"})"), 2);
    EXPECT_EQ(m_store->submission(id)->status, "compiling");
    EXPECT_EQ(m_store->finish(lease, kAccepted, 77), 3);
    EXPECT_FALSE(m_store->finish(lease, kAccepted, 78));
    EXPECT_FALSE(m_store->appendEvent(lease, "running", "{}"));
    const auto done = m_store->submission(id).value();
    EXPECT_EQ(done.status, "done");
    EXPECT_EQ(done.verdict, "AC");
    EXPECT_EQ(done.score, 1.0);
    EXPECT_EQ(done.resultJson, R"({"tests":[]})");
    EXPECT_EQ(done.judgedMs, 77);
    EXPECT_EQ(m_store->lastSeq(JobKind::Submission, id), 3);
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 0);
    // A finished job is never leased again, even long after its lease would have expired.
    EXPECT_FALSE(m_store->leaseJob(JobKind::Submission, "w2", 1'000'000, 100));
}

TEST_F(LeaseTest, ConcurrentFinishesCommitOnce) {
    submit();
    const auto lease = m_store->leaseJob(JobKind::Submission, "w1", 0, 100).value();
    std::atomic<int> committed = 0;
    std::vector<std::thread> racers;
    for (int i = 0; i < 8; ++i) {
        racers.emplace_back([&] {
            if (m_store->finish(lease, kAccepted, 5))
                ++committed;
        });
    }
    for (auto& racer : racers)
        racer.join();
    EXPECT_EQ(committed, 1);
}

TEST_F(LeaseTest, RenewExtendsAndReleaseRequeues) {
    submit();
    auto lease = m_store->leaseJob(JobKind::Submission, "w1", 0, 100).value();
    ASSERT_TRUE(m_store->renewLease(lease, 90, 100));
    EXPECT_EQ(lease.expiresMs, 190);
    EXPECT_FALSE(m_store->leaseJob(JobKind::Submission, "w2", 150, 100));
    ASSERT_TRUE(m_store->releaseLease(lease));
    EXPECT_FALSE(m_store->appendEvent(lease, "running", "{}"));
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 1);
    const auto again = m_store->leaseJob(JobKind::Submission, "w2", 150, 100).value();
    EXPECT_EQ(again.jobId, lease.jobId);
    EXPECT_EQ(again.attempt, 2);  // every lease counts, so the released one can never match
}

// The depth is kept by triggers (schema version 2): every way a job enters or leaves the
// unfinished set moves it, and each kind counts alone.
TEST_F(LeaseTest, QueueDepthFollowsEveryStateChange) {
    const Id first = submit();
    submit();
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 2);
    EXPECT_EQ(m_store->queueDepth(JobKind::Run), 0);
    auto lease = m_store->leaseJob(JobKind::Submission, "w1", 0, 100).value();
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 2);  // leased still counts
    ASSERT_TRUE(m_store->finish(lease, kAccepted, 5));
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 1);
    ASSERT_TRUE(m_store->rejudge(first, 10, R"({"status":"queued"})"));
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 2);
    ASSERT_TRUE(m_store->rejudge(first, 20, R"({"status":"queued"})"));  // supersedes its job
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission), 2);
}

}  // namespace
}  // namespace verdict::store::testing
