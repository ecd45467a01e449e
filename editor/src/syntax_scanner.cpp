#include "verdict/editor/syntax_scanner.h"

#include <algorithm>

namespace verdict::editor {

int ScanState::encode() const {
    const int depth = std::clamp(braceDepth, 0, 0x7f);
    return (blockComment + 1) | ((string + 1) << 8) | (std::clamp(commentDepth, 0, 0xff) << 16) |
           (depth << 24);
}

ScanState ScanState::decode(int packed) {
    ScanState state;
    state.blockComment = (packed & 0xff) - 1;
    state.string = ((packed >> 8) & 0xff) - 1;
    state.commentDepth = (packed >> 16) & 0xff;
    state.braceDepth = (packed >> 24) & 0x7f;
    return state;
}

// The line being scanned, the position in it, and the runs emitted so far.
struct SyntaxScanner::Cursor {
    QByteArrayView line;
    qsizetype pos = 0;
    ScanState state;
    QList<StyleRun>& runs;

    bool atEnd() const { return pos >= line.size(); }
    char at(qsizetype offset = 0) const {
        return pos + offset < line.size() ? line[pos + offset] : char{0};
    }
    bool startsWith(const QByteArray& text) const {
        return !text.isEmpty() && line.sliced(pos).startsWith(text);
    }
    void take(qsizetype length, TokenStyle style) {
        length = std::min(length, line.size() - pos);
        if (length <= 0) {
            return;
        }
        pos += length;
        if (!runs.isEmpty() && runs.back().style == style) {
            runs.back().length += static_cast<int>(length);
        } else {
            runs.append({static_cast<int>(length), style});
        }
    }
};

namespace {

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isNonAscii(char c) {
    return (static_cast<unsigned char>(c) & 0x80) != 0;
}
bool isLineEnd(char c) {
    return c == '\n' || c == '\r';
}

// Bytes in the UTF-8 sequence that starts with lead.
int utf8Length(char lead) {
    const auto byte = static_cast<unsigned char>(lead);
    if (byte >= 0xf0) {
        return 4;
    }
    if (byte >= 0xe0) {
        return 3;
    }
    return byte >= 0xc0 ? 2 : 1;
}

}  // namespace

SyntaxScanner::SyntaxScanner(const LanguageSyntax& syntax) : m_syntax(syntax) {}

ScanState SyntaxScanner::scanLine(QByteArrayView line, ScanState state,
                                  QList<StyleRun>& runs) const {
    Cursor cursor{line, 0, state, runs};
    while (!cursor.atEnd()) {
        if (cursor.state.blockComment >= 0) {
            continueComment(cursor);
        } else if (cursor.state.string >= 0) {
            continueString(cursor);
        } else {
            scanToken(cursor);
        }
    }
    // A string that may not span lines ends with its line.
    if (cursor.state.string >= 0 && !m_syntax.strings[cursor.state.string].multiline) {
        cursor.state.string = -1;
    }
    return cursor.state;
}

void SyntaxScanner::continueComment(Cursor& cursor) const {
    const BlockCommentForm& form = m_syntax.blockComments[cursor.state.blockComment];
    qsizetype end = cursor.pos;
    while (end < cursor.line.size()) {
        const QByteArrayView rest = cursor.line.sliced(end);
        if (m_syntax.nestedComments && rest.startsWith(form.open)) {
            ++cursor.state.commentDepth;
            end += form.open.size();
        } else if (rest.startsWith(form.close)) {
            end += form.close.size();
            if (--cursor.state.commentDepth <= 0) {
                cursor.state.blockComment = -1;
                cursor.state.commentDepth = 0;
                break;
            }
        } else {
            ++end;
        }
    }
    cursor.take(end - cursor.pos, TokenStyle::Comment);
}

void SyntaxScanner::continueString(Cursor& cursor) const {
    const StringForm& form = m_syntax.strings[cursor.state.string];
    qsizetype end = cursor.pos;
    while (end < cursor.line.size()) {
        const QByteArrayView rest = cursor.line.sliced(end);
        if (form.escape != 0 && rest.front() == form.escape) {
            end += 2;
        } else if (rest.startsWith(form.close)) {
            end += form.close.size();
            cursor.state.string = -1;
            break;
        } else if (!form.multiline && isLineEnd(rest.front())) {
            break;
        } else {
            ++end;
        }
    }
    cursor.take(end - cursor.pos, TokenStyle::String);
    if (cursor.state.string >= 0 && !cursor.atEnd()) {
        cursor.take(cursor.line.size() - cursor.pos, TokenStyle::Default);  // the line end
    }
}

void SyntaxScanner::scanToken(Cursor& cursor) const {
    const char c = cursor.at();
    if (c == ' ' || c == '\t' || isLineEnd(c)) {
        cursor.take(1, TokenStyle::Default);
        return;
    }
    if (scanCommentStart(cursor) || scanStringStart(cursor) || scanCharLiteral(cursor) ||
        scanAnnotation(cursor)) {
        return;
    }
    if (isDigit(c) || (c == '.' && isDigit(cursor.at(1)))) {
        scanNumber(cursor);
    } else if (isWordStart(c)) {
        scanWord(cursor);
    } else {
        if (c == '{') {
            ++cursor.state.braceDepth;
        } else if (c == '}' && cursor.state.braceDepth > 0) {
            --cursor.state.braceDepth;
        }
        cursor.take(utf8Length(c), TokenStyle::Operator);
    }
}

bool SyntaxScanner::scanCommentStart(Cursor& cursor) const {
    // Block openers first: Nim's #[ and Lisp's #| start with a line comment prefix.
    for (qsizetype i = 0; i < m_syntax.blockComments.size(); ++i) {
        const BlockCommentForm& form = m_syntax.blockComments[i];
        if (cursor.startsWith(form.open)) {
            cursor.take(form.open.size(), TokenStyle::Comment);
            cursor.state.blockComment = static_cast<int>(i);
            cursor.state.commentDepth = 1;
            return true;
        }
    }
    for (const QByteArray& prefix : m_syntax.lineComments) {
        if (cursor.startsWith(prefix)) {
            qsizetype end = cursor.pos;
            while (end < cursor.line.size() && !isLineEnd(cursor.line[end])) {
                ++end;
            }
            cursor.take(end - cursor.pos, TokenStyle::Comment);
            return true;
        }
    }
    return false;
}

bool SyntaxScanner::scanStringStart(Cursor& cursor) const {
    for (qsizetype i = 0; i < m_syntax.strings.size(); ++i) {
        const StringForm& form = m_syntax.strings[i];
        if (cursor.startsWith(form.open)) {
            cursor.take(form.open.size(), TokenStyle::String);
            cursor.state.string = static_cast<int>(i);
            return true;
        }
    }
    return false;
}

bool SyntaxScanner::scanCharLiteral(Cursor& cursor) const {
    if (!m_syntax.charLiterals || cursor.at() != '\'') {
        return false;
    }
    qsizetype length = 0;
    if (cursor.at(1) == '\\') {
        // An escape: '\n', '\x41', '\u{1F600}' — closes within a few bytes.
        for (qsizetype i = 3; i < 12 && cursor.pos + i < cursor.line.size(); ++i) {
            if (cursor.at(i) == '\'') {
                length = i + 1;
                break;
            }
        }
    } else if (cursor.at(1) != '\'' && !isLineEnd(cursor.at(1)) && cursor.at(1) != 0) {
        const int charLength = utf8Length(cursor.at(1));
        if (cursor.at(1 + charLength) == '\'') {
            length = charLength + 2;
        }
    }
    if (length == 0) {
        return false;  // a lifetime, a type variable or a prime: not a character
    }
    cursor.take(length, TokenStyle::String);
    return true;
}

bool SyntaxScanner::scanAnnotation(Cursor& cursor) const {
    if (m_syntax.annotationPrefix == 0 || cursor.at() != m_syntax.annotationPrefix ||
        !isWordStart(cursor.at(1))) {
        return false;
    }
    qsizetype end = cursor.pos + 1;
    while (end < cursor.line.size() && isWordChar(cursor.line[end])) {
        ++end;
    }
    cursor.take(end - cursor.pos, TokenStyle::Annotation);
    return true;
}

void SyntaxScanner::scanNumber(Cursor& cursor) const {
    qsizetype end = cursor.pos;
    while (end < cursor.line.size()) {
        const char c = cursor.line[end];
        const char previous = end > cursor.pos ? cursor.line[end - 1] : char{0};
        const bool exponentSign = (c == '+' || c == '-') && (previous == 'e' || previous == 'E');
        const bool range = c == '.' && end + 1 < cursor.line.size() && cursor.line[end + 1] == '.';
        if (range || !(isAsciiLetter(c) || isDigit(c) || c == '_' || c == '.' || exponentSign)) {
            break;
        }
        ++end;
    }
    cursor.take(end - cursor.pos, TokenStyle::Number);
}

void SyntaxScanner::scanWord(Cursor& cursor) const {
    qsizetype end = cursor.pos + 1;
    while (end < cursor.line.size() && isWordChar(cursor.line[end])) {
        ++end;
    }
    cursor.take(end - cursor.pos, wordStyle(cursor.line.sliced(cursor.pos, end - cursor.pos)));
}

TokenStyle SyntaxScanner::wordStyle(QByteArrayView word) const {
    const QByteArray key =
        m_syntax.caseInsensitive ? word.toByteArray().toLower() : word.toByteArray();
    if (m_syntax.keywords.contains(key)) {
        return TokenStyle::Keyword;
    }
    if (m_syntax.types.contains(key)) {
        return TokenStyle::Type;
    }
    if (m_syntax.constants.contains(key)) {
        return TokenStyle::Constant;
    }
    return TokenStyle::Default;
}

bool SyntaxScanner::isWordStart(char c) const {
    return isAsciiLetter(c) || c == '_' || isNonAscii(c) ||
           (c != 0 && m_syntax.identifierStart.contains(c));
}

bool SyntaxScanner::isWordChar(char c) const {
    return isAsciiLetter(c) || isDigit(c) || c == '_' || isNonAscii(c) ||
           (c != 0 && m_syntax.identifierChars.contains(c));
}

}  // namespace verdict::editor
