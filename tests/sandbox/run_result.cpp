#include "run_result.h"

#include <sys/wait.h>

#include <regex>
#include <sstream>

namespace verdict::tests {

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string regexEscape(const std::string& text) {
    static const std::string kSpecial = R"(\^$.|?*+()[]{})";
    std::string escaped;
    for (char c : text) {
        if (kSpecial.find(c) != std::string::npos) {
            escaped += '\\';
        }
        escaped += c;
    }
    return escaped;
}

RunResult::RunResult(ProcessOutcome outcome) : m_outcome(std::move(outcome)) {
    const std::string& out = m_outcome.out;
    // The JSON object is the last line; everything before it is the program's own stdout.
    std::size_t end = out.size();
    if (end > 0 && out[end - 1] == '\n') {
        --end;
    }
    std::size_t start = out.rfind('\n', end == 0 ? 0 : end - 1);
    start = start == std::string::npos ? 0 : start + 1;
    if (end > start) {
        m_json = nlohmann::json::parse(out.begin() + static_cast<long>(start),
                                       out.begin() + static_cast<long>(end), nullptr, false);
        m_hasJson = m_json.is_object();
    }
    std::string program = m_hasJson ? out.substr(0, start) : out;
    m_programBytes = program.size();
    m_programLines = splitLines(program);
    if (!m_hasJson) {
        m_json = nlohmann::json::object();
    }
}

int RunResult::sandboxExitCode() const {
    return WIFEXITED(m_outcome.waitStatus) ? WEXITSTATUS(m_outcome.waitStatus) : -1;
}

std::string RunResult::status() const {
    auto found = m_json.find("status");
    return found != m_json.end() && found->is_string() ? found->get<std::string>() : "<none>";
}

long long RunResult::number(const std::string& key) const {
    auto found = m_json.find(key);
    return found != m_json.end() && found->is_number() ? found->get<long long>() : -1;
}

std::vector<std::string> RunResult::stderrLines() const {
    return splitLines(m_outcome.err);
}

std::optional<std::string> RunResult::lineMatching(const std::string& pattern) const {
    std::regex expression(pattern);
    for (const auto& line : m_programLines) {
        if (std::regex_match(line, expression)) {
            return line;
        }
    }
    return std::nullopt;
}

std::optional<long long> RunResult::numberFromLine(const std::string& pattern) const {
    std::regex expression(pattern);
    std::smatch match;
    for (const auto& line : m_programLines) {
        if (std::regex_match(line, match, expression) && match.size() > 1) {
            return std::stoll(match[1].str());
        }
    }
    return std::nullopt;
}

bool RunResult::escaped() const {
    for (const auto& line : m_programLines) {
        if (line.find("ESCAPED") != std::string::npos) {
            return true;
        }
    }
    return m_hasJson && number("exit_code") == 42;
}

std::string RunResult::describe() const {
    std::ostringstream text;
    text << "\n  command:";
    for (const auto& arg : m_outcome.argv) {
        text << ' ' << arg;
    }
    const int status = m_outcome.waitStatus;
    text << "\n  sandbox: "
         << (WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status))
                               : "signal " + std::to_string(WTERMSIG(status)))
         << (m_outcome.timedOut ? " (harness timeout)" : "") << ", " << m_outcome.wallMs
         << " ms\n  json: " << (m_hasJson ? m_json.dump() : "<no JSON last line>")
         << "\n  stderr: " << m_outcome.err.substr(0, 2000) << "\n  program output ("
         << m_programBytes << " bytes), last lines:";
    std::size_t first = m_programLines.size() > 12 ? m_programLines.size() - 12 : 0;
    for (std::size_t i = first; i < m_programLines.size(); ++i) {
        text << "\n    | " << m_programLines[i].substr(0, 200);
    }
    return text.str();
}

}  // namespace verdict::tests
