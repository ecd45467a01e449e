#pragma once
// A test group's settings: testdata.yaml (legacy, inherited down the tree) and test_group.yaml
// (2025-09), plus a test case's own .yaml.
#include <filesystem>

#include "package_fs.h"
#include "verdict/packages/problem_config.h"
#include "verdict/packages/test_data.h"

namespace verdict::packages {

// The settings of the group in `directory`: `inherited` overridden by the directory's config
// file (if any). `hasConfig` tells whether there was one. `isSecretOrGroup` picks the
// 2025-09 defaults (max_score 100 for secret itself, full_feedback true for sample).
GroupSettings readGroupSettings(const PackageFs& fs, const std::filesystem::path& directory,
                                const GroupSettings& inherited, FormatVersion version,
                                const std::string& groupName, bool& hasConfig);

// Applies a 2025-09 `<case>.yaml` over the case's arguments.
void readCaseYaml(const PackageFs& fs, const std::filesystem::path& file, TestCase& testCase);

}  // namespace verdict::packages
