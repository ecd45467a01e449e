#pragma once
// The Store in one SQLite file, DATA_DIR/verdict.db (WAL, synchronous=FULL). Writes from every
// thread go through one connection with group commit; reads use a pool of connections. See
// server/store/README.md for the theory of operation and the durability argument.
#include <filesystem>
#include <memory>

#include "verdict/store/store.h"
#include "verdict/store/store_error.h"

namespace verdict::store {

class ReaderPool;
class WriteBatcher;

class SqliteStore final : public Store {
  public:
    // Creates the directory and the database when missing and migrates it to the newest schema.
    static Expected<std::unique_ptr<SqliteStore>> open(const std::filesystem::path& dataDir);
    ~SqliteStore() override;

    std::optional<Id> createUser(const std::string& username, const std::string& passwordHash,
                                 bool admin, Millis nowMs) override;
    std::optional<User> userByName(std::string_view username) override;
    std::optional<User> userById(Id id) override;
    std::int64_t userCount() override;
    void addToken(const std::string& tokenHash, Id userId, Millis expiresMs) override;
    std::optional<Id> userForToken(const std::string& tokenHash, Millis nowMs) override;
    bool revokeToken(const std::string& tokenHash) override;

    std::optional<Id> addProblem(const Problem& problem) override;
    std::optional<Problem> problem(Id id) override;
    std::optional<Problem> problemByShortName(std::string_view shortName) override;
    std::vector<Problem> problems() override;

    Id createSubmission(const NewSubmission& submission, Millis nowMs,
                        const std::string& queuedEventJson) override;
    std::optional<Submission> submission(Id id) override;
    std::vector<Submission> submissions(const SubmissionFilter& filter) override;
    Id createRun(const NewRun& run, Millis nowMs, const std::string& queuedEventJson) override;
    std::optional<Run> run(Id id) override;
    bool rejudge(Id submissionId, Millis nowMs, const std::string& queuedEventJson) override;

    std::optional<Lease> leaseJob(JobKind kind, const std::string& owner, Millis nowMs,
                                  Millis leaseMs) override;
    bool renewLease(Lease& lease, Millis nowMs, Millis leaseMs) override;
    bool releaseLease(const Lease& lease) override;
    std::int64_t queueDepth(JobKind kind) override;

    std::optional<std::int64_t> appendEvent(const Lease& lease, const std::string& status,
                                            const std::string& eventJson) override;
    std::optional<std::int64_t> finish(const Lease& lease, const Final& result,
                                       Millis nowMs) override;
    std::vector<Event> events(JobKind kind, Id target, std::int64_t afterSeq) override;
    std::int64_t lastSeq(JobKind kind, Id target) override;

  private:
    SqliteStore(std::unique_ptr<WriteBatcher> writer, std::unique_ptr<ReaderPool> readers);
    std::unique_ptr<WriteBatcher> m_writer;
    std::unique_ptr<ReaderPool> m_readers;
};

}  // namespace verdict::store
