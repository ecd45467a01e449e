#include "message_format.h"

#include <cstdio>

namespace verdict::validators {
namespace {

// Appends one byte, escaped when it is not printable ASCII.
void appendEscaped(std::string& out, unsigned char c) {
    switch (c) {
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        case '\f':
            out += "\\f";
            return;
        case '\v':
            out += "\\v";
            return;
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        default:
            break;
    }
    if (c >= 0x20 && c < 0x7f) {
        out += static_cast<char>(c);
        return;
    }
    constexpr char kHex[] = "0123456789abcdef";
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0x0f];
}

}  // namespace

std::string quoteBytes(std::string_view bytes) {
    std::string out = "\"";
    const std::string_view shown = bytes.substr(0, kShownTokenBytes);
    for (const char c : shown) {
        appendEscaped(out, static_cast<unsigned char>(c));
    }
    out += '"';
    if (shown.size() < bytes.size()) {
        out += "... (" + std::to_string(bytes.size()) + " bytes in all)";
    }
    return out;
}

std::string formatFloat(long double value) {
    char text[64];
    std::snprintf(text, sizeof text, "%.12Lg", value);
    return text;
}

}  // namespace verdict::validators
