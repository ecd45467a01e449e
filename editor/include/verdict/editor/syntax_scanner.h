#pragma once
// Splits source lines into styled runs from a LanguageSyntax table (the KeywordLexer's engine).

#include "verdict/editor/language_syntax.h"

#include <QByteArrayView>
#include <QList>

namespace verdict::editor {

// The styles of KeywordLexer, in its style numbers.
enum class TokenStyle : int {
    Default = 0,
    Comment = 1,
    Keyword = 2,
    Type = 3,
    Constant = 4,
    Number = 5,
    String = 6,
    Operator = 7,
    Annotation = 8,
};
inline constexpr int kTokenStyleCount = 9;

// What a line leaves open for the next one: a block comment (with nesting depth), a multi-line
// string, and the brace depth that folding uses. Packs into Scintilla's per-line int state.
struct ScanState {
    int blockComment = -1;  // index into LanguageSyntax::blockComments, -1 = none
    int commentDepth = 0;
    int string = -1;  // index into LanguageSyntax::strings, -1 = none
    int braceDepth = 0;

    int encode() const;
    static ScanState decode(int packed);
    bool operator==(const ScanState&) const = default;
};

// A stretch of bytes in one style.
struct StyleRun {
    int length = 0;
    TokenStyle style = TokenStyle::Default;
};

// Styles lines of one language; a pure function of the line and the state before it.
class SyntaxScanner {
  public:
    explicit SyntaxScanner(const LanguageSyntax& syntax);

    // Appends the runs covering every byte of line (end of line included) to runs; returns the
    // state at the end of the line.
    ScanState scanLine(QByteArrayView line, ScanState state, QList<StyleRun>& runs) const;

  private:
    struct Cursor;
    void continueComment(Cursor& cursor) const;
    void continueString(Cursor& cursor) const;
    void scanToken(Cursor& cursor) const;
    bool scanCommentStart(Cursor& cursor) const;
    bool scanStringStart(Cursor& cursor) const;
    bool scanCharLiteral(Cursor& cursor) const;
    bool scanAnnotation(Cursor& cursor) const;
    void scanNumber(Cursor& cursor) const;
    void scanWord(Cursor& cursor) const;
    TokenStyle wordStyle(QByteArrayView word) const;
    bool isWordStart(char c) const;
    bool isWordChar(char c) const;

    const LanguageSyntax& m_syntax;
};

}  // namespace verdict::editor
