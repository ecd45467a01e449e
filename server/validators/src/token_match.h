#pragma once

#include <string>
#include <string_view>

#include <verdict/validators/options.h>

namespace verdict::validators {

// Compares one answer token with one team token under the options: numerically when a float
// tolerance is set and the answer token is a float, else as bytes (ASCII letters folded
// unless case_sensitive). Returns an empty string on a match, else what differs.
std::string matchTokens(std::string_view expected, std::string_view got,
                        const ValidatorOptions& options);

// Byte equality with ASCII A-Z folded to a-z; every other byte must be identical.
bool equalIgnoringAsciiCase(std::string_view left, std::string_view right);

}  // namespace verdict::validators
