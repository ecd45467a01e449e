#pragma once

#include <cstdint>
#include <string_view>

namespace verdict::validators {

// Walks a buffer as alternating whitespace runs and tokens, counting lines as it goes.
// Whitespace is exactly space, FF, LF, CR, HT and VT; every other byte (NUL and non-ASCII
// included) belongs to a token. Returned views point into the buffer; nothing is copied.
class TokenCursor {
  public:
    explicit TokenCursor(std::string_view buffer) : m_buffer(buffer) {}

    // Skips the whitespace run at the cursor (possibly empty) and returns it.
    std::string_view skipWhitespace();
    // Takes the token at the cursor (empty at the end, or if called before skipWhitespace()).
    std::string_view nextToken();

    bool atEnd() const { return m_offset == m_buffer.size(); }
    // The 1-based line and the byte offset of the cursor.
    std::uint64_t line() const { return m_line; }
    std::uint64_t offset() const { return m_offset; }

  private:
    std::string_view m_buffer;
    std::size_t m_offset = 0;
    std::uint64_t m_line = 1;
};

// Whether a byte is one of the format's six whitespace characters.
bool isFormatWhitespace(char c);

}  // namespace verdict::validators
