#include "problem_type_parser.h"

#include <set>
#include <string>

namespace verdict::packages {

namespace {

void badValue(const YamlReader& reader, const YAML::Node& node, const std::string& key,
              const std::string& message, const std::string& hint) {
    reader.diagnostics().error("bad-value", reader.at(node, key), message, hint);
}

void readType(const YamlReader& reader, const YAML::Node& root, FormatVersion version,
              ProblemType& type) {
    std::optional<std::vector<std::string>> words = reader.words(root, "type");
    if (!words) {
        return;
    }
    std::set<std::string> seen;
    for (const std::string& word : *words) {
        const bool legacyOnly = isLegacy(version) && word != "pass-fail" && word != "scoring";
        if (legacyOnly || (word != "pass-fail" && word != "scoring" && word != "multi-pass" &&
                           word != "interactive" && word != "submit-answer")) {
            badValue(reader, root["type"], "type", "unknown problem type `" + word + "`",
                     isLegacy(version) ? "legacy allows pass-fail or scoring"
                                       : "use pass-fail, scoring, multi-pass, interactive or "
                                         "submit-answer");
            continue;
        }
        seen.insert(word);
    }
    if (seen.count("pass-fail") && seen.count("scoring")) {
        badValue(reader, root["type"], "type", "pass-fail and scoring exclude each other",
                 "keep one of them");
    }
    if (seen.count("submit-answer") && (seen.count("multi-pass") || seen.count("interactive"))) {
        badValue(reader, root["type"], "type", "submit-answer excludes multi-pass and interactive",
                 "keep one of them");
    }
    type.scoring = seen.count("scoring") > 0;
    type.interactive = seen.count("interactive") > 0;
    type.multiPass = seen.count("multi-pass") > 0;
    type.submitAnswer = seen.count("submit-answer") > 0;
}

void readValidation(const YamlReader& reader, const YAML::Node& root, ProblemType& type) {
    std::optional<std::string> text = reader.string(root, "validation");
    if (!text) {
        return;
    }
    std::vector<std::string> words = splitWords(*text);
    if (words.empty() || (words[0] != "default" && words[0] != "custom") ||
        (words[0] == "default" && words.size() > 1)) {
        badValue(reader, root["validation"], "validation", "unknown validation `" + *text + "`",
                 "use `default` or `custom` followed by any of interactive, score, multi-pass");
        return;
    }
    type.customOutputValidator = words[0] == "custom";
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (words[i] == "interactive") {
            type.interactive = true;
        } else if (words[i] == "score") {
            type.scoring = true;
        } else if (words[i] == "multi-pass") {
            type.multiPass = true;
        } else {
            badValue(reader, root["validation"], "validation",
                     "unknown validation option `" + words[i] + "`",
                     "use interactive, score or multi-pass");
        }
    }
}

}  // namespace

void parseProblemType(const YamlReader& reader, const YAML::Node& root, FormatVersion version,
                      ProblemType& type) {
    readType(reader, root, version, type);
    if (version != FormatVersion::V2025_09) {
        readValidation(reader, root, type);
    }
    if (type.interactive || type.multiPass) {
        type.customOutputValidator = true;
    }
}

}  // namespace verdict::packages
