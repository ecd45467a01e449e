#include "validator_score.h"

#include <charconv>
#include <cmath>
#include <optional>

namespace verdict::judge {

namespace {

constexpr std::size_t kScoreFileBytes = 256;

std::string trimmed(const std::string& text) {
    const char* space = " \t\r\n\v\f";
    std::size_t first = text.find_first_not_of(space);
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

std::optional<double> parseNumber(const std::string& text) {
    std::string number = trimmed(text);
    double value = 0;
    auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (number.empty() || error != std::errc() || end != number.data() + number.size() ||
        !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::string readValidatorScore(const FeedbackDir& feedback, bool accepted, TestResult& result) {
    auto score = feedback.read("score.txt", kScoreFileBytes);
    auto multiplier = feedback.read("score_multiplier.txt", kScoreFileBytes);
    if (!score && !multiplier)
        return {};
    if (score && multiplier)
        return "the output validator wrote both score.txt and score_multiplier.txt";
    const char* file = score ? "score.txt" : "score_multiplier.txt";
    if (!accepted)
        return std::string("the output validator wrote ") + file + " but rejected the output";
    std::optional<double> value = parseNumber(score ? *score : *multiplier);
    if (!value || *value < 0 || (multiplier && *value > 1)) {
        return std::string("the output validator's ") + file + " is not " +
               (score ? "a non-negative number" : "a number from 0 to 1") + ": '" +
               trimmed(score ? *score : *multiplier).substr(0, 40) + "'";
    }
    (score ? result.validatorScore : result.scoreMultiplier) = *value;
    return {};
}

}  // namespace verdict::judge
