#include "schema.h"

#include <array>
#include <string>

#include "verdict/store/store_error.h"

namespace verdict::store {
namespace {

// Version 1: accounts, problems, submissions and runs, the job queue and the event log.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    admin INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL);
CREATE TABLE tokens (
    hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    expires_ms INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE problems (
    id INTEGER PRIMARY KEY,
    short_name TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    package_path TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    created_ms INTEGER NOT NULL);
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    problem_id INTEGER NOT NULL REFERENCES problems(id),
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    verdict TEXT NOT NULL DEFAULT '',
    score REAL,
    result_json TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    judged_ms INTEGER);
CREATE INDEX submissions_by_user ON submissions (user_id, id DESC);
CREATE INDEX submissions_by_problem ON submissions (problem_id, id DESC);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    stdin_data TEXT NOT NULL,
    status TEXT NOT NULL,
    result_json TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL);
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('submission', 'run')),
    target INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'leased', 'done')),
    owner TEXT,
    lease_expires_ms INTEGER,
    attempt INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL);
CREATE INDEX jobs_to_lease ON jobs (state, kind, id);
CREATE INDEX jobs_by_target ON jobs (kind, target);
CREATE TABLE events (
    kind TEXT NOT NULL,
    target INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (kind, target, seq)) WITHOUT ROWID;
)sql";

// Version 2: the number of unfinished jobs per kind, kept by triggers, so admitting a
// submission reads one row instead of counting the whole queue (which made ingest slow down
// as the queue grew: bench/README.md, server_bench ingest).
constexpr const char* kVersion2 = R"sql(
CREATE TABLE job_depth (kind TEXT PRIMARY KEY, depth INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO job_depth (kind, depth)
    SELECT kind, (SELECT count(*) FROM jobs WHERE jobs.kind = kinds.kind AND state <> 'done')
    FROM (SELECT 'submission' AS kind UNION ALL SELECT 'run') AS kinds;
CREATE TRIGGER job_depth_insert AFTER INSERT ON jobs WHEN NEW.state <> 'done' BEGIN
    UPDATE job_depth SET depth = depth + 1 WHERE kind = NEW.kind;
END;
CREATE TRIGGER job_depth_update AFTER UPDATE OF state, kind ON jobs
    WHEN OLD.kind <> NEW.kind OR (OLD.state = 'done') <> (NEW.state = 'done') BEGIN
    UPDATE job_depth SET depth = depth - 1 WHERE kind = OLD.kind AND OLD.state <> 'done';
    UPDATE job_depth SET depth = depth + 1 WHERE kind = NEW.kind AND NEW.state <> 'done';
END;
CREATE TRIGGER job_depth_delete AFTER DELETE ON jobs WHEN OLD.state <> 'done' BEGIN
    UPDATE job_depth SET depth = depth - 1 WHERE kind = OLD.kind;
END;
)sql";

constexpr std::array kMigrations{kVersion1, kVersion2};

int currentVersion(Connection& connection) {
    connection.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    Statement select = connection.prepare("SELECT max(version) FROM schema_version");
    return select.step() ? static_cast<int>(select.integer(0)) : 0;
}

}  // namespace

int schemaVersion() {
    return static_cast<int>(kMigrations.size());
}

void migrate(Connection& connection) {
    connection.exec("BEGIN IMMEDIATE");
    try {
        const int version = currentVersion(connection);
        if (version > schemaVersion()) {
            throw StoreError({"schema version " + std::to_string(version), 0,
                              "the database was written by a newer Verdict"});
        }
        for (int next = version + 1; next <= schemaVersion(); ++next) {
            connection.exec(kMigrations[static_cast<std::size_t>(next - 1)]);
            connection.prepare("INSERT INTO schema_version (version) VALUES (?1)").with(next).run();
        }
        connection.exec("COMMIT");
    } catch (...) {
        connection.exec("ROLLBACK");
        throw;
    }
}

}  // namespace verdict::store
