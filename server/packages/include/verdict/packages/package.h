#pragma once
// A problem package read from a directory or a zip: the entry point of this library.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "verdict/packages/diagnostic.h"
#include "verdict/packages/problem_config.h"
#include "verdict/packages/programs.h"
#include "verdict/packages/statement.h"
#include "verdict/packages/submissions.h"
#include "verdict/packages/test_data.h"
#include "verdict/packages/zip_extract.h"

namespace verdict::packages {

enum class TimeLimitSource { ProblemYaml, TimelimitFile, NotSet };

// Removes a temporary extraction directory when the last package using it goes away.
class TemporaryDirectory;

struct Package {
    std::filesystem::path root;
    std::string shortName;  // the directory (or archive) base name
    ProblemConfig config;
    // Resolved: problem.yaml time_limit, else .timelimit, else not set (derive or default).
    std::optional<double> timeLimit;
    TimeLimitSource timeLimitSource = TimeLimitSource::NotSet;
    std::vector<TestGroup> testGroups;      // pre-order: sample, secret, secret/<group>, ...
    GroupSettings dataSettings;             // data/ itself: the legacy grader's root level
    std::vector<TestCase> testCases;        // judging order (lexicographic within each tree level)
    std::vector<Program> outputValidators;  // legacy may have several; 2025-09 at most one
    std::vector<Program> inputValidators;
    IncludeDirectories includes;
    std::vector<ExampleSubmission> submissions;
    std::vector<StatementFile> statements;
    std::shared_ptr<TemporaryDirectory> extractedTo;  // set when unzipped to a temporary dir

    // Sample and secret cases only (not invalid_input/, invalid_output/, valid_output/).
    std::vector<const TestCase*> judgedCases() const;
};

struct LoadOptions {
    // Where a zip is extracted; empty = a fresh temporary directory owned by the Package.
    std::filesystem::path extractTo;
    ZipLimits zipLimits;
};

struct LoadResult {
    std::optional<Package> package;  // set when there are no errors
    Diagnostics diagnostics;
    bool ok() const { return package.has_value(); }
};

// Reads a package from a directory, or from a .zip/.kpp file. Never throws.
LoadResult loadPackage(const std::filesystem::path& path, const LoadOptions& options = {});

}  // namespace verdict::packages
