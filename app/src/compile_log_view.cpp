#include "verdict/app/compile_log_view.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTextBlock>

namespace verdict::app {

CompileLogView::CompileLogView(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("The compiler's messages appear here after a compile error."));
    setMouseTracking(true);
}

void CompileLogView::showLog(const QString& output, const QList<editor::Diagnostic>& diagnostics) {
    m_diagnostics = diagnostics;
    setPlainText(output);
    markLines();
}

const editor::Diagnostic* CompileLogView::diagnosticOnLine(int line) const {
    for (const editor::Diagnostic& diagnostic : m_diagnostics)
        if (diagnostic.outputLine == line)
            return &diagnostic;
    return nullptr;
}

bool CompileLogView::activateLine(int line) {
    const editor::Diagnostic* diagnostic = diagnosticOnLine(line);
    if (diagnostic)
        emit diagnosticActivated(*diagnostic);
    return diagnostic != nullptr;
}

// Lines that lead somewhere look like links: coloured by severity, underlined, a hand cursor.
void CompileLogView::markLines() {
    QList<QTextEdit::ExtraSelection> marks;
    for (const editor::Diagnostic& diagnostic : m_diagnostics) {
        const QTextBlock block = document()->findBlockByNumber(diagnostic.outputLine);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.select(QTextCursor::LineUnderCursor);
        const bool error = diagnostic.severity == editor::Severity::Error;
        mark.format.setForeground(error ? QColor(0xd0, 0x30, 0x30) : QColor(0xc0, 0x80, 0x00));
        mark.format.setFontUnderline(true);
        mark.format.setToolTip(tr("Go to line %1").arg(diagnostic.line));
        marks.append(mark);
    }
    setExtraSelections(marks);
}

void CompileLogView::mouseMoveEvent(QMouseEvent* event) {
    QPlainTextEdit::mouseMoveEvent(event);
    const int line = cursorForPosition(event->position().toPoint()).blockNumber();
    viewport()->setCursor(diagnosticOnLine(line) ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

void CompileLogView::mouseReleaseEvent(QMouseEvent* event) {
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection())
        activateLine(cursorForPosition(event->position().toPoint()).blockNumber());
}

void CompileLogView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        activateLine(textCursor().blockNumber());
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

}  // namespace verdict::app
