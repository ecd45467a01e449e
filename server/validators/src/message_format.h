#pragma once

#include <string>
#include <string_view>

namespace verdict::validators {

// Bytes of a token shown in a judge message; longer tokens are cut and their size stated.
inline constexpr std::size_t kShownTokenBytes = 64;

// A token (or whitespace run) as a quoted, printable-ASCII string: control bytes, quotes,
// backslashes and non-ASCII bytes are escaped, so hostile output cannot garble the message.
std::string quoteBytes(std::string_view bytes);

// A float in a short, round-trippable-enough form for messages.
std::string formatFloat(long double value);

}  // namespace verdict::validators
