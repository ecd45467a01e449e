#pragma once
// Problems found while reading a package: each names the problem, the file and what to do.
#include <string>
#include <utility>
#include <vector>

namespace verdict::packages {

enum class Severity { Warning, Error };

// Where in the package a problem was found; line 0 means "unknown".
struct Where {
    Where() = default;
    Where(std::string fileName, int lineNumber = 0, std::string keyName = {})
        : file(std::move(fileName)), line(lineNumber), key(std::move(keyName)) {}

    std::string file;
    int line = 0;
    std::string key;
};

// One problem: a short stable code ("missing-answer"), a message, and a hint saying what to do.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;
    Where where;
    std::string message;
    std::string hint;

    // "data/secret/1.in: error [missing-answer]: ... (hint)"
    std::string toString() const;
};

// Collects the problems of one load; warnings never stop a load, errors make it fail.
class Diagnostics {
  public:
    void error(std::string code, Where where, std::string message, std::string hint = {});
    void warning(std::string code, Where where, std::string message, std::string hint = {});

    bool hasErrors() const;
    std::vector<Diagnostic> errors() const;
    std::vector<Diagnostic> warnings() const;
    const std::vector<Diagnostic>& all() const { return m_all; }
    // True when some diagnostic has this code (tests and callers match on codes, not text).
    bool contains(const std::string& code) const;
    const Diagnostic* find(const std::string& code) const;

  private:
    std::vector<Diagnostic> m_all;
};

}  // namespace verdict::packages
