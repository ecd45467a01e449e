#include "expectation_check.h"

#include <cstdio>
#include <optional>
#include <set>
#include <string_view>

namespace verdict::cli {

namespace {

using packages::Verdict;

// The package format's word for a judge verdict; nullopt for JE (ours, never promised).
// A memory limit is a run-time error in the problem package format.
std::optional<Verdict> formatVerdict(judge::Verdict verdict) {
    switch (verdict) {
        case judge::Verdict::Accepted:
            return Verdict::Accepted;
        case judge::Verdict::WrongAnswer:
            return Verdict::WrongAnswer;
        case judge::Verdict::TimeLimit:
            return Verdict::TimeLimitExceeded;
        case judge::Verdict::MemoryLimit:
        case judge::Verdict::RunTimeError:
            return Verdict::RunTimeError;
        case judge::Verdict::OutputLimit:
            return Verdict::OutputLimitExceeded;
        case judge::Verdict::CompileError:
            return Verdict::CompileError;
        case judge::Verdict::JudgeError:
            return std::nullopt;
    }
    return std::nullopt;
}

std::string names(const std::set<Verdict>& verdicts) {
    std::string text;
    for (Verdict verdict : verdicts)
        text += (text.empty() ? "" : "|") + std::string(packages::verdictCode(verdict));
    return text;
}

// The three rules over the verdicts seen (every judged test, or CE alone) and the final one.
ExpectationCheck checkSeen(const packages::Expectation& expected, const std::set<Verdict>& seen,
                           Verdict final) {
    for (Verdict verdict : seen) {
        if (!expected.permitted.empty() && expected.permitted.count(verdict) == 0) {
            return {false, std::string(packages::verdictCode(verdict)) +
                               " is not permitted (permitted: " + names(expected.permitted) + ")"};
        }
    }
    bool anyRequired = expected.required.empty();
    for (Verdict verdict : seen)
        anyRequired = anyRequired || expected.required.count(verdict) > 0;
    if (!anyRequired)
        return {false, "no test got a required verdict (" + names(expected.required) + ")"};
    if (!expected.finalOneOf.empty() && expected.finalOneOf.count(final) == 0) {
        return {false, "the final verdict must be one of " + names(expected.finalOneOf)};
    }
    return {true, {}};
}

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// Why the judgement is a judge error: its own error, else the message of the test that was one
// (a validator that crashed on a test leaves the judgement's error empty).
std::string judgeErrorReason(const judge::Judgement& judgement) {
    if (!judgement.error.empty())
        return judgement.error;
    for (const auto& test : judgement.tests) {
        if (test.verdict == judge::Verdict::JudgeError)
            return test.name + ": " + test.message;
    }
    return "no reason given";
}

// submissions.yaml `score` and `message`.
ExpectationCheck checkScoreAndMessage(const packages::Expectation& expected,
                                      const judge::Judgement& judgement) {
    if (const auto& range = expected.score) {
        constexpr double kSlack = 1e-6;
        std::string want = range->first == range->second
                               ? number(range->first)
                               : "[" + number(range->first) + ", " + number(range->second) + "]";
        if (!judgement.score)
            return {false, "a score of " + want + " is promised, but the problem is not scored"};
        if (*judgement.score < range->first - kSlack || *judgement.score > range->second + kSlack)
            return {false, "score " + number(*judgement.score) + ", promised " + want};
    }
    if (const auto& message = expected.message) {
        for (const auto& test : judgement.tests) {
            if (test.message.find(*message) != std::string::npos)
                return {true, {}};
        }
        return {false, "no judge message contains \"" + *message + "\""};
    }
    return {true, {}};
}

}  // namespace

ExpectationCheck checkExpectation(const packages::Expectation& expected,
                                  const judge::Judgement& judgement) {
    auto final = formatVerdict(judgement.verdict);
    if (!final)
        return {false, "judge error: " + judgeErrorReason(judgement)};
    std::set<Verdict> seen;
    for (const auto& test : judgement.tests) {
        if (auto verdict = formatVerdict(test.verdict))
            seen.insert(*verdict);
    }
    if (judgement.verdict == judge::Verdict::CompileError || judgement.tests.empty())
        seen.insert(*final);  // no test ran: the final verdict stands for them all
    ExpectationCheck check = checkSeen(expected, seen, *final);
    if (check.matches)
        check = checkScoreAndMessage(expected, judgement);
    return check;
}

std::string describeExpectation(const packages::Expectation& expected) {
    std::set<Verdict> finals;
    for (Verdict verdict :
         {Verdict::Accepted, Verdict::WrongAnswer, Verdict::TimeLimitExceeded,
          Verdict::RunTimeError, Verdict::OutputLimitExceeded, Verdict::CompileError}) {
        if (checkSeen(expected, {verdict}, verdict).matches)
            finals.insert(verdict);
    }
    return finals.empty() ? "nothing" : names(finals);
}

}  // namespace verdict::cli
