#include <verdict/validators/comparison.h>

#include "message_format.h"
#include "token_cursor.h"
#include "token_match.h"

namespace verdict::validators {
namespace {

// One comparison run: two cursors in step, the first difference becomes the verdict.
class Comparer {
  public:
    Comparer(std::string_view answer, std::string_view team, const ValidatorOptions& options)
        : m_answer(answer), m_team(team), m_options(options) {}

    ComparisonResult run();

  private:
    // Returns an empty string when the whitespace runs are acceptable, else what differs.
    std::string checkWhitespace(std::string_view expected, std::string_view got) const;
    std::string describeEnd();
    void markPositions();
    ComparisonResult wrongAnswer(const std::string& what) const;

    TokenCursor m_answer;
    TokenCursor m_team;
    const ValidatorOptions& m_options;
    std::uint64_t m_tokens = 0;  // tokens matched so far
    DiffPosition m_position;     // where the item being compared starts
};

ComparisonResult Comparer::run() {
    for (;;) {
        markPositions();
        const DiffPosition beforeSpace = m_position;
        const std::string_view expectedSpace = m_answer.skipWhitespace();
        const std::string_view gotSpace = m_team.skipWhitespace();
        markPositions();
        if (m_answer.atEnd() != m_team.atEnd()) {
            return wrongAnswer(describeEnd());
        }
        if (std::string what = checkWhitespace(expectedSpace, gotSpace); !what.empty()) {
            m_position = beforeSpace;
            return wrongAnswer(what);
        }
        if (m_answer.atEnd()) {
            return {true, "accepted: " + std::to_string(m_tokens) + " tokens match", {}};
        }
        const std::string_view expected = m_answer.nextToken();
        const std::string_view got = m_team.nextToken();
        if (std::string what = matchTokens(expected, got, m_options); !what.empty()) {
            return wrongAnswer(what);
        }
        ++m_tokens;
    }
}

void Comparer::markPositions() {
    m_position = {m_answer.line(), m_team.line(), m_answer.offset(), m_team.offset(), m_tokens};
}

std::string Comparer::checkWhitespace(std::string_view expected, std::string_view got) const {
    if (!m_options.spaceChangeSensitive || expected == got) {
        return {};
    }
    return "whitespace differs (space_change_sensitive): expected " + quoteBytes(expected) +
           ", got " + quoteBytes(got);
}

// Exactly one side has run out of tokens: say which, and show the next token of the other.
std::string Comparer::describeEnd() {
    const std::string count = std::to_string(m_tokens);
    if (m_team.atEnd()) {
        const char* kind = m_team.offset() == 0 ? " (team output is empty)"
                           : m_tokens == 0      ? " (team output has only whitespace)"
                                                : "";
        return "team output has fewer tokens than the answer: it ends after " + count + " tokens" +
               kind + "; next expected token " + quoteBytes(m_answer.nextToken());
    }
    return "team output has more tokens than the answer (" + count +
           " tokens); first extra token " + quoteBytes(m_team.nextToken());
}

ComparisonResult Comparer::wrongAnswer(const std::string& what) const {
    std::string message = "Wrong answer on line " + std::to_string(m_position.teamLine) +
                          " of team output (line " + std::to_string(m_position.answerLine) +
                          " of answer), token " + std::to_string(m_tokens + 1) + ": " + what;
    return {false, std::move(message), m_position};
}

}  // namespace

ComparisonResult compare(std::string_view answer, std::string_view teamOutput,
                         const ValidatorOptions& options) {
    return Comparer(answer, teamOutput, options).run();
}

}  // namespace verdict::validators
