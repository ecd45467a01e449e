#pragma once
// Typed access to yaml-cpp nodes that reports wrong types with file, line and key.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "verdict/packages/diagnostic.h"

namespace verdict::packages {

// Parses a YAML document whose top level must be a mapping (an empty document is an empty map).
// Returns nullopt after reporting `bad-yaml` (with the line) or `not-a-mapping`.
std::optional<YAML::Node> parseYamlMapping(std::string_view text, const std::string& file,
                                           Diagnostics& diagnostics);

class YamlReader {
  public:
    YamlReader(std::string file, Diagnostics& diagnostics)
        : m_file(std::move(file)), m_diagnostics(diagnostics) {}

    Where at(const YAML::Node& node, const std::string& key) const;
    Diagnostics& diagnostics() const { return m_diagnostics; }
    const std::string& file() const { return m_file; }

    // Each returns nullopt when the key is absent, or after reporting `wrong-type`.
    std::optional<std::string> string(const YAML::Node& map, const std::string& key) const;
    std::optional<double> number(const YAML::Node& map, const std::string& key) const;
    // A number that must be >= 0 (`negative-value` otherwise) or > 0 when `positive`.
    std::optional<double> nonNegative(const YAML::Node& map, const std::string& key,
                                      bool positive = false) const;
    std::optional<std::int64_t> size(const YAML::Node& map, const std::string& key) const;
    std::optional<bool> boolean(const YAML::Node& map, const std::string& key) const;
    // A string split on whitespace, or a list of scalars.
    std::optional<std::vector<std::string>> words(const YAML::Node& map,
                                                  const std::string& key) const;
    std::optional<YAML::Node> mapping(const YAML::Node& map, const std::string& key) const;

    void wrongType(const YAML::Node& node, const std::string& key,
                   const std::string& expected) const;
    // Warns `unknown-key` for every key of `map` not in `known` (prefix names the section).
    void warnUnknownKeys(const YAML::Node& map, std::initializer_list<std::string_view> known,
                         const std::string& prefix = {}) const;

  private:
    std::string m_file;
    Diagnostics& m_diagnostics;
};

std::vector<std::string> splitWords(std::string_view text);

}  // namespace verdict::packages
