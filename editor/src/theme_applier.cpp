#include "verdict/editor/theme_applier.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

namespace verdict::editor {
namespace {

using Base = QsciScintillaBase;

// Scintilla keeps 256 style numbers; lexers use those below STYLE_DEFAULT and above
// STYLE_LASTPREDEFINED (QScintilla lexers describe every style they use).
constexpr int kMaxStyle = 255;

long rgb(const QColor& color) {
    return color.red() | (color.green() << 8) | (color.blue() << 16);
}

void applyLexerStyles(QsciLexer& lexer, const Theme& theme) {
    lexer.setDefaultPaper(theme.paper);
    lexer.setDefaultColor(theme.text);
    for (int style = 0; style <= kMaxStyle; ++style) {
        const QString description = lexer.description(style);
        if (description.isEmpty()) {
            continue;
        }
        lexer.setPaper(theme.paper, style);
        lexer.setColor(theme.colorFor(roleForStyleDescription(description)), style);
    }
}

void applyMargins(QsciScintilla& editor, const Theme& theme) {
    editor.setMarginsBackgroundColor(theme.marginPaper);
    editor.setMarginsForegroundColor(theme.marginText);
    editor.setFoldMarginColors(theme.foldMargin, theme.foldMargin);
    // Fold markers: Scintilla draws the glyph outline in "fore" and fills with "back".
    for (int marker = Base::SC_MARKNUM_FOLDEREND;
         marker <= static_cast<int>(Base::SC_MARKNUM_FOLDEROPEN); ++marker) {
        editor.setMarkerForegroundColor(theme.foldMargin, marker);
        editor.setMarkerBackgroundColor(theme.foldMarker, marker);
    }
}

void applyCaretAndSelection(QsciScintilla& editor, const Theme& theme) {
    editor.setCaretForegroundColor(theme.caret);
    editor.setCaretLineBackgroundColor(theme.currentLine);
    editor.setSelectionBackgroundColor(theme.selection);
    editor.resetSelectionForegroundColor();  // selected text keeps its syntax colours
    editor.SendScintilla(Base::SCI_SETADDITIONALSELBACK, rgb(theme.additionalSelection));
    editor.SendScintilla(Base::SCI_SETADDITIONALCARETFORE, rgb(theme.caret));
}

void applyBracesAndGuides(QsciScintilla& editor, const Theme& theme) {
    editor.setMatchedBraceForegroundColor(theme.braceMatch);
    editor.setMatchedBraceBackgroundColor(theme.braceMatchPaper);
    editor.setUnmatchedBraceForegroundColor(theme.braceBad);
    editor.setUnmatchedBraceBackgroundColor(theme.paper);
    editor.setIndentationGuidesForegroundColor(theme.indentGuide);
    editor.setIndentationGuidesBackgroundColor(theme.paper);
    editor.setEdgeColor(theme.indentGuide);
    editor.setWhitespaceForegroundColor(theme.indentGuide);
    editor.setCallTipsBackgroundColor(theme.callTipPaper);
    editor.setCallTipsForegroundColor(theme.callTipText);
    editor.setCallTipsHighlightColor(theme.keyword);
}

}  // namespace

void applyTheme(QsciScintilla& editor, const Theme& theme) {
    if (QsciLexer* lexer = editor.lexer()) {
        applyLexerStyles(*lexer, theme);
    } else {
        editor.setPaper(theme.paper);
        editor.setColor(theme.text);
    }
    // The area past the last line and the default style are not lexer styles.
    editor.SendScintilla(Base::SCI_STYLESETBACK, Base::STYLE_DEFAULT, rgb(theme.paper));
    editor.SendScintilla(Base::SCI_STYLESETFORE, Base::STYLE_DEFAULT, rgb(theme.text));
    // Margins last: setLexer() and style changes reset them.
    applyCaretAndSelection(editor, theme);
    applyBracesAndGuides(editor, theme);
    applyMargins(editor, theme);
}

}  // namespace verdict::editor
