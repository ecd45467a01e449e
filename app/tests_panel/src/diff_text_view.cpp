#include "verdict/app/tests_panel/diff_text_view.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace verdict::app::tests_panel {

DiffTextView::DiffTextView(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void DiffTextView::setDifferingLines(QList<bool> differs, const QColor& color) {
    m_differs = std::move(differs);
    m_color = color;
    viewport()->update();
}

void DiffTextView::scrollToLine(qsizetype line) {
    // Unwrapped, the vertical scroll bar counts lines.
    verticalScrollBar()->setValue(int(std::max<qsizetype>(0, line - 2)));
}

void DiffTextView::paintEvent(QPaintEvent* event) {
    if (!m_differs.isEmpty()) {
        QPainter painter(viewport());
        const QPointF offset = contentOffset();
        const int width = viewport()->width();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF box = blockBoundingGeometry(block).translated(offset);
            if (box.top() > event->rect().bottom())
                break;
            const int line = block.blockNumber();
            if (line < m_differs.size() && m_differs.at(line))
                painter.fillRect(QRectF(0, box.top(), width, box.height()), m_color);
        }
    }
    QPlainTextEdit::paintEvent(event);
}

}  // namespace verdict::app::tests_panel
