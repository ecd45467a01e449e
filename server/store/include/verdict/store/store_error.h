#pragma once
// How the store reports failures it cannot turn into an ordinary answer: the database could not
// be opened, the disk is full, the file is corrupt. Expected outcomes (a name is taken, a lease
// is no longer current) are return values of the Store methods, never errors.
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace verdict::store {

// Which step failed, SQLite's (extended) result code, and SQLite's message.
struct StoreFailure {
    std::string step;  // e.g. "open verdict.db", "migrate to version 1", "commit"
    int code = 0;      // SQLITE_* extended result code, 0 when not from SQLite
    std::string message;
    std::string describe() const;
};

// Thrown by Store methods on a database failure (I/O error, disk full, corruption). Callers at a
// boundary (an HTTP handler, a worker loop) catch it and answer 500/503 or retry later.
class StoreError : public std::runtime_error {
  public:
    explicit StoreError(StoreFailure failure);
    const StoreFailure& failure() const { return m_failure; }

  private:
    StoreFailure m_failure;
};

// A value or the failure that prevented it (what open() returns: no exception at start-up).
template <class T>
class Expected {
  public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(StoreFailure failure) : m_state(std::move(failure)) {}
    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_state); }
    T* operator->() { return &value(); }
    const StoreFailure& failure() const { return std::get<1>(m_state); }

  private:
    std::variant<T, StoreFailure> m_state;
};

}  // namespace verdict::store
