#pragma once
// One use of a cached prepared statement: bind, step, read columns. Resets the statement (and
// clears its bindings) when it goes out of scope, so the cache can hand it out again.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace verdict::store {

class Statement {
  public:
    explicit Statement(sqlite3_stmt* stmt) : m_stmt(stmt) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, bool value) { return bind(index, std::int64_t{value ? 1 : 0}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement& bindNull(int index);
    // Binds the arguments to ?1, ?2, ... in order.
    template <class... Args>
    Statement& with(const Args&... args) {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    bool step();  // true: a row is ready; false: done. Throws StoreError on failure.
    void run();   // steps a statement that returns no rows
    // Steps an INSERT; false when it broke a UNIQUE or PRIMARY KEY constraint.
    bool insertUnlessTaken();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

  private:
    [[noreturn]] void fail(int rc) const;
    sqlite3_stmt* m_stmt;
};

}  // namespace verdict::store
