#pragma once
// Problem packages uploaded as zips: checked with the package reader, kept unpacked in
// DATA/problems/<short name>/, summarised for GET /problems/{id} (statement, limits, samples;
// never secret data).
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "verdict/packages/package.h"

namespace verdict::api {

struct InstalledProblem {
    std::string shortName;
    std::string name;
    std::filesystem::path directory;
    nlohmann::json summary;
};

// Unpacks and reads `zipBytes` in a staging directory under `problemsDir`; on success the
// package is in problemsDir/<shortName> (which must not exist yet). On failure `error` says
// what is wrong with the package (every diagnostic with its file) and nothing is left behind.
std::optional<InstalledProblem> installProblem(const std::string& zipBytes,
                                               const std::filesystem::path& problemsDir,
                                               const std::string& requestedName,
                                               std::string& error);

// Limits, statement and samples of a loaded package.
nlohmann::json problemSummary(const packages::Package& package, const std::string& shortName);

}  // namespace verdict::api
