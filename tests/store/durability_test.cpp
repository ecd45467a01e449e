// Durability: everything survives closing and reopening; every id a killed process was given
// is in the database afterwards.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

#include "store_fixture.h"

namespace verdict::store::testing {
namespace {

using DurabilityTest = StoreTest;

TEST_F(DurabilityTest, ReopenKeepsEverything) {
    m_store->addToken("t", m_userId, 9000);
    const Id judged = submit("judged");
    const Id waiting = submit("waiting");
    const Id run = m_store->createRun({m_userId, "cpp", "s", "in"}, 3, "{}");
    const auto lease = m_store->leaseJob(JobKind::Submission, "w", 0, 100).value();
    m_store->appendEvent(lease, "running", R"({"test":1})");
    m_store->finish(lease, {"AC", 0.5, "{}", R"({"status":"done"})"}, 9);
    const auto leased = m_store->leaseJob(JobKind::Submission, "w", 0, 100).value();

    reopen();
    EXPECT_EQ(m_store->userByName("alice")->id, m_userId);
    EXPECT_EQ(m_store->userForToken("t", 0), m_userId);
    EXPECT_EQ(m_store->problemByShortName("hello")->id, m_problemId);
    EXPECT_EQ(m_store->submission(judged)->verdict, "AC");
    EXPECT_EQ(m_store->submission(judged)->score, 0.5);
    EXPECT_EQ(m_store->events(JobKind::Submission, judged, 0).size(), 3u);
    EXPECT_EQ(m_store->submission(waiting)->source, "waiting");
    EXPECT_EQ(m_store->run(run)->stdinData, "in");
    // The lease a dead server held survives too, and still ends at its expiry.
    EXPECT_TRUE(m_store->appendEvent(leased, "compiling", "{}"));
    EXPECT_FALSE(m_store->leaseJob(JobKind::Submission, "w2", 100, 100));
    EXPECT_EQ(m_store->leaseJob(JobKind::Submission, "w2", 101, 100)->attempt, 2);
    EXPECT_EQ(m_store->leaseJob(JobKind::Run, "w2", 101, 100)->target, run);
}

// The child: four threads create submissions and write each id to the pipe once it is
// returned, until they are killed.
[[noreturn]] void produceUntilKilled(const std::filesystem::path& dir, Id user, Id problem,
                                     int fd) {
    auto opened = SqliteStore::open(dir);
    if (!opened)
        _exit(2);
    auto& store = *opened.value();
    std::vector<std::thread> producers;
    for (int t = 0; t < 4; ++t) {
        producers.emplace_back([&] {
            for (;;) {
                const Id id = store.createSubmission({user, problem, "cpp", "x"}, 1, "{}");
                if (write(fd, &id, sizeof id) != sizeof id)
                    _exit(3);
            }
        });
    }
    for (auto& producer : producers)
        producer.join();
    _exit(0);
}

TEST_F(DurabilityTest, EveryAcknowledgedIdSurvivesSigkill) {
    m_store.reset();
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        close(fds[0]);
        produceUntilKilled(m_dir, m_userId, m_problemId, fds[1]);
    }
    close(fds[1]);
    std::vector<Id> acknowledged;
    Id id = 0;
    while (acknowledged.size() < 500 && read(fds[0], &id, sizeof id) == sizeof id) {
        acknowledged.push_back(id);
    }
    kill(child, SIGKILL);
    while (read(fds[0], &id, sizeof id) == sizeof id)
        acknowledged.push_back(id);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child ended by itself: " << status;
    ASSERT_GE(acknowledged.size(), 500u);

    reopen();
    for (const Id acked : acknowledged) {
        ASSERT_TRUE(m_store->submission(acked)) << acked;
        ASSERT_EQ(m_store->lastSeq(JobKind::Submission, acked), 1) << acked;
    }
    // Every stored submission (acknowledged or not) has its job: the queue holds them all.
    SubmissionFilter everything;
    everything.limit = 1'000'000;
    EXPECT_EQ(m_store->queueDepth(JobKind::Submission),
              static_cast<std::int64_t>(m_store->submissions(everything).size()));
}

}  // namespace
}  // namespace verdict::store::testing
