#pragma once
// What one verdict-sandbox invocation produced: exit status, the program's relayed output lines,
// stderr, and the JSON result object (the last stdout line).
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "child_process.h"

namespace verdict::tests {

class RunResult {
  public:
    explicit RunResult(ProcessOutcome outcome);

    // The sandbox's own exit code; -1 when it died from a signal.
    int sandboxExitCode() const;
    bool timedOut() const { return m_outcome.timedOut; }
    bool hasJson() const { return m_hasJson; }
    const nlohmann::json& json() const { return m_json; }
    std::string status() const;
    long long number(const std::string& key) const;  // a numeric JSON field, -1 if absent

    const std::vector<std::string>& programLines() const { return m_programLines; }
    std::size_t programOutputBytes() const { return m_programBytes; }
    std::vector<std::string> stderrLines() const;
    const ProcessOutcome& outcome() const { return m_outcome; }

    // The first program line that fully matches `pattern` (ECMAScript regex).
    std::optional<std::string> lineMatching(const std::string& pattern) const;
    // The first capture group of the first line matching `pattern`, as a number.
    std::optional<long long> numberFromLine(const std::string& pattern) const;
    // True when the program printed an ESCAPED line or exited with 42.
    bool escaped() const;

    // Command line, exit status, JSON, stderr and the last program lines, for failure messages.
    std::string describe() const;

  private:
    ProcessOutcome m_outcome;
    nlohmann::json m_json;
    bool m_hasJson = false;
    std::vector<std::string> m_programLines;
    std::size_t m_programBytes = 0;
};

std::vector<std::string> splitLines(const std::string& text);
// `text` with every regex metacharacter escaped, to embed host paths in patterns.
std::string regexEscape(const std::string& text);

}  // namespace verdict::tests
