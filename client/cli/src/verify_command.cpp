#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "cli_support.h"
#include "expectation_check.h"
#include "time_limit_derivation.h"
#include "verdict/cli/commands.h"
#include "verdict/judge/judge.h"

namespace verdict::cli {

namespace {

// What became of one example submission.
struct VerifyRow {
    std::string name, language, expected, got;
    std::optional<double> score;  // scoring problems
    std::uint64_t cpuMs = 0;      // the slowest judged test case
    std::string outcome = "ok";   // "ok", "mismatch", "skipped" or "error" (a judge error)
    std::string detail;
};

// The submission's language: submissions.yaml's `language`, else its extension(s).
const languages::Language* languageFor(const languages::Catalogue& catalogue,
                                       const packages::ExampleSubmission& submission) {
    if (!submission.language.empty())
        return catalogue.find(submission.language);
    return languageOf(catalogue, submission.path);
}

VerifyRow skipped(VerifyRow row, std::string why) {
    row.outcome = "skipped";
    row.got = "-";
    row.detail = std::move(why);
    return row;
}

VerifyRow verifyOne(const judge::Judge& judge, const languages::Catalogue& catalogue,
                    const packages::Package& package,
                    const packages::ExampleSubmission& submission) {
    VerifyRow row;
    row.name = submission.name;
    row.expected = describeExpectation(submission.expected);
    const auto* language = languageFor(catalogue, submission);
    if (language == nullptr)
        return skipped(std::move(row), "unknown language");
    row.language = language->id;
    if (auto missing = languages::Catalogue::missingTool(*language); !missing.empty())
        return skipped(std::move(row), language->id + " is not installed: " + missing);
    judge::Submission toJudge{language, sourceFiles(submission.path, language)};
    judge::Judgement judgement = judge.judge(package, toJudge);
    row.got = judge::verdictCode(judgement.verdict);
    row.score = judgement.score;
    for (const auto& test : judgement.tests)
        row.cpuMs = std::max(row.cpuMs, test.cpuMs);
    auto check = checkExpectation(submission.expected, judgement);
    if (judgement.verdict == judge::Verdict::JudgeError)
        row.outcome = "error";
    else if (!check.matches)
        row.outcome = "mismatch";
    row.detail = check.why;
    return row;
}

nlohmann::json rowsJson(const std::vector<VerifyRow>& rows) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& row : rows) {
        array.push_back({{"submission", row.name},
                         {"language", row.language},
                         {"expected", row.expected},
                         {"got", row.got},
                         {"cpu_ms", row.cpuMs},
                         {"result", row.outcome},
                         {"detail", row.detail}});
        if (row.score)
            array.back()["score"] = *row.score;
    }
    return array;
}

auto column(std::size_t width) {
    return std::setw(static_cast<int>(width + 2));
}

void printHeader(std::ostream& out, std::size_t nameWidth) {
    out << std::left << column(nameWidth) << "SUBMISSION" << column(14) << "EXPECTED" << column(9)
        << "GOT" << column(9) << "TIME"
        << "RESULT" << std::endl;
}

void printRow(std::ostream& out, const VerifyRow& row, std::size_t nameWidth) {
    std::string time = row.outcome == "skipped" ? "-" : std::to_string(row.cpuMs) + " ms";
    std::ostringstream got;
    got << row.got;
    if (row.score)
        got << " " << *row.score;
    out << std::left << column(nameWidth) << row.name << column(14) << row.expected << column(9)
        << got.str() << column(9) << time << row.outcome;
    if (!row.detail.empty() && row.outcome != "ok")
        out << ": " << row.detail;
    out << std::endl;
}

int exitStatus(const std::vector<VerifyRow>& rows, std::ostream& summary) {
    std::size_t matched = 0, mismatched = 0, skippedCount = 0, errors = 0;
    for (const auto& row : rows) {
        matched += row.outcome == "ok";
        mismatched += row.outcome == "mismatch";
        skippedCount += row.outcome == "skipped";
        errors += row.outcome == "error";
    }
    summary << matched << " of " << rows.size() << " submissions as expected, " << mismatched
            << " not, " << skippedCount << " skipped, " << errors << " judge errors\n";
    if (errors > 0)
        return kExitError;  // our failure, not the submissions'
    return mismatched == 0 ? kExitAccepted : kExitRejected;
}

// The package argument; empty for a usage error.
std::string parseVerifyArgs(const std::vector<std::string>& args, bool& json) {
    std::vector<std::string> positional;
    for (const auto& arg : args) {
        if (arg == "--json")
            json = true;
        else if (arg.rfind("--", 0) == 0)
            return {};  // an unknown option
        else
            positional.push_back(arg);
    }
    return positional.size() == 1 ? positional[0] : std::string();
}

}  // namespace

int verifyCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    bool json = false;
    std::string problem = parseVerifyArgs(args, json);
    if (problem.empty()) {
        err << "verdict verify: usage: verdict verify PROBLEM [--json]\n";
        return kExitError;
    }
    auto catalogue = languages::Catalogue::load(languages::Catalogue::defaultPath());
    if (!catalogue) {
        err << "verdict verify: " << catalogue.failure().describe() << "\n";
        return kExitError;
    }
    auto loaded = packages::loadPackage(problem);
    if (!loaded.ok()) {
        err << "verdict verify: cannot read the problem package " << problem << ":\n";
        for (const auto& diagnostic : loaded.diagnostics.errors())
            err << "  " << diagnostic.toString() << "\n";
        return kExitError;
    }
    launcher::SandboxLauncher sandbox(launcher::SandboxLauncher::defaultHelperPath());
    judge::JudgeSettings settings;
    settings.catalogue = &catalogue.value();  // already loaded: custom validators use it too
    judge::Judge judge(sandbox, settings);
    packages::Package package = *loaded.package;
    DerivedLimit limit = timeLimitFor(package, catalogue.value(), sandbox);
    package.timeLimit = limit.seconds;
    (json ? err : out) << limit.how << "\n";
    std::size_t nameWidth = 10;
    for (const auto& submission : loaded.package->submissions)
        nameWidth = std::max(nameWidth, submission.name.size());
    if (!json)
        printHeader(out, nameWidth);
    std::vector<VerifyRow> rows;
    for (const auto& submission : loaded.package->submissions) {
        rows.push_back(verifyOne(judge, catalogue.value(), package, submission));
        if (!json)
            printRow(out, rows.back(), nameWidth);  // live: judging takes a while
    }
    if (json)
        out << rowsJson(rows).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
    return exitStatus(rows, json ? err : out);
}

}  // namespace verdict::cli
