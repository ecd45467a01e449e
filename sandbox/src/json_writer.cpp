#include "json_writer.h"

#include <cstdio>

namespace verdict::sandbox {

std::string jsonQuote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (byte < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", byte);
                    out += buffer;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
    return out;
}

void JsonObjectWriter::key(std::string_view name) {
    if (!m_first) {
        m_text += ", ";
    }
    m_first = false;
    m_text += jsonQuote(name);
    m_text += ": ";
}

JsonObjectWriter& JsonObjectWriter::field(std::string_view name, std::string_view value) {
    key(name);
    m_text += jsonQuote(value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::field(std::string_view name, std::int64_t value) {
    key(name);
    m_text += std::to_string(value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::field(std::string_view name, std::uint64_t value) {
    key(name);
    m_text += std::to_string(value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::field(std::string_view name, bool value) {
    key(name);
    m_text += value ? "true" : "false";
    return *this;
}

JsonObjectWriter& JsonObjectWriter::raw(std::string_view name, std::string_view json) {
    key(name);
    m_text += json;
    return *this;
}

std::string JsonObjectWriter::finish() {
    m_text += "}";
    return m_text;
}

}  // namespace verdict::sandbox
