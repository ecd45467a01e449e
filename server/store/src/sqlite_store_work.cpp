// SqliteStore: submissions and custom runs (each created with its job and its first event).
#include "job_log.h"
#include "reader_pool.h"
#include "rows.h"
#include "verdict/store/sqlite_store.h"
#include "write_batcher.h"

namespace verdict::store {

Id SqliteStore::createSubmission(const NewSubmission& submission, Millis nowMs,
                                 const std::string& queuedEventJson) {
    Id id = 0;
    m_writer->run([&](Connection& db) {
        db.prepare(
              "INSERT INTO submissions (user_id, problem_id, language, source, status, "
              "created_ms) VALUES (?1, ?2, ?3, ?4, 'queued', ?5)")
            .with(submission.userId, submission.problemId, submission.language, submission.source,
                  nowMs)
            .run();
        id = db.lastInsertId();
        enqueue(db, JobKind::Submission, id, nowMs, queuedEventJson);
    });
    return id;
}

std::optional<Submission> SqliteStore::submission(Id id) {
    return m_readers->read([&](Connection& db) {
        return firstRow(db, selectSql(kSubmissionColumns, "FROM submissions WHERE id = ?1"),
                        readSubmission, id);
    });
}

std::vector<Submission> SqliteStore::submissions(const SubmissionFilter& filter) {
    // Only the conditions in use appear in the text, so the planner can pick the user's or the
    // problem's index; each shape of filter is compiled once per connection (?5 is always there, so
    // binding ?1..?4 is in range even when unused).
    std::string where = "FROM submissions WHERE 1";
    if (filter.userId)
        where += " AND user_id = ?1";
    if (filter.problemId)
        where += " AND problem_id = ?2";
    if (filter.beforeId)
        where += " AND id < ?3";
    if (filter.verdict)
        where += " AND verdict = ?4";
    where += " ORDER BY id DESC LIMIT ?5";
    return m_readers->read([&](Connection& db) {
        return allRows(db, selectSql(kSubmissionColumns, where), readSubmission, filter.userId,
                       filter.problemId, filter.beforeId, filter.verdict, filter.limit);
    });
}

Id SqliteStore::createRun(const NewRun& run, Millis nowMs, const std::string& queuedEventJson) {
    Id id = 0;
    m_writer->run([&](Connection& db) {
        db.prepare(
              "INSERT INTO runs (user_id, language, source, stdin_data, status, created_ms) "
              "VALUES (?1, ?2, ?3, ?4, 'queued', ?5)")
            .with(run.userId, run.language, run.source, run.stdinData, nowMs)
            .run();
        id = db.lastInsertId();
        enqueue(db, JobKind::Run, id, nowMs, queuedEventJson);
    });
    return id;
}

std::optional<Run> SqliteStore::run(Id id) {
    return m_readers->read([&](Connection& db) {
        return firstRow(db, selectSql(kRunColumns, "FROM runs WHERE id = ?1"), readRun, id);
    });
}

bool SqliteStore::rejudge(Id submissionId, Millis nowMs, const std::string& queuedEventJson) {
    bool found = false;
    m_writer->run([&](Connection& db) {
        db.prepare(
              "UPDATE submissions SET status = 'queued', verdict = '', score = NULL, "
              "result_json = '', judged_ms = NULL WHERE id = ?1")
            .with(submissionId)
            .run();
        if (db.changes() == 0)
            return;
        found = true;
        // Ending the old jobs makes their leases stale: a worker still judging the old one can
        // no longer publish anything.
        db.prepare(
              "UPDATE jobs SET state = 'done', lease_expires_ms = NULL "
              "WHERE kind = 'submission' AND target = ?1 AND state != 'done'")
            .with(submissionId)
            .run();
        enqueue(db, JobKind::Submission, submissionId, nowMs, queuedEventJson);
    });
    return found;
}

}  // namespace verdict::store
