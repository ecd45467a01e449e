// SqliteStore: the job queue (leases) and the event log workers write through their leases.
#include "job_log.h"
#include "reader_pool.h"
#include "rows.h"
#include "verdict/store/sqlite_store.h"
#include "write_batcher.h"

namespace verdict::store {
namespace {

JobKind kindNamed(const std::string& name) {
    return name == "submission" ? JobKind::Submission : JobKind::Run;
}

// The oldest leasable job of `kind`: queued, or leased with an expired lease. Two index lookups
// (state, kind, id) instead of one OR, so neither scans; leased jobs are few (one per worker).
std::optional<Id> oldestLeasable(Connection& db, JobKind kind, Millis nowMs) {
    const auto queued =
        firstRow(db, "SELECT id FROM jobs WHERE state = 'queued' AND kind = ?1 ORDER BY id LIMIT 1",
                 readInteger, jobKindName(kind));
    const auto expired = firstRow(db,
                                  "SELECT id FROM jobs WHERE state = 'leased' AND kind = ?1 "
                                  "AND lease_expires_ms < ?2 ORDER BY id LIMIT 1",
                                  readInteger, jobKindName(kind), nowMs);
    if (queued && expired)
        return std::min(*queued, *expired);
    return queued ? queued : expired;
}

}  // namespace

std::optional<Lease> SqliteStore::leaseJob(JobKind kind, const std::string& owner, Millis nowMs,
                                           Millis leaseMs) {
    std::optional<Lease> lease;
    m_writer->run([&](Connection& db) {
        const auto jobId = oldestLeasable(db, kind, nowMs);
        if (!jobId)
            return;
        Statement taken = db.prepare(
            "UPDATE jobs SET state = 'leased', owner = ?2, lease_expires_ms = ?3, "
            "attempt = attempt + 1 WHERE id = ?1 RETURNING kind, target, attempt");
        taken.with(*jobId, owner, nowMs + leaseMs).step();
        lease = Lease{
            *jobId, kindNamed(taken.text(0)), taken.integer(1), static_cast<int>(taken.integer(2)),
            owner,  nowMs + leaseMs};
        taken.run();
    });
    return lease;
}

bool SqliteStore::renewLease(Lease& lease, Millis nowMs, Millis leaseMs) {
    bool renewed = false;
    m_writer->run([&](Connection& db) {
        db.prepare(
              "UPDATE jobs SET lease_expires_ms = ?4 WHERE id = ?1 AND state = 'leased' "
              "AND owner = ?2 AND attempt = ?3")
            .with(lease.jobId, lease.owner, lease.attempt, nowMs + leaseMs)
            .run();
        renewed = db.changes() > 0;
    });
    if (renewed)
        lease.expiresMs = nowMs + leaseMs;
    return renewed;
}

bool SqliteStore::releaseLease(const Lease& lease) {
    bool released = false;
    m_writer->run([&](Connection& db) {
        db.prepare(
              "UPDATE jobs SET state = 'queued', owner = NULL, lease_expires_ms = NULL "
              "WHERE id = ?1 AND state = 'leased' AND owner = ?2 AND attempt = ?3")
            .with(lease.jobId, lease.owner, lease.attempt)
            .run();
        released = db.changes() > 0;
    });
    return released;
}

std::int64_t SqliteStore::queueDepth(JobKind kind) {
    return m_readers->read([&](Connection& db) {
        // Kept by triggers (schema version 2): counting the queue would scan all of it.
        return firstRow(db, "SELECT depth FROM job_depth WHERE kind = ?1", readInteger,
                        jobKindName(kind))
            .value_or(0);
    });
}

std::optional<std::int64_t> SqliteStore::appendEvent(const Lease& lease, const std::string& status,
                                                     const std::string& eventJson) {
    std::optional<std::int64_t> seq;
    m_writer->run([&](Connection& db) {
        if (!leaseIsCurrent(db, lease))
            return;
        seq = appendEventRow(db, lease.kind, lease.target, eventJson, wallClockMs());
        setStatus(db, lease.kind, lease.target, status);
    });
    return seq;
}

std::optional<std::int64_t> SqliteStore::finish(const Lease& lease, const Final& result,
                                                Millis nowMs) {
    std::optional<std::int64_t> seq;
    m_writer->run([&](Connection& db) {
        if (!leaseIsCurrent(db, lease))
            return;
        if (lease.kind == JobKind::Submission) {
            db.prepare(
                  "UPDATE submissions SET status = 'done', verdict = ?2, score = ?3, "
                  "result_json = ?4, judged_ms = ?5 WHERE id = ?1")
                .with(lease.target, result.verdict, result.score, result.resultJson, nowMs)
                .run();
        } else {
            db.prepare("UPDATE runs SET status = 'done', result_json = ?2 WHERE id = ?1")
                .with(lease.target, result.resultJson)
                .run();
        }
        seq = appendEventRow(db, lease.kind, lease.target, result.eventJson, nowMs);
        db.prepare("UPDATE jobs SET state = 'done', lease_expires_ms = NULL WHERE id = ?1")
            .with(lease.jobId)
            .run();
    });
    return seq;
}

std::vector<Event> SqliteStore::events(JobKind kind, Id target, std::int64_t afterSeq) {
    return m_readers->read([&](Connection& db) {
        return allRows(
            db,
            "SELECT seq, json FROM events WHERE kind = ?1 AND target = ?2 AND seq > ?3 "
            "ORDER BY seq",
            [&](const Statement& row) {
                return Event{kind, target, row.integer(0), row.text(1)};
            },
            jobKindName(kind), target, afterSeq);
    });
}

std::int64_t SqliteStore::lastSeq(JobKind kind, Id target) {
    return m_readers->read([&](Connection& db) {
        return firstRow(db,
                        "SELECT coalesce(max(seq), 0) FROM events WHERE kind = ?1 AND target = ?2",
                        readInteger, jobKindName(kind), target)
            .value_or(0);
    });
}

}  // namespace verdict::store
