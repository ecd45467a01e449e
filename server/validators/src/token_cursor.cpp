#include "token_cursor.h"

#include <algorithm>
#include <array>

namespace verdict::validators {
namespace {

// A lookup table: the hot loops test one byte per iteration without branches on its value.
constexpr std::array<bool, 256> kWhitespace = [] {
    std::array<bool, 256> table{};
    for (const char c : {' ', '\f', '\n', '\r', '\t', '\v'}) {
        table[static_cast<unsigned char>(c)] = true;
    }
    return table;
}();

}  // namespace

bool isFormatWhitespace(char c) {
    return kWhitespace[static_cast<unsigned char>(c)];
}

std::string_view TokenCursor::skipWhitespace() {
    const std::size_t start = m_offset;
    while (m_offset < m_buffer.size() && isFormatWhitespace(m_buffer[m_offset])) {
        ++m_offset;
    }
    const std::string_view run = m_buffer.substr(start, m_offset - start);
    m_line += static_cast<std::uint64_t>(std::count(run.begin(), run.end(), '\n'));
    return run;
}

std::string_view TokenCursor::nextToken() {
    const std::size_t start = m_offset;
    while (m_offset < m_buffer.size() && !isFormatWhitespace(m_buffer[m_offset])) {
        ++m_offset;
    }
    return m_buffer.substr(start, m_offset - start);
}

}  // namespace verdict::validators
