#include "verdict/app/tests_panel/output_diff_view.h"

#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "verdict/app/tests_panel/diff_text_view.h"

namespace verdict::app::tests_panel {

namespace {

const QColor kExpectedMark(0x2e, 0xa0, 0x43, 60);  // translucent: readable on light and dark
const QColor kActualMark(0xe0, 0x1b, 0x24, 60);

}  // namespace

OutputDiffView::OutputDiffView(QWidget* parent)
    : QWidget(parent),
      m_summary(new QLabel),
      m_expected(new DiffTextView),
      m_actual(new DiffTextView),
      m_input(new DiffTextView),
      m_errors(new DiffTextView),
      m_expectedNote(new QLabel),
      m_actualNote(new QLabel),
      m_inputNote(new QLabel),
      m_errorsNote(new QLabel) {
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* outputs = new QSplitter(Qt::Horizontal);
    outputs->addWidget(pane(tr("Expected output"), m_expected, m_expectedNote));
    outputs->addWidget(pane(tr("Your output"), m_actual, m_actualNote));
    auto* inputs = new QSplitter(Qt::Horizontal);
    inputs->addWidget(pane(tr("Input"), m_input, m_inputNote));
    inputs->addWidget(pane(tr("Standard error / compiler"), m_errors, m_errorsNote));
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(outputs);
    split->addWidget(inputs);
    split->setSizes({300, 150});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    synchronise(m_expected, m_actual);
    m_expected->setPlaceholderText(tr("No expected output: nothing to compare."));
}

QWidget* OutputDiffView::pane(const QString& title, DiffTextView* view, QLabel* note) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(title));
    note->setWordWrap(true);
    note->setVisible(false);
    QFont small = note->font();
    small.setItalic(true);
    note->setFont(small);
    layout->addWidget(note);
    layout->addWidget(view, 1);
    return box;
}

void OutputDiffView::synchronise(DiffTextView* a, DiffTextView* b) {
    // setValue() with the current value emits nothing, so the pair cannot ping-pong.
    for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(),
                &QScrollBar::setValue);
    }
}

void OutputDiffView::showTexts(const DiffTexts& texts, const QString& summary) {
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();  // its worker finishes on its own; the result is dropped
    }
    m_ready = false;
    const quint64 generation = ++m_generation;
    m_summary->setText(summary.isEmpty() ? tr("Preparing…") : summary);
    m_watcher = new QFutureWatcher<PreparedDiff>(this);
    QFutureWatcher<PreparedDiff>* watcher = m_watcher;
    connect(watcher, &QFutureWatcher<PreparedDiff>::finished, this,
            [this, watcher, summary, generation] {
                if (generation != m_generation)
                    return;
                m_watcher = nullptr;
                watcher->deleteLater();
                m_summary->setText(summary);
                apply(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([texts] { return prepareDiff(texts); }));
}

void OutputDiffView::clear() {
    showTexts({});
}

void OutputDiffView::fill(DiffTextView* view, QLabel* note, const ShownText& shown) {
    view->setPlainText(shown.text);
    const QString text = truncationNote(shown);
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

void OutputDiffView::apply(const PreparedDiff& prepared) {
    // One view per turn of the event loop: each fill is bounded by the display limits, and
    // between them the UI keeps reacting.
    const quint64 generation = m_generation;
    const std::function<void()> steps[] = {
        [this, prepared] { fill(m_expected, m_expectedNote, prepared.expected); },
        [this, prepared] { fill(m_actual, m_actualNote, prepared.actual); },
        [this, prepared] { fill(m_input, m_inputNote, prepared.input); },
        [this, prepared] { fill(m_errors, m_errorsNote, prepared.errors); },
        [this, prepared] {
            m_expected->setDifferingLines(prepared.lines.expectedDiffers, kExpectedMark);
            m_actual->setDifferingLines(prepared.lines.actualDiffers, kActualMark);
            m_firstDifference = prepared.lines.firstDifference;
            if (m_firstDifference >= 0)
                m_actual->scrollToLine(m_firstDifference);  // the expected side follows
            m_ready = true;
            emit ready();
        }};
    int delay = 0;
    for (const auto& step : steps) {
        QTimer::singleShot(delay++, this, [this, generation, step] {
            if (generation == m_generation)
                step();
        });
    }
}

QString OutputDiffView::notes() const {
    QStringList notes;
    for (QLabel* note : {m_expectedNote, m_actualNote, m_inputNote, m_errorsNote}) {
        if (!note->text().isEmpty())
            notes << note->text();
    }
    return notes.join(u'\n');
}

}  // namespace verdict::app::tests_panel
