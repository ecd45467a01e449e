#include "legacy_grader.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace verdict::judge {

namespace {

constexpr std::size_t kData = static_cast<std::size_t>(-1);

// problemtools' order for worst_error, worst first.
int severity(Verdict verdict) {
    switch (verdict) {
        case Verdict::JudgeError:
            return 6;
        case Verdict::RunTimeError:
            return 5;
        case Verdict::MemoryLimit:
            return 4;
        case Verdict::TimeLimit:
            return 3;
        case Verdict::OutputLimit:
            return 2;
        case Verdict::WrongAnswer:
        case Verdict::CompileError:
            return 1;
        case Verdict::Accepted:
            return 0;
    }
    return 6;
}

bool hasFlag(const std::vector<std::string>& flags, const char* flag) {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

Verdict aggregateVerdict(const std::vector<std::pair<Verdict, double>>& results,
                         const std::vector<std::string>& flags) {
    bool anyAccepted = std::any_of(results.begin(), results.end(),
                                   [](const auto& r) { return r.first == Verdict::Accepted; });
    if (hasFlag(flags, "always_accept") ||
        (hasFlag(flags, "accept_if_any_accepted") && anyAccepted))
        return Verdict::Accepted;
    Verdict verdict = Verdict::Accepted;
    for (const auto& [v, score] : results) {
        if (hasFlag(flags, "worst_error") ? severity(v) > severity(verdict)
                                          : verdict == Verdict::Accepted) {
            verdict = v;
        }
    }
    return verdict;
}

double aggregateScore(const std::vector<std::pair<Verdict, double>>& results,
                      const std::vector<std::string>& flags) {
    if (results.empty())
        return 0;
    std::vector<double> scores;
    for (const auto& r : results)
        scores.push_back(r.second);
    if (hasFlag(flags, "min"))
        return *std::min_element(scores.begin(), scores.end());
    if (hasFlag(flags, "max"))
        return *std::max_element(scores.begin(), scores.end());
    double sum = 0;
    for (double s : scores)
        sum += s;
    return hasFlag(flags, "avg") ? sum / static_cast<double>(scores.size()) : sum;
}

}  // namespace

LegacyTree::LegacyTree(const packages::Package& package) : m_package(package) {}

void LegacyTree::setCase(const std::string& name, Verdict verdict, double score) {
    m_cases[name] = {verdict, score};
}

std::vector<LegacyTree::Child> LegacyTree::children(std::size_t group) const {
    const std::string prefix = group == kData ? "" : m_package.testGroups[group].name + "/";
    std::vector<Child> children;
    for (std::size_t g = 0; g < m_package.testGroups.size(); ++g) {
        const std::string& name = m_package.testGroups[g].name;
        bool judged = name.rfind("sample", 0) == 0 || name.rfind("secret", 0) == 0;
        if (judged && name.rfind(prefix, 0) == 0 && name.size() > prefix.size() &&
            name.find('/', prefix.size()) == std::string::npos) {
            children.push_back({name, true, g});
        }
    }
    for (const auto& testCase : m_package.testCases) {
        if (group != kData && testCase.group == group)
            children.push_back({testCase.name, false, group});
    }
    std::sort(children.begin(), children.end(),
              [](const Child& a, const Child& b) { return a.name < b.name; });
    return children;
}

std::optional<LegacyTree::Result> LegacyTree::resultOf(const Child& child) const {
    if (child.isGroup) {
        ScoreOutcome ignored;
        return gradeGroup(child.group, ignored);
    }
    auto it = m_cases.find(child.name);
    return it == m_cases.end() ? std::nullopt : std::optional<Result>(it->second);
}

bool LegacyTree::wanted(const packages::TestCase& testCase) const {
    std::size_t level = kData;
    for (;;) {
        const auto& settings =
            level == kData ? m_package.dataSettings : m_package.testGroups[level].settings;
        std::optional<Child> next;
        for (const auto& child : children(level)) {
            bool onPath = child.name == testCase.name ||
                          (child.isGroup && testCase.name.rfind(child.name + "/", 0) == 0);
            if (onPath) {
                next = child;
                break;
            }
            auto result = resultOf(child);
            if (result && result->first != Verdict::Accepted &&
                settings.onReject == packages::OnReject::Break) {
                return false;
            }
        }
        if (!next || !next->isGroup)
            return true;
        level = next->group;
    }
}

std::optional<LegacyTree::Result> LegacyTree::gradeGroup(std::size_t group,
                                                         ScoreOutcome& outcome) const {
    const auto& settings =
        group == kData ? m_package.dataSettings : m_package.testGroups[group].settings;
    std::vector<Result> results;
    for (const auto& child : children(group)) {
        if (group == kData && child.name == "sample" &&
            hasFlag(settings.graderFlags, "ignore_sample")) {
            continue;
        }
        std::optional<Result> result =
            child.isGroup ? gradeGroup(child.group, outcome) : resultOf(child);
        if (result)
            results.push_back(*result);
    }
    if (results.empty() && group != kData)
        return std::nullopt;
    Result result{aggregateVerdict(results, settings.graderFlags),
                  aggregateScore(results, settings.graderFlags)};
    if (group == kData && results.empty()) {
        // Nothing reached data/'s grader (the sample ignored, the rest never run after it was
        // rejected): a rejected case still decides the verdict.
        for (const auto& [name, caseResult] : m_cases) {
            if (caseResult.first != Verdict::Accepted) {
                result.first = caseResult.first;
                break;
            }
        }
    }
    const std::string name = group == kData ? "data" : m_package.testGroups[group].name;
    if (settings.range && (result.second < settings.range->first - 1e-9 ||
                           result.second > settings.range->second + 1e-9)) {
        char text[160];
        std::snprintf(text, sizeof text, "test group %s scored %g, outside its range %g %g",
                      name.c_str(), result.second, settings.range->first, settings.range->second);
        outcome.error = text;
    }
    if (group != kData)
        outcome.groups.push_back({name, result.first, result.second, std::nullopt});
    return result;
}

ScoreOutcome LegacyTree::grade() const {
    ScoreOutcome outcome;
    auto result = gradeGroup(kData, outcome);
    std::sort(outcome.groups.begin(), outcome.groups.end(),
              [](const GroupResult& a, const GroupResult& b) { return a.name < b.name; });
    outcome.verdict = result->first;
    outcome.score = result->second;
    return outcome;
}

}  // namespace verdict::judge
