#include "submissions_reader.h"

#include <fnmatch.h>

#include "verdict_words.h"
#include "yaml_access.h"

namespace verdict::packages {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kTagScanBytes = 1 << 20;
constexpr std::string_view kTag = "@EXPECTED_RESULTS@:";

std::vector<std::string> expandBraces(const std::string& glob) {
    const std::size_t open = glob.find('{');
    if (open == std::string::npos) {
        return {glob};
    }
    int depth = 0;
    std::vector<std::string> options(1);
    for (std::size_t i = open + 1; i < glob.size(); ++i) {
        const char c = glob[i];
        if (c == '}' && depth == 0) {
            std::vector<std::string> out;
            for (const std::string& option : options) {
                for (auto& tail :
                     expandBraces(glob.substr(0, open) + option + glob.substr(i + 1))) {
                    out.push_back(tail);
                }
            }
            return out;
        }
        depth += c == '{' ? 1 : (c == '}' ? -1 : 0);
        if (c == ',' && depth == 0) {
            options.emplace_back();
        } else {
            options.back() += c;
        }
    }
    return {glob};  // unbalanced: match literally
}

// The value after the tag in the first file that has one.
std::optional<std::string> findTag(const PackageFs& fs, const ExampleSubmission& submission) {
    std::vector<fs::path> files;
    if (submission.isDirectory) {
        for (const PackageFs::Entry& entry : fs.list(submission.path)) {
            if (entry.kind == PackageFs::Kind::File) {
                files.push_back(entry.path);
            }
        }
    } else {
        files.push_back(submission.path);
    }
    for (const fs::path& file : files) {
        const std::string text = fs.readPrefix(file, kTagScanBytes);
        const std::size_t at = text.find(kTag);
        if (at != std::string::npos) {
            const std::size_t begin = at + kTag.size();
            return text.substr(begin, text.find('\n', begin) - begin);
        }
    }
    return std::nullopt;
}

void applyTag(const PackageFs& fs, ExampleSubmission& submission) {
    std::optional<std::string> tag = findTag(fs, submission);
    if (!tag) {
        return;
    }
    if (std::optional<Expectation> expected = expectationFromTag(*tag)) {
        submission.expected = *expected;
        return;
    }
    fs.diagnostics().warning("bad-expected-results", {fs.relative(submission.path)},
                             "cannot read `@EXPECTED_RESULTS@:" + *tag +
                                 "`; the directory "
                                 "decides",
                             "list verdicts such as CORRECT, WRONG-ANSWER, TIMELIMIT, RUN-ERROR");
}

std::optional<std::set<Verdict>> verdictSet(const YamlReader& reader, const YAML::Node& map,
                                            const std::string& key) {
    std::optional<std::vector<std::string>> words = reader.words(map, key);
    if (!words) {
        return std::nullopt;
    }
    std::set<Verdict> out;
    for (const std::string& word : *words) {
        if (std::optional<Verdict> verdict = verdictFromWord(word)) {
            out.insert(*verdict);
        } else {
            reader.diagnostics().error("bad-value", reader.at(map[key], key),
                                       "unknown verdict `" + word + "`", "use AC, WA, TLE or RTE");
        }
    }
    return out;
}

// `score: 40` or `score: [30, 50]`.
std::optional<std::pair<double, double>> scoreRange(const YamlReader& reader,
                                                    const YAML::Node& rule) {
    const YAML::Node score = rule["score"];
    if (!score)
        return std::nullopt;
    if (!score.IsSequence()) {
        auto value = reader.number(rule, "score");  // says what is wrong itself
        return value ? std::optional(std::make_pair(*value, *value)) : std::nullopt;
    }
    if (score.size() == 2) {
        YAML::Node bounds;
        bounds["low"] = score[0];
        bounds["high"] = score[1];
        auto low = reader.number(bounds, "low"), high = reader.number(bounds, "high");
        if (low && high && *low <= *high)
            return std::make_pair(*low, *high);
    }
    reader.wrongType(score, "score", "a number or [low, high] with low <= high");
    return std::nullopt;
}

void applyRule(const YamlReader& reader, const YAML::Node& rule, ExampleSubmission& submission) {
    if (auto permitted = verdictSet(reader, rule, "permitted")) {
        submission.expected.permitted = *permitted;
        submission.expected.source = ExpectationSource::SubmissionsYaml;
    }
    if (auto required = verdictSet(reader, rule, "required")) {
        submission.expected.required = *required;
        submission.expected.source = ExpectationSource::SubmissionsYaml;
    }
    if (auto score = scoreRange(reader, rule)) {
        submission.expected.score = *score;
        submission.expected.source = ExpectationSource::SubmissionsYaml;
    }
    if (auto message = reader.string(rule, "message")) {
        submission.expected.message = *message;
        submission.expected.source = ExpectationSource::SubmissionsYaml;
    }
    if (auto language = reader.string(rule, "language")) {
        submission.language = *language;
    }
    if (auto entrypoint = reader.string(rule, "entrypoint")) {
        submission.entrypoint = *entrypoint;
    }
}

void applySubmissionsYaml(const PackageFs& fs, const fs::path& file,
                          std::vector<ExampleSubmission>& submissions) {
    std::optional<std::string> text = fs.readText(file, 1 << 20);
    const std::string name = fs.relative(file);
    std::optional<YAML::Node> root =
        text ? parseYamlMapping(*text, name, fs.diagnostics()) : std::nullopt;
    if (!root) {
        return;
    }
    YamlReader reader(name, fs.diagnostics());
    for (const auto& item : *root) {
        const std::string glob = item.first.Scalar();
        if (!item.second.IsMap()) {
            reader.wrongType(item.second, glob, "a mapping of expectations");
            continue;
        }
        if (glob.find("**") != std::string::npos) {
            fs.diagnostics().warning("unsupported-glob", reader.at(item.first, glob),
                                     "globs with ** are not supported; the rule is ignored",
                                     "list the directories explicitly");
            continue;
        }
        reader.warnUnknownKeys(item.second,
                               {"language", "entrypoint", "authors", "model_solution", "permitted",
                                "required", "score", "message", "use_for_time_limit"},
                               glob + ".");
        for (ExampleSubmission& submission : submissions) {
            if (globMatches(glob, submission.name)) {
                applyRule(reader, item.second, submission);
            }
        }
    }
}

}  // namespace

