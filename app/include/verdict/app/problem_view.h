#pragma once
// The problem panel: name, limits, the statement rendered from Markdown, samples with copy
// buttons. Shows what it is given; fetching is the window's business.
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QSplitter;
class QTextBrowser;
class QVBoxLayout;

namespace verdict::app {

class ProblemView : public QWidget {
    Q_OBJECT
  public:
    explicit ProblemView(QWidget* parent = nullptr);

    void showProblem(const QJsonObject& problem);
    // A message in place of a statement (no problem chosen, the server failed, ...).
    void showMessage(const QString& title, const QString& text);
    QString statementText() const;
    // Shows `widget` (e.g. a PDF viewer) where the statement text goes; nullptr brings the text
    // back. The view does not own it.
    void setStatementWidget(QWidget* widget);
    QWidget* statementWidget() const { return m_statementWidget; }

  private:
    void showSamples(const QJsonArray& samples);
    QWidget* sampleBox(const QJsonObject& sample, int number);

    QLabel* m_title;
    QLabel* m_limits;
    QTextBrowser* m_statement;
    QSplitter* m_split;
    QWidget* m_statementWidget = nullptr;
    QWidget* m_samples;
    QVBoxLayout* m_samplesLayout;
};

}  // namespace verdict::app
