#pragma once
// One SQLite connection to verdict.db with the store's settings (WAL, synchronous=FULL, foreign
// keys, busy timeout) and a cache of its prepared statements. Used by one thread at a time.
#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "statement.h"

namespace verdict::store {

class Connection {
  public:
    // Throws StoreError when the file cannot be opened or configured.
    explicit Connection(const std::filesystem::path& file);
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    // A cached statement for `sql` (compiled once per connection). One use at a time per text.
    Statement prepare(std::string_view sql);
    void exec(const char* sql);  // statements without parameters or rows (pragmas, DDL)
    std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
    int changes() const { return sqlite3_changes(m_db); }
    bool inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }
    void rollbackQuietly() { sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); }

  private:
    [[noreturn]] void fail(std::string step) const;
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

}  // namespace verdict::store