bool globMatches(const std::string& glob, const std::string& path) {
    for (const std::string& pattern : expandBraces(glob)) {
        if (fnmatch(pattern.c_str(), path.c_str(), FNM_PATHNAME) == 0) {
            return true;
        }
    }
    return false;
}

void readSubmissions(const PackageFs& fs, Package& package) {
    const fs::path root = fs.root() / "submissions";
    if (!fs.isDirectory(root)) {
        return;
    }
    for (const PackageFs::Entry& directory : fs.list(root)) {
        if (directory.kind != PackageFs::Kind::Directory) {
            continue;
        }
        std::optional<Expectation> expected = expectationForDirectory(directory.name);
        if (!expected) {
            fs.diagnostics().warning("unknown-submission-directory", {fs.relative(directory.path)},
                                     "no expected verdict is known for this directory; skipped",
                                     "use accepted, wrong_answer, time_limit_exceeded, "
                                     "run_time_error, rejected, brute_force, ...");
            continue;
        }
        for (const PackageFs::Entry& entry : fs.list(directory.path)) {
            if (entry.kind == PackageFs::Kind::Other) {
                continue;
            }
            package.submissions.push_back({directory.name + "/" + entry.name,
                                           directory.name,
                                           entry.path,
                                           entry.kind == PackageFs::Kind::Directory,
                                           *expected,
                                           {},
                                           {}});
        }
    }
    if (!isLegacy(package.config.version) && fs.isFile(root / "submissions.yaml")) {
        applySubmissionsYaml(fs, root / "submissions.yaml", package.submissions);
    }
    for (ExampleSubmission& submission : package.submissions) {
        applyTag(fs, submission);
    }
}

}  // namespace verdict::packages
