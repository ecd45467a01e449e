#include "time_limit_derivation.h"

#include <algorithm>
#include <cstdio>

#include "cli_support.h"
#include "verdict/packages/time_limit.h"

namespace verdict::cli {

namespace {

constexpr double kMeasuringLimit = 10.0;  // seconds per test while measuring accepted runs

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

std::string seconds(double value) {
    return number(value) + " s";
}

// The slowest test of any accepted submission that could be judged here, in seconds.
std::optional<double> slowestAccepted(const packages::Package& package,
                                      const languages::Catalogue& catalogue,
                                      const launcher::SandboxLauncher& sandbox) {
    judge::JudgeSettings settings;
    settings.defaultTimeLimit = kMeasuringLimit;
    settings.maxReruns = 0;
    settings.catalogue = &catalogue;
    judge::Judge measuring(sandbox, settings);
    std::optional<double> slowest;
    for (const auto& submission : package.submissions) {
        if (submission.directory != "accepted")
            continue;
        const auto* language = languageOf(catalogue, submission.path);
        if (language == nullptr || !languages::Catalogue::missingTool(*language).empty())
            continue;
        auto judgement =
            measuring.judge(package, {language, sourceFiles(submission.path, language)});
        if (judgement.verdict != judge::Verdict::Accepted)
            continue;
        for (const auto& test : judgement.tests) {
            slowest = std::max(slowest.value_or(0.0), static_cast<double>(test.cpuMs) / 1000.0);
        }
    }
    return slowest;
}

}  // namespace

DerivedLimit timeLimitFor(const packages::Package& package, const languages::Catalogue& catalogue,
                          const launcher::SandboxLauncher& sandbox) {
    if (package.timeLimit) {
        return {*package.timeLimit,
                "time limit " + seconds(*package.timeLimit) + ", as the package states"};
    }
    judge::JudgeSettings defaults;
    auto slowest = slowestAccepted(package, catalogue, sandbox);
    if (!slowest) {
        return {defaults.defaultTimeLimit,
                "time limit " + seconds(defaults.defaultTimeLimit) +
                    ": the default (no accepted submission to derive it from)"};
    }
    const auto& limits = package.config.limits;
    if (packages::isLegacy(package.config.version)) {
        double limit = packages::legacyTimeLimit(*slowest, limits.timeMultiplier);
        return {limit, "time limit " + seconds(limit) + ", derived: slowest accepted run " +
                           seconds(*slowest) + " x time_multiplier " +
                           number(limits.timeMultiplier) + ", rounded up"};
    }
    auto derived = packages::derivedTimeLimit(*slowest, std::nullopt, limits);
    double limit = derived.timeLimit.value_or(defaults.defaultTimeLimit);
    return {limit, derived.timeLimit
                       ? "time limit " + seconds(limit) +
                             ", derived from the slowest accepted run " + seconds(*slowest)
                       : "time limit " + seconds(limit) + ": the default (" + derived.error + ")"};
}

}  // namespace verdict::cli
