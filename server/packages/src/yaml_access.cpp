#include "yaml_access.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace verdict::packages {

namespace {

int lineOf(const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

}  // namespace

std::optional<YAML::Node> parseYamlMapping(std::string_view text, const std::string& file,
                                           Diagnostics& diagnostics) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        diagnostics.error("bad-yaml", {file, line}, "not valid YAML: " + e.msg,
                          "fix the YAML syntax at the line shown");
        return std::nullopt;
    }
    if (!root || root.IsNull()) {
        return YAML::Node(YAML::NodeType::Map);
    }
    if (!root.IsMap()) {
        diagnostics.error("not-a-mapping", {file, lineOf(root)},
                          "the top level must be a mapping of keys to values",
                          "write `key: value` lines");
        return std::nullopt;
    }
    return root;
}

Where YamlReader::at(const YAML::Node& node, const std::string& key) const {
    return {m_file, lineOf(node), key};
}

void YamlReader::wrongType(const YAML::Node& node, const std::string& key,
                           const std::string& expected) const {
    m_diagnostics.error("wrong-type", at(node, key), "expected " + expected,
                        "give `" + key + "` " + expected);
}

std::optional<std::string> YamlReader::string(const YAML::Node& map, const std::string& key) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        wrongType(node, key, "a string");
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<double> YamlReader::number(const YAML::Node& map, const std::string& key) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
        return std::nullopt;
    }
    double value = 0;
    if (!node.IsScalar() || !YAML::convert<double>::decode(node, value) || !std::isfinite(value)) {
        wrongType(node, key, "a number");
        return std::nullopt;
    }
    return value;
}

std::optional<double> YamlReader::nonNegative(const YAML::Node& map, const std::string& key,
                                              bool positive) const {
    std::optional<double> value = number(map, key);
    if (value && (*value < 0 || (positive && *value == 0))) {
        m_diagnostics.error("negative-value", at(map[key], key),
                            "must be " + std::string(positive ? "positive" : "non-negative"),
                            "give a value " + std::string(positive ? "> 0" : ">= 0"));
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> YamlReader::size(const YAML::Node& map, const std::string& key) const {
    std::optional<double> value = nonNegative(map, key, true);
    if (!value) {
        return std::nullopt;
    }
    if (*value != std::floor(*value) || *value > 1e15) {
        wrongType(map[key], key, "a whole number");
        return std::nullopt;
    }
    return static_cast<std::int64_t>(*value);
}

std::optional<bool> YamlReader::boolean(const YAML::Node& map, const std::string& key) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
        return std::nullopt;
    }
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
        wrongType(node, key, "true or false");
        return std::nullopt;
    }
    return value;
}

std::optional<std::vector<std::string>> YamlReader::words(const YAML::Node& map,
                                                          const std::string& key) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
        return std::nullopt;
    }
    if (node.IsScalar()) {
        return splitWords(node.Scalar());
    }
    std::vector<std::string> out;
    if (node.IsSequence()) {
        for (const YAML::Node& item : node) {
            if (!item.IsScalar()) {
                wrongType(item, key, "a list of strings");
                return std::nullopt;
            }
            out.push_back(item.Scalar());
        }
        return out;
    }
    wrongType(node, key, "a string or a list of strings");
    return std::nullopt;
}

std::optional<YAML::Node> YamlReader::mapping(const YAML::Node& map, const std::string& key) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) {
        return std::nullopt;
    }
    if (!node.IsMap()) {
        wrongType(node, key, "a mapping");
        return std::nullopt;
    }
    return node;
}

void YamlReader::warnUnknownKeys(const YAML::Node& map,
                                 std::initializer_list<std::string_view> known,
                                 const std::string& prefix) const {
    for (const auto& item : map) {
        const std::string key = item.first.Scalar();
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            m_diagnostics.warning("unknown-key", at(item.first, prefix + key),
                                  "not a key this format defines; it is ignored",
                                  "check the spelling or remove it");
        }
    }
}

std::vector<std::string> splitWords(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::vector<std::string> out;
    for (std::string word; in >> word;) {
        out.push_back(word);
    }
    return out;
}

}  // namespace verdict::packages
