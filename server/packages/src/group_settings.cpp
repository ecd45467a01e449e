#include "group_settings.h"

#include <string>

#include "yaml_access.h"

namespace verdict::packages {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxConfigBytes = 1 << 20;

void readChoice(const YamlReader& reader, const YAML::Node& map, const std::string& key,
                const std::string& first, const std::string& second, bool& isSecond) {
    std::optional<std::string> text = reader.string(map, key);
    if (!text) {
        return;
    }
    if (*text != first && *text != second) {
        reader.diagnostics().error("bad-value", reader.at(map[key], key),
                                   "unknown value `" + *text + "`",
                                   "use " + first + " or " + second);
        return;
    }
    isSecond = *text == second;
}

void readRange(const YamlReader& reader, const YAML::Node& map, GroupSettings& settings) {
    std::optional<std::vector<std::string>> words = reader.words(map, "range");
    if (!words) {
        return;
    }
    try {
        if (words->size() == 2) {
            settings.range = std::make_pair(std::stod(words->at(0)), std::stod(words->at(1)));
            return;
        }
    } catch (const std::exception&) {
    }
    reader.wrongType(map["range"], "range", "two numbers `min max`");
}

void readLegacyKeys(const YamlReader& reader, const YAML::Node& map, GroupSettings& settings) {
    bool cont = settings.onReject == OnReject::Continue;
    readChoice(reader, map, "on_reject", "break", "continue", cont);
    settings.onReject = cont ? OnReject::Continue : OnReject::Break;
    readChoice(reader, map, "grading", "default", "custom", settings.customGrading);
    if (auto flags = reader.words(map, "grader_flags")) {
        settings.graderFlags = *flags;
    }
    if (auto flags = reader.words(map, "output_validator_flags")) {
        settings.outputValidatorArgs = *flags;
    }
    if (auto flags = reader.words(map, "input_validator_flags")) {
        settings.inputValidatorArgs = *flags;
    }
    if (auto score = reader.number(map, "accept_score")) {
        settings.acceptScore = *score;
    }
    if (auto score = reader.number(map, "reject_score")) {
        settings.rejectScore = *score;
    }
    readRange(reader, map, settings);
}

void readAggregation(const YamlReader& reader, const YAML::Node& map, GroupSettings& settings) {
    std::optional<std::string> text = reader.string(map, "score_aggregation");
    if (!text) {
        return;
    }
    if (*text == "pass-fail") {
        settings.scoreAggregation = ScoreAggregation::PassFail;
    } else if (*text == "sum") {
        settings.scoreAggregation = ScoreAggregation::Sum;
    } else if (*text == "min") {
        settings.scoreAggregation = ScoreAggregation::Min;
    } else {
        reader.diagnostics().error(
            "bad-value", reader.at(map["score_aggregation"], "score_aggregation"),
            "unknown aggregation `" + *text + "`", "use pass-fail, sum or min");
    }
}

void readModernKeys(const YamlReader& reader, const YAML::Node& map, GroupSettings& settings) {
    const YAML::Node maxScore = map["max_score"];
    if (maxScore && maxScore.IsScalar() && maxScore.Scalar() == "unbounded") {
        settings.maxScore.reset();
    } else if (auto score = reader.nonNegative(map, "max_score")) {
        settings.maxScore = *score;
    }
    readAggregation(reader, map, settings);
    if (auto groups = reader.words(map, "require_pass")) {
        settings.requirePass = *groups;
    }
    if (auto args = reader.words(map, "output_validator_args")) {
        settings.outputValidatorArgs = *args;
    }
    if (map["input_validator_args"] && !map["input_validator_args"].IsMap()) {
        settings.inputValidatorArgs =
            reader.words(map, "input_validator_args").value_or(std::vector<std::string>{});
    }
    if (auto args = reader.words(map, "args")) {
        settings.args = *args;
    }
    if (auto full = reader.boolean(map, "full_feedback")) {
        settings.fullFeedback = *full;
    }
}

void warnUnknownGroupKeys(const YamlReader& reader, const YAML::Node& map, FormatVersion version) {
    if (isLegacy(version)) {
        reader.warnUnknownKeys(map,
                               {"on_reject", "grading", "grader_flags", "input_validator_flags",
                                "output_validator_flags", "accept_score", "reject_score", "range"});
        return;
    }
    reader.warnUnknownKeys(
        map, {"max_score", "score_aggregation", "static_validation_score", "require_pass", "args",
              "input_validator_args", "static_validator_args", "output_validator_args",
              "input_visualizer_args", "output_visualizer_args", "full_feedback", "on_reject",
              "grading", "grader_flags", "input_validator_flags", "output_validator_flags",
              "accept_score", "reject_score", "range"});
}

fs::path configFile(const PackageFs& fs, const fs::path& directory, FormatVersion version) {
    const fs::path legacyFile = directory / "testdata.yaml";
    const fs::path modernFile = directory / "test_group.yaml";
    if (isLegacy(version)) {
        return legacyFile;
    }
    if (version == FormatVersion::V2025_09 && fs.isFile(legacyFile)) {
        fs.diagnostics().warning("legacy-file", {fs.relative(legacyFile)},
                                 "2025-09 reads test_group.yaml, not testdata.yaml",
                                 "rename the file to test_group.yaml");
    }
    return fs.isFile(modernFile) || version == FormatVersion::V2025_09 ? modernFile : legacyFile;
}

// A group or case configuration file as a YAML mapping; problems go to the diagnostics.
std::optional<YAML::Node> readConfigMapping(const PackageFs& fs, const fs::path& file) {
    std::optional<std::string> text = fs.readText(file, kMaxConfigBytes);
    if (!text) {
        return std::nullopt;
    }
    return parseYamlMapping(*text, fs.relative(file), fs.diagnostics());
}

}  // namespace

