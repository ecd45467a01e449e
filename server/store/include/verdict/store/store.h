#pragma once
// The server's durable state behind one interface: users and tokens, problems, submissions and
// custom runs, their events, and the job queue with leases. SQLite (WAL) in a data directory
// today (sqlite_store.h); PostgreSQL for a fleet later, behind the same interface.
//
// Guarantees every implementation keeps:
// - createSubmission / createRun store the row, its job and its first event ("queued", seq 1)
//   in one transaction: once it returns an id, the work is durable and queued.
// - A job is leased by one owner at a time; a lease that expires (its worker died) makes the
//   job leasable again, with attempt + 1. Every write a worker makes names its lease and fails
//   (returns false / nullopt) when the lease is no longer current, so a worker that lost its
//   lease cannot publish events or results any more.
// - finish() commits the final result, the final event and the job's end in one transaction,
//   exactly once per job.
// - Events of one target have seq 1, 2, 3, ... with no gaps, in commit order.
// Implementations are safe to call from several threads at once.
// Expected outcomes (a name taken, a lease lost) are return values; a database failure (I/O
// error, disk full, corruption) throws StoreError (store_error.h), and then nothing of that call
// was committed.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "verdict/store/store_error.h"

namespace verdict::store {

using Id = std::int64_t;
using Millis = std::int64_t;  // milliseconds since the Unix epoch

struct User {
    Id id = 0;
    std::string username;
    std::string passwordHash;  // an encoded memory-hard hash (libsodium's argon2id string)
    bool admin = false;
    Millis createdMs = 0;
};

struct Problem {
    Id id = 0;
    std::string shortName;  // unique, from the package's directory or archive name
    std::string name;
    std::string packagePath;  // where the package is kept, inside the data directory
    std::string summaryJson;  // limits, statement, samples: what GET /problems/{id} shows
    Millis createdMs = 0;
};

enum class JobKind { Submission, Run };
const char* jobKindName(JobKind kind);  // "submission", "run"

// Status of a submission or run: "queued", "compiling", "running", "done".
struct Submission {
    Id id = 0;
    Id userId = 0;
    Id problemId = 0;
    std::string language;
    std::string source;
    std::string status = "queued";
    std::string verdict;          // "AC", "WA", ... when done
    std::optional<double> score;  // scoring problems, when done
    std::string resultJson;       // when done: compile output, per-test results
    Millis createdMs = 0;
    std::optional<Millis> judgedMs;  // when done
};

struct Run {
    Id id = 0;
    Id userId = 0;
    std::string language;
    std::string source;
    std::string stdinData;
    std::string status = "queued";
    std::string resultJson;  // when done: stdout, stderr (truncated), cpu_ms, memory_kib, ...
    Millis createdMs = 0;
};

struct NewSubmission {
    Id userId = 0;
    Id problemId = 0;
    std::string language;
    std::string source;
};

struct NewRun {
    Id userId = 0;
    std::string language;
    std::string source;
    std::string stdinData;
};

struct Event {
    JobKind kind = JobKind::Submission;
    Id target = 0;  // the submission's or run's id
    std::int64_t seq = 0;
    // The event's own fields as a JSON object ({"status": "running", "test": 3, ...}); the
    // server adds "type", the target and "seq" when it sends it.
    std::string json;
};

struct Lease {
    Id jobId = 0;
    JobKind kind = JobKind::Submission;
    Id target = 0;
    // How many times the job has been leased, this lease included: 1 for the first lease, +1
    // for every later one (after an expiry or a release). A lease is current while the job is
    // leased with this owner and this attempt, expired or not: until someone else leases it, or
    // it is finished, released or superseded by a rejudge.
    int attempt = 1;
    std::string owner;
    Millis expiresMs = 0;
};

struct SubmissionFilter {
    std::optional<Id> userId;  // nullopt: everybody's (admins)
    std::optional<Id> problemId;
    std::optional<Id> beforeId;          // only ids below this (paging backwards)
    std::optional<std::string> verdict;  // only this final verdict ("JE": judge errors)
    int limit = 50;
};

class Store {
  public:
    virtual ~Store() = default;

    // ---- users and tokens
    virtual std::optional<Id> createUser(const std::string& username,
                                         const std::string& passwordHash, bool admin,
                                         Millis nowMs) = 0;  // nullopt: the name is taken
    virtual std::optional<User> userByName(std::string_view username) = 0;
    virtual std::optional<User> userById(Id id) = 0;
    virtual std::int64_t userCount() = 0;
    // Tokens are stored hashed; the caller hashes (SHA-256 of the random token).
    virtual void addToken(const std::string& tokenHash, Id userId, Millis expiresMs) = 0;
    virtual std::optional<Id> userForToken(const std::string& tokenHash, Millis nowMs) = 0;
    virtual bool revokeToken(const std::string& tokenHash) = 0;

    // ---- problems
    virtual std::optional<Id> addProblem(const Problem& problem) = 0;  // nullopt: name taken
    virtual std::optional<Problem> problem(Id id) = 0;
    virtual std::optional<Problem> problemByShortName(std::string_view shortName) = 0;
    virtual std::vector<Problem> problems() = 0;

    // ---- submissions and runs: row + job + first event (seq 1), atomically.
    virtual Id createSubmission(const NewSubmission& submission, Millis nowMs,
                                const std::string& queuedEventJson) = 0;
    virtual std::optional<Submission> submission(Id id) = 0;
    virtual std::vector<Submission> submissions(const SubmissionFilter& filter) = 0;
    virtual Id createRun(const NewRun& run, Millis nowMs, const std::string& queuedEventJson) = 0;
    virtual std::optional<Run> run(Id id) = 0;
    // Admin rejudge: the submission goes back to "queued" with a new job; its events go on.
    virtual bool rejudge(Id submissionId, Millis nowMs, const std::string& queuedEventJson) = 0;

    // ---- the queue
    // The oldest job of `kind` that is queued, or leased with an expired lease.
    virtual std::optional<Lease> leaseJob(JobKind kind, const std::string& owner, Millis nowMs,
                                          Millis leaseMs) = 0;
    virtual bool renewLease(Lease& lease, Millis nowMs, Millis leaseMs) = 0;
    // Gives the job back (a draining server): queued again; the attempt count is kept, so the
    // next lease is attempt + 1 and this one can never become current again.
    virtual bool releaseLease(const Lease& lease) = 0;
    virtual std::int64_t queueDepth(JobKind kind) = 0;  // queued or leased, not done

    // ---- progress and results (each checks the lease is current)
    // Appends an event (and sets the target's status); returns its seq.
    virtual std::optional<std::int64_t> appendEvent(const Lease& lease, const std::string& status,
                                                    const std::string& eventJson) = 0;
    struct Final {
        std::string verdict;  // submissions; empty for runs
        std::optional<double> score;
        std::string resultJson;
        std::string eventJson;  // the "done" event
    };
    // Commits the result, the "done" event and the job's end, exactly once.
    virtual std::optional<std::int64_t> finish(const Lease& lease, const Final& result,
                                               Millis nowMs) = 0;
    virtual std::vector<Event> events(JobKind kind, Id target, std::int64_t afterSeq) = 0;
    // The highest seq of a target (0: none).
    virtual std::int64_t lastSeq(JobKind kind, Id target) = 0;
};

}  // namespace verdict::store
