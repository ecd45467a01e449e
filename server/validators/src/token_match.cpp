#include "token_match.h"

#include <cmath>
#include <cstddef>

#include <verdict/validators/float_token.h>
#include <verdict/validators/tolerance.h>

#include "message_format.h"

namespace verdict::validators {
namespace {

char foldAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string describeTolerances(const ValidatorOptions& options) {
    std::string text;
    if (options.absoluteTolerance) {
        text += "absolute tolerance " + formatFloat(*options.absoluteTolerance);
    }
    if (options.relativeTolerance) {
        text += text.empty() ? "" : ", ";
        text += "relative tolerance " + formatFloat(*options.relativeTolerance);
    }
    return text;
}

// The message for a team float outside the tolerance.
std::string describeFloatMismatch(std::string_view expected, std::string_view got,
                                  long double answerValue, long double teamValue,
                                  const ValidatorOptions& options) {
    const long double absoluteError = std::fabs(teamValue - answerValue);
    std::string text = "float differs too much: expected " + quoteBytes(expected) + ", got " +
                       quoteBytes(got) + "; absolute error " + formatFloat(absoluteError);
    if (answerValue != 0.0L) {
        text += ", relative error " + formatFloat(absoluteError / std::fabs(answerValue));
    }
    return text + " (" + describeTolerances(options) + ")";
}

// Numeric comparison of a team token against an answer token that is a float.
std::string matchFloat(std::string_view expected, long double answerValue, std::string_view got,
                       const ValidatorOptions& options) {
    const FloatParse team = parseFloatToken(got);
    if (!team.value) {
        const char* why =
            team.error == FloatError::kOutOfRange ? "a float out of range" : "not a float";
        return "expected a float like " + quoteBytes(expected) + ", got " + quoteBytes(got) + " (" +
               why + ")";
    }
    if (withinTolerance(answerValue, *team.value, options)) {
        return {};
    }
    return describeFloatMismatch(expected, got, answerValue, *team.value, options);
}

}  // namespace

bool equalIgnoringAsciiCase(std::string_view left, std::string_view right) {
    if (left.size() != right.size()) {
        return false;
    }
    for (std::size_t i = 0; i < left.size(); ++i) {
        if (left[i] != right[i] && foldAscii(left[i]) != foldAscii(right[i])) {
            return false;
        }
    }
    return true;
}

std::string matchTokens(std::string_view expected, std::string_view got,
                        const ValidatorOptions& options) {
    if (options.usesFloats()) {
        if (const FloatParse answer = parseFloatToken(expected); answer.value) {
            return matchFloat(expected, *answer.value, got, options);
        }
    }
    const bool equal =
        options.caseSensitive ? expected == got : equalIgnoringAsciiCase(expected, got);
    if (equal) {
        return {};
    }
    return "expected " + quoteBytes(expected) + ", got " + quoteBytes(got) +
           (options.caseSensitive ? " (case-sensitive)" : "");
}

}  // namespace verdict::validators
