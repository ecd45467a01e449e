#include "connection.h"

#include "verdict/store/store_error.h"

namespace verdict::store {
namespace {

// Another process (or connection) holding the write lock makes us wait this long, not fail.
constexpr int kBusyTimeoutMs = 10000;

}  // namespace

Connection::Connection(const std::filesystem::path& file) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        StoreFailure failure{"open " + file.string(), sqlite3_extended_errcode(m_db),
                             sqlite3_errmsg(m_db)};
        sqlite3_close_v2(m_db);
        throw StoreError(std::move(failure));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    // WAL: readers never block the writer. FULL: a commit is on disk (WAL fsynced) before it
    // returns, so an acknowledged submission survives a power loss, not only a crash.
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
}

Connection::~Connection() {
    for (auto& [sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

Statement Connection::prepare(std::string_view sql) {
    auto found = m_statements.find(std::string(sql));
    if (found != m_statements.end())
        return Statement(found->second);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        fail("prepare " + std::string(sql));
    }
    m_statements.emplace(std::string(sql), stmt);
    return Statement(stmt);
}

void Connection::exec(const char* sql) {
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(sql);
}

void Connection::fail(std::string step) const {
    throw StoreError({std::move(step), sqlite3_extended_errcode(m_db), sqlite3_errmsg(m_db)});
}

}  // namespace verdict::store
