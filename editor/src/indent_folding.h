#pragma once
// Fold levels from indentation, for languages without braces (Haskell, Nim, OCaml, ...).

class QsciScintilla;

namespace verdict::editor {

// Sets the fold levels of lines firstLine..lastLine (0-based) from their indentation: a line is a
// fold header when the next non-blank line is indented deeper; blank lines take the level of the
// next non-blank line. Also refreshes the non-blank line before firstLine, whose header flag
// depends on the lines being styled.
void foldByIndentation(QsciScintilla& editor, int firstLine, int lastLine);

}  // namespace verdict::editor
