#pragma once
// A read-only, unwrapped, monospaced text view that paints a background behind the lines
// marked as differing; painting looks only at the visible lines, so any number of marks is
// cheap.
#include <QColor>
#include <QList>
#include <QPlainTextEdit>

namespace verdict::app::tests_panel {

class DiffTextView : public QPlainTextEdit {
  public:
    explicit DiffTextView(QWidget* parent = nullptr);

    void setDifferingLines(QList<bool> differs, const QColor& color);
    const QList<bool>& differingLines() const { return m_differs; }
    // Scrolls so that `line` (0-based) is near the top.
    void scrollToLine(qsizetype line);

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    QList<bool> m_differs;
    QColor m_color;
};

}  // namespace verdict::app::tests_panel
