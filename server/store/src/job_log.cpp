#include "job_log.h"

#include <chrono>

namespace verdict::store {

Millis wallClockMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void enqueue(Connection& db, JobKind kind, Id target, Millis nowMs,
             const std::string& queuedEventJson) {
    db.prepare("INSERT INTO jobs (kind, target, state, created_ms) VALUES (?1, ?2, 'queued', ?3)")
        .with(jobKindName(kind), target, nowMs)
        .run();
    appendEventRow(db, kind, target, queuedEventJson, nowMs);
}

bool leaseIsCurrent(Connection& db, const Lease& lease) {
    return db
        .prepare(
            "SELECT 1 FROM jobs WHERE id = ?1 AND state = 'leased' AND owner = ?2 "
            "AND attempt = ?3")
        .with(lease.jobId, lease.owner, lease.attempt)
        .step();
}

std::int64_t appendEventRow(Connection& db, JobKind kind, Id target, const std::string& json,
                            Millis nowMs) {
    Statement insert = db.prepare(
        "INSERT INTO events (kind, target, seq, json, created_ms) "
        "SELECT ?1, ?2, coalesce(max(seq), 0) + 1, ?3, ?4 FROM events "
        "WHERE kind = ?1 AND target = ?2 RETURNING seq");
    insert.with(jobKindName(kind), target, json, nowMs);
    insert.step();
    const std::int64_t seq = insert.integer(0);
    insert.run();  // finish the statement so the row is written before the next one
    return seq;
}

void setStatus(Connection& db, JobKind kind, Id target, const std::string& status) {
    const char* sql = kind == JobKind::Submission
                          ? "UPDATE submissions SET status = ?2 WHERE id = ?1"
                          : "UPDATE runs SET status = ?2 WHERE id = ?1";
    db.prepare(sql).with(target, status).run();
}

}  // namespace verdict::store
