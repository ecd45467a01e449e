#pragma once
// Paints a Theme onto a QsciScintilla: its lexer's every style, margins, caret, selection, braces.

#include "verdict/editor/theme.h"

class QsciScintilla;

namespace verdict::editor {

// Applies theme to editor and its current lexer; call again after every setLexer().
void applyTheme(QsciScintilla& editor, const Theme& theme);

}  // namespace verdict::editor
