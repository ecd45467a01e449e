#include "indent_folding.h"

#include <Qsci/qsciscintilla.h>

#include <algorithm>

namespace verdict::editor {
namespace {

using Base = QsciScintillaBase;

bool isBlank(QsciScintilla& editor, int line) {
    const long indentEnd =
        editor.SendScintilla(Base::SCI_GETLINEINDENTPOSITION, static_cast<unsigned long>(line));
    const long lineEnd =
        editor.SendScintilla(Base::SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line));
    return indentEnd >= lineEnd;
}

int indentLevel(QsciScintilla& editor, int line) {
    const int width = std::max(editor.indentationWidth(), 1);
    return editor.indentation(line) / width;
}

// The next non-blank line after line, or -1.
int nextNonBlank(QsciScintilla& editor, int line) {
    const int count = editor.lines();
    for (int next = line + 1; next < count; ++next) {
        if (!isBlank(editor, next)) {
            return next;
        }
    }
    return -1;
}

}  // namespace

void foldByIndentation(QsciScintilla& editor, int firstLine, int lastLine) {
    int line = firstLine;
    while (line > 0 && (line == firstLine || isBlank(editor, line))) {
        --line;  // back to the previous non-blank line
    }
    for (; line <= lastLine; ++line) {
        const int next = nextNonBlank(editor, line);
        const int nextLevel = next < 0 ? 0 : indentLevel(editor, next);
        int level = Base::SC_FOLDLEVELBASE;
        if (isBlank(editor, line)) {
            level += nextLevel;
            level |= Base::SC_FOLDLEVELWHITEFLAG;
        } else {
            const int own = indentLevel(editor, line);
            level += own;
            if (nextLevel > own) {
                level |= Base::SC_FOLDLEVELHEADERFLAG;
            }
        }
        editor.SendScintilla(Base::SCI_SETFOLDLEVEL, static_cast<unsigned long>(line),
                             static_cast<long>(level));
    }
}

}  // namespace verdict::editor
