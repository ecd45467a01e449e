#include "scoring.h"

#include <algorithm>
#include <cstdio>

#include "legacy_grader.h"

namespace verdict::judge {

namespace {

using packages::ScoreAggregation;

constexpr double kEpsilon = 1e-9;

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

bool isSample(const std::string& name) {
    return name == "sample" || name.rfind("sample/", 0) == 0;
}

}  // namespace

Scorer::Scorer(const packages::Package& package)
    : m_package(package),
      m_caseCount(package.testGroups.size(), 0),
      m_groupResults(package.testGroups.size()) {
    for (const auto* testCase : package.judgedCases())
        ++m_caseCount[testCase->group];
    if (legacy())
        m_legacy = std::make_unique<LegacyTree>(package);
}

Scorer::~Scorer() = default;

bool Scorer::legacy() const {
    return packages::isLegacy(m_package.config.version);
}

std::string Scorer::unsupported() const {
    if (!legacy())
        return {};
    bool custom = m_package.dataSettings.customGrading;
    for (const auto& group : m_package.testGroups)
        custom = custom || group.settings.customGrading;
    return custom ? "legacy custom graders (testdata.yaml `grading: custom`) are not supported; "
                    "use the default grader's grader_flags or the 2025-09 test groups"
                  : "";
}

bool Scorer::wanted(const packages::TestCase& testCase) const {
    return m_legacy ? m_legacy->wanted(testCase) : modernWanted(testCase.group);
}

void Scorer::record(const packages::TestCase& testCase, TestResult& result) {
    double score = 0;
    if (m_legacy) {
        const auto& settings = m_package.testGroups[testCase.group].settings;
        score = result.verdict == Verdict::Accepted
                    ? result.validatorScore.value_or(settings.acceptScore)
                    : settings.rejectScore;
        m_legacy->setCase(testCase.name, result.verdict, score);
    } else {
        score = modernCaseScore(testCase.group, result);
    }
    if (!isSample(testCase.name) || legacy())
        result.score = score;
    m_results[testCase.name] = {result.verdict, score};
    m_groupResults[testCase.group].push_back({result.verdict, score});
}

ScoreOutcome Scorer::finish() const {
    return m_legacy ? m_legacy->grade() : modernFinish();
}

// ---- 2023-07 / 2025-09 -------------------------------------------------------------------

bool Scorer::groupPassed(std::size_t group) const {
    const auto& results = m_groupResults[group];
    if (results.size() != m_caseCount[group])
        return false;  // some case was skipped
    return std::all_of(results.begin(), results.end(),
                       [](const Recorded& r) { return r.verdict == Verdict::Accepted; });
}

bool Scorer::requirementsMet(std::size_t group) const {
    for (const auto& required : m_package.testGroups[group].settings.requirePass) {
        for (std::size_t g = 0; g < m_package.testGroups.size(); ++g) {
            const std::string& name = m_package.testGroups[g].name;
            if ((name == required || name == "secret/" + required) && !groupPassed(g))
                return false;
        }
    }
    return true;
}

bool Scorer::modernWanted(std::size_t group) const {
    if (!requirementsMet(group))
        return false;
    auto aggregation = m_package.testGroups[group].settings.scoreAggregation;
    if (aggregation == ScoreAggregation::Sum || isSample(m_package.testGroups[group].name))
        return true;
    const auto& results = m_groupResults[group];
    return std::none_of(results.begin(), results.end(),
                        [](const Recorded& r) { return r.verdict != Verdict::Accepted; });
}

double Scorer::modernCaseScore(std::size_t group, TestResult& result) const {
    if (result.verdict != Verdict::Accepted || isSample(m_package.testGroups[group].name))
        return 0;
    const auto& settings = m_package.testGroups[group].settings;
    auto fail = [&](std::string why) {
        result.verdict = Verdict::JudgeError;
        result.message = std::move(why);
        return 0.0;
    };
    if (!settings.maxScore) {
        if (!result.validatorScore) {
            return fail("test group " + m_package.testGroups[group].name +
                        " has an unbounded max_score, so its output validator must write "
                        "score.txt for an accepted case; it did not");
        }
        return *result.validatorScore;
    }
    double share =
        settings.scoreAggregation == ScoreAggregation::Sum
            ? *settings.maxScore / static_cast<double>(std::max<std::size_t>(m_caseCount[group], 1))
            : *settings.maxScore;
    if (result.scoreMultiplier)
        return *result.scoreMultiplier * share;
    return result.validatorScore.value_or(share);
}

ScoreOutcome Scorer::modernFinish() const {
    ScoreOutcome outcome;
    // The verdict: the first case (in judging order) that failed.
    for (const auto* testCase : m_package.judgedCases()) {
        auto it = m_results.find(testCase->name);
        if (it != m_results.end() && it->second.verdict != Verdict::Accepted) {
            outcome.verdict = it->second.verdict;
            break;
        }
    }
    // Each group under secret/, then secret itself over its groups (or its own cases).
    std::vector<double> groupScores;
    std::optional<std::size_t> secret;
    bool secretFailed = false;
    for (std::size_t g = 0; g < m_package.testGroups.size(); ++g) {
        const auto& group = m_package.testGroups[g];
        if (group.name == "secret")
            secret = g;
        if (group.name.rfind("secret/", 0) != 0 && !(group.name == "secret" && m_caseCount[g]))
            continue;
        const auto& settings = group.settings;
        const auto& results = m_groupResults[g];
        double score = 0;
        bool passed = groupPassed(g);
        if (settings.scoreAggregation == ScoreAggregation::PassFail) {
            for (const auto& r : results)
                score += r.score;
            score = passed ? settings.maxScore.value_or(score) : 0;
        } else if (settings.scoreAggregation == ScoreAggregation::Min) {
            score = passed && !results.empty() ? results.front().score : 0;
            for (const auto& r : results)
                score = passed ? std::min(score, r.score) : 0;
        } else {
            for (const auto& r : results)
                score += r.score;
        }
        if (settings.maxScore && score > *settings.maxScore + kEpsilon) {
            outcome.error = "test group " + group.name + " scored " + number(score) +
                            ", over its max_score " + number(*settings.maxScore);
        }
        GroupResult result{group.name, Verdict::Accepted, score, settings.maxScore,
                           !results.empty()};
        for (const auto& r : results) {
            if (r.verdict != Verdict::Accepted) {
                result.verdict = r.verdict;
                break;
            }
        }
        secretFailed = secretFailed || !passed;
        if (group.name != "secret")
            groupScores.push_back(score);
        outcome.groups.push_back(result);
    }
    if (!secret)
        return outcome;
    const auto& settings = m_package.testGroups[*secret].settings;
    double total = 0;
    if (m_caseCount[*secret]) {
        for (const auto& group : outcome.groups)
            total = group.name == "secret" ? group.score : total;  // secret holds the cases
    } else if (settings.scoreAggregation == ScoreAggregation::Min) {
        total = groupScores.empty() ? 0 : *std::min_element(groupScores.begin(), groupScores.end());
    } else {
        for (double s : groupScores)
            total += s;
        if (settings.scoreAggregation == ScoreAggregation::PassFail)
            total = secretFailed ? 0 : settings.maxScore.value_or(total);
    }
    if (settings.maxScore && total > *settings.maxScore + kEpsilon && outcome.error.empty()) {
        outcome.error = "data/secret scored " + number(total) + ", over its max_score " +
                        number(*settings.maxScore);
    }
    if (!m_caseCount[*secret])
        outcome.groups.insert(outcome.groups.begin(),
                              {"secret", outcome.verdict, total, settings.maxScore});
    outcome.score = total;
    return outcome;
}

}  // namespace verdict::judge
