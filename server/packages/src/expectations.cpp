#include <algorithm>
#include <cctype>
#include <map>

#include "verdict/packages/submissions.h"
#include "verdict_words.h"
#include "yaml_access.h"

namespace verdict::packages {

namespace {

using V = Verdict;

const std::set<Verdict> kAllRun = {V::Accepted, V::WrongAnswer, V::TimeLimitExceeded,
                                   V::RunTimeError};

Expectation make(std::set<Verdict> permitted, std::set<Verdict> required = {}) {
    Expectation e;
    e.permitted = std::move(permitted);
    e.required = std::move(required);
    return e;
}

}  // namespace

std::optional<Verdict> verdictFromWord(std::string word) {
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) {
        return c == '_' ? '-' : static_cast<char>(std::toupper(c));
    });
    static const std::map<std::string, Verdict> kWords = {
        {"CORRECT", V::Accepted},
        {"ACCEPTED", V::Accepted},
        {"AC", V::Accepted},
        {"WRONG-ANSWER", V::WrongAnswer},
        {"WA", V::WrongAnswer},
        {"NO-OUTPUT", V::WrongAnswer},
        {"TIMELIMIT", V::TimeLimitExceeded},
        {"TIME-LIMIT-EXCEEDED", V::TimeLimitExceeded},
        {"TLE", V::TimeLimitExceeded},
        {"RUN-ERROR", V::RunTimeError},
        {"RUN-TIME-ERROR", V::RunTimeError},
        {"RTE", V::RunTimeError},
        {"COMPILER-ERROR", V::CompileError},
        {"CE", V::CompileError},
        {"OUTPUT-LIMIT", V::OutputLimitExceeded},
        {"OLE", V::OutputLimitExceeded}};
    auto it = kWords.find(word);
    return it == kWords.end() ? std::nullopt : std::optional<Verdict>(it->second);
}

std::string_view verdictCode(Verdict verdict) {
    switch (verdict) {
        case V::Accepted:
            return "AC";
        case V::WrongAnswer:
            return "WA";
        case V::TimeLimitExceeded:
            return "TLE";
        case V::RunTimeError:
            return "RTE";
        case V::CompileError:
            return "CE";
        case V::OutputLimitExceeded:
            return "OLE";
    }
    return "JE";
}

std::optional<Expectation> expectationForDirectory(std::string_view directory) {
    static const std::map<std::string, Expectation, std::less<>> kDirectories = {
        {"accepted", make({V::Accepted})},
        {"wrong_answer", make({V::Accepted, V::WrongAnswer}, {V::WrongAnswer})},
        {"time_limit_exceeded", make({V::Accepted, V::TimeLimitExceeded}, {V::TimeLimitExceeded})},
        {"run_time_error", make({V::Accepted, V::RunTimeError}, {V::RunTimeError})},
        {"rejected", make(kAllRun, {V::WrongAnswer, V::TimeLimitExceeded, V::RunTimeError})},
        {"brute_force", make({V::Accepted, V::RunTimeError, V::TimeLimitExceeded},
                             {V::RunTimeError, V::TimeLimitExceeded})},
        // DOMjudge's directory names.
        {"correct", make({V::Accepted})},
        {"wrong-answer", make({V::Accepted, V::WrongAnswer}, {V::WrongAnswer})},
        {"no-output", make({V::Accepted, V::WrongAnswer}, {V::WrongAnswer})},
        {"timelimit", make({V::Accepted, V::TimeLimitExceeded}, {V::TimeLimitExceeded})},
        {"time-limit", make({V::Accepted, V::TimeLimitExceeded}, {V::TimeLimitExceeded})},
        {"run-error", make({V::Accepted, V::RunTimeError}, {V::RunTimeError})},
        {"output-limit", make({V::Accepted, V::OutputLimitExceeded}, {V::OutputLimitExceeded})},
        {"compiler-error", make({V::CompileError}, {V::CompileError})}};
    if (directory == "partially_accepted") {
        Expectation e = make(kAllRun);
        e.partiallyAccepted = true;
        return e;
    }
    auto it = kDirectories.find(directory);
    if (it == kDirectories.end()) {
        // Newer DOMjudge spells its names with '_' (compiler_error, no_output, run_error).
        std::string hyphenated(directory);
        std::replace(hyphenated.begin(), hyphenated.end(), '_', '-');
        it = kDirectories.find(hyphenated);
    }
    return it == kDirectories.end() ? std::nullopt : std::optional<Expectation>(it->second);
}

std::optional<Expectation> expectationFromTag(std::string_view value) {
    Expectation e;
    e.source = ExpectationSource::ExpectedResultsTag;
    std::string text(value);
    std::replace(text.begin(), text.end(), ',', ' ');
    for (const std::string& word : splitWords(text)) {
        std::optional<Verdict> verdict = verdictFromWord(word);
        if (!verdict) {
            return std::nullopt;
        }
        e.finalOneOf.insert(*verdict);
    }
    if (e.finalOneOf.empty()) {
        return std::nullopt;
    }
    // Any per-test verdict may occur; only the final one is constrained.
    e.permitted = kAllRun;
    e.permitted.insert(e.finalOneOf.begin(), e.finalOneOf.end());
    return e;
}

}  // namespace verdict::packages
