#pragma once
// Test groups and test cases of data/, in judging order, with their effective settings.
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace verdict::packages {

enum class OnReject { Break, Continue };
enum class ScoreAggregation { PassFail, Sum, Min };

// The settings of one group after inheritance (legacy testdata.yaml down the tree; 2025-09
// test_group.yaml per group). Both dialects' fields are here; the format decides which apply.
struct GroupSettings {
    // legacy testdata.yaml
    OnReject onReject = OnReject::Break;
    bool customGrading = false;
    std::vector<std::string> graderFlags;
    std::vector<std::string> inputValidatorArgs;
    std::vector<std::string> outputValidatorArgs;  // legacy output_validator_flags too
    double acceptScore = 1.0;
    double rejectScore = 0.0;
    std::optional<std::pair<double, double>> range;
    // 2025-09 test_group.yaml
    std::optional<double> maxScore;  // nullopt = unbounded
    ScoreAggregation scoreAggregation = ScoreAggregation::Sum;
    std::vector<std::string> requirePass;
    std::vector<std::string> args;
    bool fullFeedback = false;
};

// A directory of test data: "sample", "secret", "secret/group1", ... (relative to data/).
struct TestGroup {
    std::string name;
    std::filesystem::path directory;
    GroupSettings settings;
    bool hasConfigFile = false;  // testdata.yaml / test_group.yaml present in this directory
};

// One test case: `<name>.in` and its companions. Absent companions have empty paths.
struct TestCase {
    std::string name;       // relative to data/, without extension: "secret/group1/01"
    std::size_t group = 0;  // index into Package::testGroups
    std::filesystem::path input;
    std::filesystem::path answer;
    std::filesystem::path output;       // .out
    std::filesystem::path interaction;  // .interaction
    std::filesystem::path files;        // .files/ directory
    std::filesystem::path caseYaml;     // 2025-09 per-case .yaml
    // Effective arguments: validator_flags + group args (+ the case .yaml's, 2025-09).
    std::vector<std::string> outputValidatorArgs;
    std::vector<std::string> inputValidatorArgs;
    std::vector<std::string> args;
    bool fullFeedback = false;
};

}  // namespace verdict::packages
