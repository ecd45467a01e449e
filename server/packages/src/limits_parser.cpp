#include "limits_parser.h"

#include <algorithm>
#include <string>

#include "verdict/packages/time_limit.h"

namespace verdict::packages {

namespace {

template <typename T>
void assignIf(std::optional<T> value, T& target) {
    if (value) {
        target = *value;
    }
}

void parseSizes(const YamlReader& reader, const YAML::Node& section, Limits& limits) {
    assignIf(reader.size(section, "memory"), limits.memoryMib);
    assignIf(reader.size(section, "output"), limits.outputMib);
    if (auto code = reader.size(section, "code")) {
        limits.codeKib = *code;
        limits.codeStated = true;
    }
    assignIf(reader.nonNegative(section, "compilation_time", true), limits.compilationTime);
    assignIf(reader.size(section, "compilation_memory"), limits.compilationMemoryMib);
    assignIf(reader.nonNegative(section, "validation_time", true), limits.validationTime);
    assignIf(reader.size(section, "validation_memory"), limits.validationMemoryMib);
    assignIf(reader.size(section, "validation_output"), limits.validationOutputMib);
}

void parseMultipliers(const YamlReader& reader, const YAML::Node& section, Limits& limits) {
    std::optional<YAML::Node> multipliers = reader.mapping(section, "time_multipliers");
    if (!multipliers) {
        return;
    }
    assignIf(reader.nonNegative(*multipliers, "ac_to_time_limit", true), limits.acToTimeLimit);
    assignIf(reader.nonNegative(*multipliers, "time_limit_to_tle", true), limits.timeLimitToTle);
    reader.warnUnknownKeys(*multipliers, {"ac_to_time_limit", "time_limit_to_tle"},
                           "limits.time_multipliers.");
}

void parseModernTime(const YamlReader& reader, const YAML::Node& section, Limits& limits) {
    parseMultipliers(reader, section, limits);
    assignIf(reader.nonNegative(section, "time_resolution", true), limits.timeResolution);
    limits.timeLimit = reader.nonNegative(section, "time_limit", true);
    if (limits.timeLimit && !isMultipleOf(*limits.timeLimit, limits.timeResolution)) {
        reader.diagnostics().error(
            "bad-time-limit", reader.at(section["time_limit"], "limits.time_limit"),
            "time_limit " + std::to_string(*limits.timeLimit) + " is not a multiple of " +
                "time_resolution " + std::to_string(limits.timeResolution),
            "round time_limit to a multiple of time_resolution");
    }
    std::optional<std::int64_t> passes = reader.size(section, "validation_passes");
    if (passes) {
        limits.validationPasses = static_cast<int>(std::min<std::int64_t>(*passes, 1000000));
    }
}

}  // namespace

void parseLimits(const YamlReader& reader, const YAML::Node& section, FormatVersion version,
                 Limits& limits) {
    parseSizes(reader, section, limits);
    if (version != FormatVersion::V2025_09) {
        assignIf(reader.nonNegative(section, "time_multiplier", true), limits.timeMultiplier);
        assignIf(reader.nonNegative(section, "time_safety_margin", true), limits.timeSafetyMargin);
    }
    if (!isLegacy(version)) {
        parseModernTime(reader, section, limits);
    }
    if (isLegacy(version)) {
        reader.warnUnknownKeys(section,
                               {"time_multiplier", "time_safety_margin", "memory", "output", "code",
                                "compilation_time", "compilation_memory", "validation_time",
                                "validation_memory", "validation_output"},
                               "limits.");
    } else {
        reader.warnUnknownKeys(section,
                               {"time_multiplier", "time_safety_margin", "time_multipliers",
                                "time_limit", "time_resolution", "memory", "output", "code",
                                "compilation_time", "compilation_memory", "validation_time",
                                "validation_memory", "validation_output", "validation_passes"},
                               "limits.");
    }
    for (const char* legacyKey : {"time_multiplier", "time_safety_margin"}) {
        if (version == FormatVersion::V2025_09 && section[legacyKey]) {
            reader.diagnostics().warning(
                "unknown-key", reader.at(section[legacyKey], std::string("limits.") + legacyKey),
                "a legacy key that 2025-09 ignores", "use limits.time_multipliers instead");
        }
    }
}

}  // namespace verdict::packages
