#pragma once
// Shows Diagnostics on a QsciScintilla: margin markers, squiggles under the range, annotations.

#include "verdict/editor/diagnostic.h"
#include "verdict/editor/theme.h"

class QsciScintilla;

namespace verdict::editor {

class DiagnosticLayer {
  public:
    // Markers 0-24 are free (25-31 fold); indicators below 8 belong to lexers.
    static constexpr int kErrorMarker = 8;
    static constexpr int kWarningMarker = 9;
    static constexpr int kErrorIndicator = 8;
    static constexpr int kWarningIndicator = 9;

    explicit DiagnosticLayer(QsciScintilla& editor);

    void show(const QList<Diagnostic>& diagnostics);
    void clear();
    void applyTheme(const Theme& theme);

    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }
    // The 1-based line of the first diagnostic after line (wrapping); 0 when there is none.
    int nextLine(int line) const;
    // "error: ..." / "warning: ..." for every diagnostic on a 1-based line, one per line.
    QString messagesOnLine(int line) const;

  private:
    void defineStyles();
    void underline(const Diagnostic& diagnostic);
    void annotateLine(int line);

    QsciScintilla& m_editor;
    QList<Diagnostic> m_diagnostics;
    Theme m_theme = Theme::light();
    int m_annotationStyleBase = -1;
};

}  // namespace verdict::editor
