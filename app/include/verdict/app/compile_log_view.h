#pragma once
// The compiler's output as the judge returned it, with every line that names a place in the code
// marked; a click on such a line (or Enter on it) asks the window to jump there.
#include <QList>
#include <QPlainTextEdit>

#include "verdict/editor/diagnostic.h"

namespace verdict::app {

class CompileLogView : public QPlainTextEdit {
    Q_OBJECT
  public:
    explicit CompileLogView(QWidget* parent = nullptr);

    // Shows `output`; `diagnostics` are what parseCompilerOutput found in it.
    void showLog(const QString& output, const QList<editor::Diagnostic>& diagnostics);
    const QList<editor::Diagnostic>& diagnostics() const { return m_diagnostics; }
    // The diagnostic named on output line `line` (0-based), or nullptr.
    const editor::Diagnostic* diagnosticOnLine(int line) const;
    // Acts as a click on output line `line`: emits diagnosticActivated when it names one.
    bool activateLine(int line);

  signals:
    void diagnosticActivated(const verdict::editor::Diagnostic& diagnostic);

  protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void markLines();
    QList<editor::Diagnostic> m_diagnostics;
};

}  // namespace verdict::app