GroupSettings readGroupSettings(const PackageFs& fs, const fs::path& directory,
                                const GroupSettings& inherited, FormatVersion version,
                                const std::string& groupName, bool& hasConfig) {
    GroupSettings settings = inherited;
    if (!isLegacy(version)) {
        // Scores belong to one group; arguments and feedback are inherited.
        settings.maxScore = groupName == "secret" ? std::optional<double>(100.0) : std::nullopt;
        settings.scoreAggregation = ScoreAggregation::Sum;
        settings.requirePass.clear();
        settings.fullFeedback = groupName == "sample" || inherited.fullFeedback;
    }
    const fs::path file = configFile(fs, directory, version);
    hasConfig = fs.isFile(file);
    if (!hasConfig) {
        return settings;
    }
    const std::string name = fs.relative(file);
    std::optional<YAML::Node> map = readConfigMapping(fs, file);
    if (!map) {
        return settings;
    }
    YamlReader reader(name, fs.diagnostics());
    readLegacyKeys(reader, *map, settings);
    if (!isLegacy(version)) {
        readModernKeys(reader, *map, settings);
    }
    warnUnknownGroupKeys(reader, *map, version);
    return settings;
}

void readCaseYaml(const PackageFs& fs, const fs::path& file, TestCase& testCase) {
    const std::string name = fs.relative(file);
    std::optional<YAML::Node> map = readConfigMapping(fs, file);
    if (!map) {
        return;
    }
    YamlReader reader(name, fs.diagnostics());
    if (auto args = reader.words(*map, "output_validator_args")) {
        testCase.outputValidatorArgs = *args;
    }
    if (auto args = reader.words(*map, "args")) {
        testCase.args = *args;
    }
    if (auto full = reader.boolean(*map, "full_feedback")) {
        testCase.fullFeedback = *full;
    }
    reader.warnUnknownKeys(
        *map, {"args", "input_validator_args", "output_validator_args", "input_visualizer_args",
               "output_visualizer_args", "full_feedback", "hint", "description"});
}

}  // namespace verdict::packages
