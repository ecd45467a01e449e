#include <verdict/validators/options.h>

#include <cmath>
#include <string_view>

#include <verdict/validators/float_token.h>

namespace verdict::validators {
namespace {

constexpr std::string_view kCaseSensitive = "case_sensitive";
constexpr std::string_view kSpaceChangeSensitive = "space_change_sensitive";
constexpr std::string_view kAbsoluteTolerance = "float_absolute_tolerance";
constexpr std::string_view kRelativeTolerance = "float_relative_tolerance";
constexpr std::string_view kBothTolerances = "float_tolerance";

// Which tolerance flags have been seen so far, to report repetitions and conflicts.
struct SeenTolerances {
    bool absolute = false;
    bool relative = false;
    bool both = false;
};

// Reads the number after a tolerance flag; returns an error message, empty on success.
std::string readTolerance(std::span<const std::string> flags, std::size_t& index,
                          long double& value) {
    const std::string& flag = flags[index];
    if (index + 1 >= flags.size()) {
        return "flag '" + flag + "' needs a number after it";
    }
    const std::string& text = flags[++index];
    const FloatParse parsed = parseFloatToken(text);
    if (!parsed.value) {
        return "flag '" + flag + "' needs a decimal number, got '" + text + "'";
    }
    if (*parsed.value < 0.0L || !std::isfinite(*parsed.value)) {
        return "flag '" + flag + "' needs a finite non-negative number, got '" + text + "'";
    }
    value = *parsed.value;
    return {};
}

// Records one tolerance flag; returns an error message when it repeats or conflicts.
std::string noteTolerance(std::string_view flag, SeenTolerances& seen) {
    const bool isAbsolute = flag == kAbsoluteTolerance;
    const bool isRelative = flag == kRelativeTolerance;
    bool& slot = isAbsolute ? seen.absolute : (isRelative ? seen.relative : seen.both);
    if (slot) {
        return "flag '" + std::string(flag) + "' is given more than once";
    }
    slot = true;
    if (seen.both && (seen.absolute || seen.relative)) {
        return "flag 'float_tolerance' cannot be combined with 'float_absolute_tolerance' or "
               "'float_relative_tolerance'";
    }
    return {};
}

// Applies one tolerance flag (and consumes its number); returns an error message or empty.
std::string applyTolerance(std::span<const std::string> flags, std::size_t& index,
                           SeenTolerances& seen, ValidatorOptions& options) {
    const std::string_view flag = flags[index];
    if (std::string error = noteTolerance(flag, seen); !error.empty()) {
        return error;
    }
    long double value = 0.0L;
    if (std::string error = readTolerance(flags, index, value); !error.empty()) {
        return error;
    }
    if (flag != kRelativeTolerance) {
        options.absoluteTolerance = value;
    }
    if (flag != kAbsoluteTolerance) {
        options.relativeTolerance = value;
    }
    return {};
}

}  // namespace

OptionsParseResult parseOptions(std::span<const std::string> flags) {
    ValidatorOptions options;
    SeenTolerances seen;
    for (std::size_t index = 0; index < flags.size(); ++index) {
        const std::string_view flag = flags[index];
        std::string error;
        if (flag == kCaseSensitive) {
            options.caseSensitive = true;
        } else if (flag == kSpaceChangeSensitive) {
            options.spaceChangeSensitive = true;
        } else if (flag == kAbsoluteTolerance || flag == kRelativeTolerance ||
                   flag == kBothTolerances) {
            error = applyTolerance(flags, index, seen, options);
        } else {
            error = "unknown validator flag '" + std::string(flag) + "'";
        }
        if (!error.empty()) {
            return {std::nullopt, error};
        }
    }
    return {options, {}};
}

}  // namespace verdict::validators
