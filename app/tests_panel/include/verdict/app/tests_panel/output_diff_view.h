#pragma once
// The result of one test: expected and actual output side by side (scrolled together, differing
// lines marked, the first one scrolled into view), and below them the input and stderr (or the
// compiler's output). Texts are cut and diffed on a worker thread, so even a 50 MB output
// leaves the UI responsive; a note says what was left out.
#include <QFutureWatcher>
#include <QLabel>
#include <QWidget>

#include "verdict/app/tests_panel/text_diff.h"

namespace verdict::app::tests_panel {

class DiffTextView;

class OutputDiffView : public QWidget {
    Q_OBJECT
  public:
    explicit OutputDiffView(QWidget* parent = nullptr);

    // Asynchronous: the views fill when ready() is emitted. `summary` is the line above them
    // (the verdict and the judge's message).
    void showTexts(const DiffTexts& texts, const QString& summary = {});
    void clear();
    bool isReady() const { return m_ready; }

    qsizetype firstDifference() const { return m_firstDifference; }
    // The truncation notes shown, one per cut text ("" when everything is shown).
    QString notes() const;
    QString summary() const { return m_summary->text(); }

    DiffTextView* expectedView() const { return m_expected; }
    DiffTextView* actualView() const { return m_actual; }
    DiffTextView* inputView() const { return m_input; }
    DiffTextView* errorsView() const { return m_errors; }

  signals:
    void ready();

  private:
    void apply(const PreparedDiff& prepared);
    void fill(DiffTextView* view, QLabel* note, const ShownText& shown);
    void synchronise(DiffTextView* a, DiffTextView* b);
    QWidget* pane(const QString& title, DiffTextView* view, QLabel* note);

    QLabel* m_summary;
    DiffTextView* m_expected;
    DiffTextView* m_actual;
    DiffTextView* m_input;
    DiffTextView* m_errors;
    QLabel* m_expectedNote;
    QLabel* m_actualNote;
    QLabel* m_inputNote;
    QLabel* m_errorsNote;
    QFutureWatcher<PreparedDiff>* m_watcher = nullptr;
    quint64 m_generation = 0;  // of showTexts(): older preparations and fills are dropped
    bool m_ready = true;
    qsizetype m_firstDifference = -1;
};

}  // namespace verdict::app::tests_panel
