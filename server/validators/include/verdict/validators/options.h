#pragma once

#include <optional>
#include <span>
#include <string>

namespace verdict::validators {

// The default output validator's settings, as given by the package's validator flags.
struct ValidatorOptions {
    bool caseSensitive = false;
    bool spaceChangeSensitive = false;
    std::optional<long double> absoluteTolerance;
    std::optional<long double> relativeTolerance;

    // True when answer tokens that parse as floats are compared numerically.
    bool usesFloats() const { return absoluteTolerance || relativeTolerance; }
};

// Either the parsed options or a message saying which flag was wrong and why.
struct OptionsParseResult {
    std::optional<ValidatorOptions> options;
    std::string error;

    bool ok() const { return options.has_value(); }
};

// Parses the flags `case_sensitive`, `space_change_sensitive`, `float_relative_tolerance E`,
// `float_absolute_tolerance E` and `float_tolerance E`. Unknown flags, a missing, malformed,
// negative or non-finite E, a tolerance given twice, or `float_tolerance` together with one of
// the other two are errors.
OptionsParseResult parseOptions(std::span<const std::string> flags);

}  // namespace verdict::validators
