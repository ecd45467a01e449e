// The event log: seq 1, 2, 3, ... per target without gaps, also under concurrent writers.
#include <thread>

#include "store_fixture.h"

namespace verdict::store::testing {
namespace {

using EventsTest = StoreTest;

TEST_F(EventsTest, AfterSeqReturnsOnlyLaterEventsInOrder) {
    const Id id = submit();
    const auto lease = m_store->leaseJob(JobKind::Submission, "w", 0, 1000).value();
    for (int test = 1; test <= 4; ++test) {
        const auto seq = m_store->appendEvent(lease, "running", std::to_string(test));
        EXPECT_EQ(seq, test + 1);
    }
    EXPECT_EQ(m_store->submission(id)->status, "running");
    const auto later = m_store->events(JobKind::Submission, id, 3);
    ASSERT_EQ(later.size(), 2u);
    EXPECT_EQ(later[0].seq, 4);
    EXPECT_EQ(later[0].json, "3");
    EXPECT_EQ(later[1].seq, 5);
    EXPECT_EQ(later[1].target, id);
    EXPECT_TRUE(m_store->events(JobKind::Submission, id, 5).empty());
    EXPECT_EQ(m_store->events(JobKind::Submission, id, 0).size(), 5u);
    EXPECT_TRUE(m_store->events(JobKind::Run, id, 0).empty());
}

TEST_F(EventsTest, ConcurrentWritersLeaveNoGaps) {
    // Four targets, each written by two threads at once (the same lease), plus readers.
    constexpr std::size_t kTargets = 4;
    constexpr int kPerThread = 100;
    std::vector<Lease> leases;
    for (std::size_t i = 0; i < kTargets; ++i) {
        submit();
        leases.push_back(m_store->leaseJob(JobKind::Submission, "w", 0, 60000).value());
    }
    std::vector<std::thread> writers;
    for (std::size_t t = 0; t < 2 * kTargets; ++t) {
        writers.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                ASSERT_TRUE(m_store->appendEvent(leases[t % kTargets], "running", "{}"));
                m_store->lastSeq(JobKind::Submission, leases[t % kTargets].target);
            }
        });
    }
    for (auto& writer : writers)
        writer.join();
    for (const auto& lease : leases) {
        const auto events = m_store->events(JobKind::Submission, lease.target, 0);
        ASSERT_EQ(events.size(), static_cast<std::size_t>(1 + 2 * kPerThread));
        for (std::size_t i = 0; i < events.size(); ++i) {
            EXPECT_EQ(events[i].seq, static_cast<std::int64_t>(i + 1));
        }
    }
}

}  // namespace
}  // namespace verdict::store::testing
