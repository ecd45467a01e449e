#include "verdict/packages/problem_config.h"

#include <algorithm>

#include "limits_parser.h"
#include "problem_type_parser.h"
#include "yaml_access.h"

namespace verdict::packages {

bool isLegacy(FormatVersion version) {
    return version == FormatVersion::Legacy || version == FormatVersion::LegacyIcpc;
}

std::string_view formatVersionName(FormatVersion version) {
    switch (version) {
        case FormatVersion::Legacy:
            return "legacy";
        case FormatVersion::LegacyIcpc:
            return "legacy-icpc";
        case FormatVersion::Draft2023_07:
            return "2023-07-draft";
        case FormatVersion::V2025_09:
            return "2025-09";
    }
    return "legacy";
}

std::string ProblemConfig::displayName(const std::string& language) const {
    for (const std::string& key : {language, std::string("en"), std::string()}) {
        if (auto it = names.find(key); it != names.end()) {
            return it->second;
        }
    }
    return names.empty() ? std::string() : names.begin()->second;
}

namespace {

FormatVersion readVersion(const YamlReader& reader, const YAML::Node& root) {
    std::optional<std::string> text = reader.string(root, "problem_format_version");
    if (!text || *text == "legacy") {
        return FormatVersion::Legacy;
    }
    if (*text == "legacy-icpc") {
        return FormatVersion::LegacyIcpc;
    }
    if (*text == "2023-07-draft" || *text == "2023-07") {
        return FormatVersion::Draft2023_07;
    }
    if (*text != "2025-09") {
        reader.diagnostics().error(
            "unknown-format-version",
            reader.at(root["problem_format_version"], "problem_format_version"),
            "unknown version `" + *text + "`; reading the package as 2025-09",
            "use legacy, legacy-icpc, 2023-07-draft or 2025-09");
    }
    return FormatVersion::V2025_09;
}

void readName(const YamlReader& reader, const YAML::Node& root, ProblemConfig& config) {
    const YAML::Node node = root["name"];
    if (!node || node.IsNull()) {
        if (config.version == FormatVersion::V2025_09) {
            reader.diagnostics().error("missing-key", {reader.file(), 0, "name"},
                                       "2025-09 requires the problem's name",
                                       "add `name: <problem name>`");
        }
        return;
    }
    if (node.IsScalar()) {
        config.names[""] = node.Scalar();
        return;
    }
    if (!node.IsMap()) {
        reader.wrongType(node, "name", "a string or a mapping from language to string");
        return;
    }
    for (const auto& item : node) {
        if (!item.second.IsScalar()) {
            reader.wrongType(item.second, "name." + item.first.Scalar(), "a string");
            continue;
        }
        config.names[item.first.Scalar()] = item.second.Scalar();
    }
}

void readUuid(const YamlReader& reader, const YAML::Node& root, ProblemConfig& config) {
    if (std::optional<std::string> uuid = reader.string(root, "uuid")) {
        config.uuid = *uuid;
    } else if (config.version == FormatVersion::V2025_09 && !root["uuid"]) {
        reader.diagnostics().error("missing-key", {reader.file(), 0, "uuid"},
                                   "2025-09 requires a uuid", "add `uuid: <a fresh UUID>`");
    }
}

void readLists(const YamlReader& reader, const YAML::Node& root, ProblemConfig& config) {
    if (auto flags = reader.words(root, "validator_flags")) {
        config.validatorFlags = *flags;
    }
    if (auto keywords = reader.words(root, "keywords")) {
        config.keywords = *keywords;
    }
    if (auto languages = reader.words(root, "languages")) {
        bool all = languages->size() == 1 && languages->front() == "all";
        config.languages = all ? std::vector<std::string>{} : *languages;
    }
    if (auto allow = reader.boolean(root, "allow_file_writing")) {
        config.allowFileWriting = *allow;
    }
}

void warnUnknown(const YamlReader& reader, const YAML::Node& root, FormatVersion version) {
    if (isLegacy(version)) {
        reader.warnUnknownKeys(
            root, {"problem_format_version", "name", "uuid", "author", "source", "source_url",
                   "license", "rights_owner", "limits", "validation", "validator_flags", "keywords",
                   "type", "grading", "languages"});
    } else if (version == FormatVersion::Draft2023_07) {
        reader.warnUnknownKeys(root, {"problem_format_version",
                                      "type",
                                      "name",
                                      "uuid",
                                      "version",
                                      "credits",
                                      "author",
                                      "source",
                                      "source_url",
                                      "license",
                                      "rights_owner",
                                      "embargo_until",
                                      "limits",
                                      "keywords",
                                      "languages",
                                      "allow_file_writing",
                                      "constants",
                                      "validation",
                                      "validator_flags",
                                      "grading"});
    } else {
        reader.warnUnknownKeys(
            root, {"problem_format_version", "type", "name", "uuid", "version", "credits", "source",
                   "license", "rights_owner", "embargo_until", "limits", "keywords", "languages",
                   "allow_file_writing", "constants"});
    }
}

void readConfig(const YamlReader& reader, const YAML::Node& root, ProblemConfig& config) {
    config.version = readVersion(reader, root);
    readName(reader, root, config);
    readUuid(reader, root, config);
    parseProblemType(reader, root, config.version, config.type);
    if (std::optional<YAML::Node> limits = reader.mapping(root, "limits")) {
        parseLimits(reader, *limits, config.version, config.limits);
    }
    readLists(reader, root, config);
    warnUnknown(reader, root, config.version);
}

}  // namespace

ProblemConfig parseProblemConfig(std::string_view text, const std::string& file,
                                 Diagnostics& diagnostics) {
    ProblemConfig config;
    std::optional<YAML::Node> root = parseYamlMapping(text, file, diagnostics);
    if (!root) {
        return config;
    }
    try {
        readConfig(YamlReader(file, diagnostics), *root, config);
    } catch (const YAML::Exception& e) {
        diagnostics.error("bad-yaml", {file, e.mark.is_null() ? 0 : e.mark.line + 1},
                          "unexpected structure: " + e.msg, "check the file against the format");
    }
    return config;
}

}  // namespace verdict::packages
