#pragma once
// The editor's colours (light or dark) and how a lexer style's role picks one of them.

#include <QColor>
#include <QPalette>
#include <QString>

namespace verdict::editor {

enum class ThemeMode { System, Light, Dark };

// What a lexer style shows, read from its description ("C comment", "Keyword", ...).
enum class StyleRole {
    Text,
    Comment,
    Keyword,
    Type,
    Function,
    Constant,
    Number,
    String,
    Operator,
    Preprocessor,
    Error,
    Inactive,
};

StyleRole roleForStyleDescription(const QString& description);

// A complete colour set for the editor: text area, margins, caret, selection and syntax.
struct Theme {
    QString name;
    bool isDark = false;
    QColor paper, text;
    QColor marginPaper, marginText, foldMargin, foldMarker;
    QColor caret, currentLine, selection, additionalSelection;
    QColor braceMatch, braceMatchPaper, braceBad, indentGuide;
    QColor comment, keyword, type, function, constant, number, string, op, preprocessor;
    QColor error, warning, errorAnnotationPaper, warningAnnotationPaper;
    QColor callTipPaper, callTipText;

    static Theme light();
    static Theme dark();
    // Dark when the palette's window colour is dark.
    static Theme forPalette(const QPalette& palette);
    static Theme resolve(ThemeMode mode, const QPalette& palette);

    QColor colorFor(StyleRole role) const;
};

}  // namespace verdict::editor
