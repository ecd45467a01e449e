#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <verdict/validators/options.h>

namespace verdict::validators {

// Where the first difference was found. Lines count from 1, offsets and tokens from 0.
struct DiffPosition {
    std::uint64_t answerLine = 1;
    std::uint64_t teamLine = 1;
    std::uint64_t answerOffset = 0;
    std::uint64_t teamOffset = 0;
    std::uint64_t tokenIndex = 0;
};

// The default validator's verdict on one team output.
struct ComparisonResult {
    bool accepted = false;
    std::string judgeMessage;              // human-readable; quotes tokens escaped and truncated
    std::optional<DiffPosition> position;  // set on a wrong answer
};

// Compares a team output with the judge's answer by the default output validator's rules.
// Both are plain byte buffers (any bytes, NUL included); nothing is copied per token.
ComparisonResult compare(std::string_view answer, std::string_view teamOutput,
                         const ValidatorOptions& options);

}  // namespace verdict::validators
