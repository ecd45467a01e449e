// SqliteStore: opening the database, accounts and tokens, problems.
#include "verdict/store/sqlite_store.h"

#include <system_error>

#include "reader_pool.h"
#include "rows.h"
#include "schema.h"
#include "write_batcher.h"

namespace verdict::store {
Expected<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::filesystem::path& dataDir) {
    std::error_code error;
    std::filesystem::create_directories(dataDir, error);
    if (error)
        return StoreFailure{"create " + dataDir.string(), 0, error.message()};
    const auto file = dataDir / "verdict.db";
    try {
        auto writing = std::make_unique<Connection>(file);
        migrate(*writing);
        return std::unique_ptr<SqliteStore>(
            new SqliteStore(std::make_unique<WriteBatcher>(std::move(writing)),
                            std::make_unique<ReaderPool>(file)));
    } catch (const StoreError& failure) {
        return failure.failure();
    }
}

SqliteStore::SqliteStore(std::unique_ptr<WriteBatcher> writer, std::unique_ptr<ReaderPool> readers)
    : m_writer(std::move(writer)), m_readers(std::move(readers)) {}

SqliteStore::~SqliteStore() = default;

std::optional<Id> SqliteStore::createUser(const std::string& username,
                                          const std::string& passwordHash, bool admin,
                                          Millis nowMs) {
    std::optional<Id> id;
    m_writer->run([&](Connection& db) {
        Statement insert = db.prepare(
            "INSERT INTO users (username, password_hash, admin, created_ms) "
            "VALUES (?1, ?2, ?3, ?4)");
        if (insert.with(username, passwordHash, admin, nowMs).insertUnlessTaken()) {
            id = db.lastInsertId();
        }
    });
    return id;
}

std::optional<User> SqliteStore::userByName(std::string_view username) {
    return m_readers->read([&](Connection& db) {
        return firstRow(db, selectSql(kUserColumns, "FROM users WHERE username = ?1"), readUser,
                        username);
    });
}

std::optional<User> SqliteStore::userById(Id id) {
    return m_readers->read([&](Connection& db) {
        return firstRow(db, selectSql(kUserColumns, "FROM users WHERE id = ?1"), readUser, id);
    });
}

std::int64_t SqliteStore::userCount() {
    return m_readers->read([](Connection& db) {
        return firstRow(db, "SELECT count(*) FROM users", readInteger).value_or(0);
    });
}

void SqliteStore::addToken(const std::string& tokenHash, Id userId, Millis expiresMs) {
    m_writer->run([&](Connection& db) {
        db.prepare("INSERT INTO tokens (hash, user_id, expires_ms) VALUES (?1, ?2, ?3)")
            .with(tokenHash, userId, expiresMs)
            .run();
    });
}

std::optional<Id> SqliteStore::userForToken(const std::string& tokenHash, Millis nowMs) {
    return m_readers->read([&](Connection& db) {
        return firstRow(
            db, "SELECT user_id FROM tokens WHERE hash = ?1 AND revoked = 0 AND expires_ms > ?2",
            readInteger, tokenHash, nowMs);
    });
}

bool SqliteStore::revokeToken(const std::string& tokenHash) {
    bool revoked = false;
    m_writer->run([&](Connection& db) {
        db.prepare("UPDATE tokens SET revoked = 1 WHERE hash = ?1 AND revoked = 0")
            .with(tokenHash)
            .run();
        revoked = db.changes() > 0;
    });
    return revoked;
}

std::optional<Id> SqliteStore::addProblem(const Problem& problem) {
    std::optional<Id> id;
    m_writer->run([&](Connection& db) {
        Statement insert = db.prepare(
            "INSERT INTO problems (short_name, name, package_path, summary_json, created_ms) "
            "VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.with(problem.shortName, problem.name, problem.packagePath, problem.summaryJson,
                    problem.createdMs);
        if (insert.insertUnlessTaken())
            id = db.lastInsertId();
    });
    return id;
}

std::optional<Problem> SqliteStore::problem(Id id) {
    return m_readers->read([&](Connection& db) {
        return firstRow(db, selectSql(kProblemColumns, "FROM problems WHERE id = ?1"), readProblem,
                        id);
    });
}

std::optional<Problem> SqliteStore::problemByShortName(std::string_view shortName) {
    return m_readers->read([&](Connection& db) {
        return firstRow(db, selectSql(kProblemColumns, "FROM problems WHERE short_name = ?1"),
                        readProblem, shortName);
    });
}

std::vector<Problem> SqliteStore::problems() {
    return m_readers->read([](Connection& db) {
        return allRows(db, selectSql(kProblemColumns, "FROM problems ORDER BY id"), readProblem);
    });
}

}  // namespace verdict::store
