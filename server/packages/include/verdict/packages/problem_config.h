#pragma once
// The contents of problem.yaml, normalised across the legacy and 2023-07/2025-09 formats.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "verdict/packages/diagnostic.h"

namespace verdict::packages {

enum class FormatVersion { Legacy, LegacyIcpc, Draft2023_07, V2025_09 };

// True for the two legacy dialects (testdata.yaml, output_validators/, validator_flags).
bool isLegacy(FormatVersion version);
std::string_view formatVersionName(FormatVersion version);

// The problem type; pass-fail is simply "not scoring".
struct ProblemType {
    bool scoring = false;
    bool interactive = false;
    bool multiPass = false;
    bool submitAnswer = false;
    bool customOutputValidator = false;  // legacy `validation: custom`; implied by interactive
};

// limits: with the format's defaults. Times in seconds, sizes in MiB (code in KiB).
struct Limits {
    std::optional<double> timeLimit;  // 2025-09 `time_limit`; nullopt when not stated
    double timeMultiplier = 5.0;      // legacy
    double timeSafetyMargin = 2.0;    // legacy
    double acToTimeLimit = 2.0;       // 2025-09 time_multipliers
    double timeLimitToTle = 1.5;      // 2025-09 time_multipliers
    double timeResolution = 1.0;      // 2025-09
    std::int64_t memoryMib = 2048;
    std::int64_t outputMib = 8;
    std::int64_t codeKib = 128;  // the format's default when not stated
    bool codeStated = false;     // the package states `code` (else a server may set its own)
    double compilationTime = 60.0;
    std::int64_t compilationMemoryMib = 2048;
    double validationTime = 60.0;
    std::int64_t validationMemoryMib = 2048;
    std::int64_t validationOutputMib = 8;
    int validationPasses = 2;
};

struct ProblemConfig {
    FormatVersion version = FormatVersion::Legacy;
    // Problem name by language code; "" holds a name given without a language.
    std::map<std::string, std::string> names;
    std::string uuid;
    ProblemType type;
    Limits limits;
    // Legacy `validator_flags`, split on whitespace; passed to every output validator.
    std::vector<std::string> validatorFlags;
    std::vector<std::string> keywords;
    std::vector<std::string> languages;  // empty means "all"
    bool allowFileWriting = false;

    // The name in `language`, else English, else any.
    std::string displayName(const std::string& language = "en") const;
};

// Parses the text of problem.yaml; `file` is the name used in diagnostics.
ProblemConfig parseProblemConfig(std::string_view text, const std::string& file,
                                 Diagnostics& diagnostics);

}  // namespace verdict::packages
