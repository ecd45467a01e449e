#pragma once
// What the editor knows about one language's text: its lexer, indentation and keyword table.

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace verdict::editor {

// A string literal form: open and close delimiters, an escape character (0 = none).
struct StringForm {
    QByteArray open;
    QByteArray close;
    char escape = 0;
    bool multiline = false;
};

// A block comment form such as /* */ or (* *).
struct BlockCommentForm {
    QByteArray open;
    QByteArray close;
};

// One row of editor/data/syntax.json.
struct LanguageSyntax {
    QString id;
    QString lexer;  // "cpp", "python", ... or "keyword" for our KeywordLexer
    int indentWidth = 4;
    bool useTabs = false;
    QSet<QByteArray> keywords;
    QSet<QByteArray> types;
    QSet<QByteArray> constants;
    QList<QByteArray> lineComments;
    QList<BlockCommentForm> blockComments;
    bool nestedComments = false;
    QList<StringForm> strings;
    bool charLiterals = false;
    bool caseInsensitive = false;
    bool foldBraces = false;
    QByteArray identifierChars;  // besides letters, digits, '_' and non-ASCII bytes
    QByteArray identifierStart;  // besides letters, '_' and non-ASCII bytes
    char annotationPrefix = 0;

    // The words of a set joined by spaces, as QScintilla's keywords() wants them.
    static QByteArray joined(const QSet<QByteArray>& words);
};

// Every language's syntax, read once from the table compiled into the library.
class SyntaxCatalogue {
  public:
    static const SyntaxCatalogue& builtin();
    // Parses a syntax table (the format of editor/data/syntax.json); empty when malformed.
    static SyntaxCatalogue fromJson(const QByteArray& json);

    const LanguageSyntax* find(const QString& languageId) const;
    QStringList ids() const;

  private:
    QList<LanguageSyntax> m_languages;
};

}  // namespace verdict::editor
