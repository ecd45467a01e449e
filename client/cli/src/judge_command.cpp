#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "time_limit_derivation.h"
#include "verdict/cli/commands.h"
#include "verdict/judge/judge.h"

namespace verdict::cli {

namespace {

namespace fs = std::filesystem;

struct JudgeArgs {
    std::string problem, source, language;
    bool json = false;
};

std::string parseJudgeArgs(const std::vector<std::string>& args, JudgeArgs& parsed) {
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") {
            parsed.json = true;
        } else if (args[i] == "--language" && i + 1 < args.size()) {
            parsed.language = args[++i];
        } else if (args[i].rfind("--", 0) == 0) {
            return "unknown option '" + args[i] + "'";
        } else {
            positional.push_back(args[i]);
        }
    }
    if (positional.size() != 2)
        return "usage: verdict judge PROBLEM SOURCE [--language ID] [--json]";
    parsed.problem = positional[0];
    parsed.source = positional[1];
    return {};
}

nlohmann::json judgementJson(const judge::Judgement& judgement) {
    nlohmann::json tests = nlohmann::json::array();
    for (const auto& test : judgement.tests) {
        tests.push_back({{"name", test.name},
                         {"verdict", judge::verdictCode(test.verdict)},
                         {"cpu_ms", test.cpuMs},
                         {"wall_ms", test.wallMs},
                         {"memory_kib", test.memoryKib},
                         {"message", test.message}});
        if (!test.teamMessage.empty())
            tests.back()["team_message"] = test.teamMessage;
        if (test.score)
            tests.back()["score"] = *test.score;
    }
    nlohmann::json json = {
        {"verdict", judge::verdictCode(judgement.verdict)},
        {"language", judgement.language},
        {"compile", {{"ok", judgement.compile.ok}, {"output", judgement.compile.output}}},
        {"tests", tests}};
    if (judgement.score) {
        json["score"] = *judgement.score;
        nlohmann::json groups = nlohmann::json::array();
        for (const auto& group : judgement.groups) {
            groups.push_back({{"name", group.name},
                              {"verdict", judge::verdictCode(group.verdict)},
                              {"judged", group.judged},
                              {"score", group.score},
                              {"max_score", group.maxScore ? nlohmann::json(*group.maxScore)
                                                           : nlohmann::json(nullptr)}});
        }
        json["groups"] = groups;
    }
    if (!judgement.error.empty())
        json["error"] = judgement.error;
    if (!judgement.tests.empty() && !judgement.tests.front().degraded.empty())
        json["degraded"] = judgement.tests.front().degraded;
    return json;
}

void printScore(std::ostream& out, const judge::Judgement& judgement) {
    for (const auto& group : judgement.groups) {
        out << "group " << group.name << ": "
            << (group.judged ? judge::verdictCode(group.verdict) : "not judged") << "  score "
            << group.score;
        if (group.maxScore)
            out << " / " << *group.maxScore;
        out << "\n";
    }
    out << "score: " << *judgement.score << "\n";
}

void printTest(std::ostream& out, const judge::TestResult& test, std::size_t index,
               std::size_t total) {
    out << "test " << index + 1 << "/" << total << " " << test.name << ": "
        << judge::verdictCode(test.verdict) << "  " << test.cpuMs << " ms  " << test.memoryKib
        << " KiB";
    if (test.verdict != judge::Verdict::Accepted && !test.message.empty()) {
        out << "  (" << test.message.substr(0, 200) << ")";
    }
    out << std::endl;
}

}  // namespace

int judgeCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    JudgeArgs parsed;
    if (auto usage = parseJudgeArgs(args, parsed); !usage.empty()) {
        err << "verdict judge: " << usage << "\n";
        return kExitError;
    }
    auto catalogue = languages::Catalogue::load(languages::Catalogue::defaultPath());
    if (!catalogue) {
        err << "verdict judge: " << catalogue.failure().describe() << "\n";
        return kExitError;
    }
    const languages::Language* language = parsed.language.empty()
                                              ? languageOf(catalogue.value(), parsed.source)
                                              : catalogue->find(parsed.language);
    if (language == nullptr) {
        err << "verdict judge: unknown language for " << parsed.source
            << "; give --language ID, one of: " << availableLanguages(catalogue.value()) << "\n";
        return kExitError;
    }
    if (auto missing = languages::Catalogue::missingTool(*language); !missing.empty()) {
        err << "verdict judge: " << language->id << " cannot be judged here: " << missing
            << "; available: " << availableLanguages(catalogue.value()) << "\n";
        return kExitError;
    }
    if (!fs::exists(parsed.source)) {
        err << "verdict judge: " << parsed.source << " does not exist\n";
        return kExitError;
    }
    auto loaded = packages::loadPackage(parsed.problem);
    if (!loaded.ok()) {
        err << "verdict judge: cannot read the problem package " << parsed.problem << ":\n";
        for (const auto& diagnostic : loaded.diagnostics.errors()) {
            err << "  " << diagnostic.toString() << "\n";
        }
        return kExitError;
    }
    launcher::SandboxLauncher sandbox(launcher::SandboxLauncher::defaultHelperPath());
    judge::JudgeSettings settings;
    settings.catalogue = &catalogue.value();  // already loaded: custom validators use it too
    judge::Judge judge(sandbox, settings);
    judge::Submission submission{language, sourceFiles(parsed.source, language)};
    auto progress = [&](const judge::TestResult& test, std::size_t index, std::size_t total) {
        if (!parsed.json)
            printTest(out, test, index, total);
    };
    packages::Package& package = *loaded.package;
    if (!package.timeLimit) {
        // Neither problem.yaml nor .timelimit: the format's rule over the accepted submissions.
        DerivedLimit limit = timeLimitFor(package, catalogue.value(), sandbox);
        package.timeLimit = limit.seconds;
        (parsed.json ? err : out) << limit.how << "\n";
    }
    judge::Judgement judgement = judge.judge(package, submission, progress);
    if (parsed.json) {
        nlohmann::json json = judgementJson(judgement);
        json["time_limit"] = *package.timeLimit;
        out << json.dump() << "\n";
    } else {
        if (judgement.verdict == judge::Verdict::CompileError)
            out << judgement.compile.output;
        if (!judgement.error.empty())
            out << "judge error: " << judgement.error << "\n";
        if (judgement.score)
            printScore(out, judgement);
        out << "verdict: " << judge::verdictCode(judgement.verdict) << "\n";
    }
    if (judgement.verdict == judge::Verdict::JudgeError)
        return kExitError;
    return judgement.verdict == judge::Verdict::Accepted ? kExitAccepted : kExitRejected;
}

}  // namespace verdict::cli
