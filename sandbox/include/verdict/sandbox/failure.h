#pragma once
// A sandbox failure: which step failed, the errno it saw, and what it was doing.
#include <cerrno>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace verdict::sandbox {

struct Failure {
    std::string step;    // e.g. "mount /usr", "clone3", "write memory.limit_in_bytes"
    int err = 0;         // errno, 0 when not a system call failure
    std::string detail;  // what to do about it, or which value was refused
    std::string describe() const;
};

// Failure of the last system call: captures errno at the call site.
inline Failure sysFailure(std::string step, std::string detail = {}) {
    return Failure{std::move(step), errno, std::move(detail)};
}

// Outcome of a step that returns nothing: empty on success.
using Step = std::optional<Failure>;

// A value or the failure that prevented it.
template <class T>
class Expected {
  public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(Failure failure) : m_state(std::move(failure)) {}
    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_state); }
    const T& value() const { return std::get<0>(m_state); }
    T* operator->() { return &value(); }
    const Failure& failure() const { return std::get<1>(m_state); }

  private:
    std::variant<T, Failure> m_state;
};

}  // namespace verdict::sandbox
