#pragma once
// The contestant's source editor: QScintilla set up for contest languages, themes and diagnostics.

#include "verdict/editor/diagnostic.h"
#include "verdict/editor/diagnostic_layer.h"
#include "verdict/editor/theme.h"

#include <Qsci/qsciscintilla.h>

#include <QFont>

namespace verdict::editor {

class CodeEditor : public QsciScintilla {
    Q_OBJECT
  public:
    explicit CodeEditor(QWidget* parent = nullptr);

    // Picks the lexer and indentation of a catalogue language; unknown ids show plain text.
    void setLanguage(const QString& languageId);
    QString language() const { return m_language; }

    // System follows the application palette, also when it changes.
    void setThemeMode(ThemeMode mode);
    ThemeMode themeMode() const { return m_themeMode; }
    const Theme& theme() const { return m_theme; }

    void setEditorFont(const QFont& font);
    QFont editorFont() const { return m_font; }

    void setDiagnostics(const QList<Diagnostic>& diagnostics);
    void clearDiagnostics();
    const QList<Diagnostic>& diagnostics() const { return m_diagnostics.diagnostics(); }
    // The messages on a 1-based line, as its tooltip shows them.
    QString diagnosticsOnLine(int line) const { return m_diagnostics.messagesOnLine(line); }

    int zoomLevel() const;

  public slots:
    // Moves the caret to the start of a 1-based line (clamped) and shows it.
    void goToLine(int line);
    // Moves to the next line with a diagnostic after the caret's line, wrapping.
    void goToNextDiagnostic();
    void resetZoom();
    // Adds the next occurrence of the selection (or the word at the caret) as another selection.
    void selectNextOccurrence();

  signals:
    void themeChanged();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void configureView();
    void configureSelections();
    void showDiagnosticTip(int position, int x, int y);
    void applyLexerFont();
    void refreshTheme();
    void updateLineNumberWidth();

    QString m_language;
    ThemeMode m_themeMode = ThemeMode::System;
    Theme m_theme = Theme::light();
    QFont m_font;
    DiagnosticLayer m_diagnostics;
    int m_lineNumberDigits = 0;
};

}  // namespace verdict::editor
