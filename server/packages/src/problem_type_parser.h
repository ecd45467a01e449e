#pragma once
// `type:` (2023-07/2025-09, and full legacy) and legacy `validation:` of problem.yaml.
#include <yaml-cpp/yaml.h>

#include "verdict/packages/problem_config.h"
#include "yaml_access.h"

namespace verdict::packages {

void parseProblemType(const YamlReader& reader, const YAML::Node& root, FormatVersion version,
                      ProblemType& type);

}  // namespace verdict::packages
