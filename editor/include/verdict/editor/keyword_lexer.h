#pragma once
// A QScintilla lexer driven by a LanguageSyntax table, for languages QScintilla has no lexer for.

#include "verdict/editor/language_syntax.h"
#include "verdict/editor/syntax_scanner.h"

#include <Qsci/qscilexercustom.h>

namespace verdict::editor {

class KeywordLexer : public QsciLexerCustom {
    Q_OBJECT
  public:
    explicit KeywordLexer(const LanguageSyntax& syntax, QObject* parent = nullptr);

    const char* language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;
    const char* wordCharacters() const override;
    int braceStyle() const override;
    const char* blockStart(int* style = nullptr) const override;
    const char* blockEnd(int* style = nullptr) const override;

  private:
    void styleLine(int line, ScanState& state);

    LanguageSyntax m_syntax;
    SyntaxScanner m_scanner;
    QByteArray m_languageName;
    QByteArray m_wordCharacters;
};

}  // namespace verdict::editor
