#pragma once
// The `limits:` section of problem.yaml.
#include <yaml-cpp/yaml.h>

#include "verdict/packages/problem_config.h"
#include "yaml_access.h"

namespace verdict::packages {

// Fills `limits` from the `limits` mapping (defaults stay where a key is absent or invalid).
void parseLimits(const YamlReader& reader, const YAML::Node& section, FormatVersion version,
                 Limits& limits);

}  // namespace verdict::packages
