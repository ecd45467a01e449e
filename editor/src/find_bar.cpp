#include "verdict/editor/find_bar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "verdict/editor/code_editor.h"

namespace verdict::editor {

namespace {

constexpr int kRecountDelayMs = 150;  // counting walks the whole text: not on every keystroke

QToolButton* button(const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

}  // namespace

FindBar::FindBar(CodeEditor* editor, QWidget* parent)
    : QWidget(parent),
      m_editor(editor),
      m_finder(*editor),
      m_pattern(new QLineEdit(this)),
      m_replacement(new QLineEdit(this)),
      m_case(toggle(QStringLiteral("Aa"), tr("Match case"))),
      m_word(toggle(QStringLiteral("W"), tr("Whole words"))),
      m_regex(toggle(QStringLiteral(".*"), tr("Regular expression (\\1 in the replacement)"))),
      m_status(new QLabel(this)),
      m_replaceRow(new QWidget(this)) {
    m_pattern->setPlaceholderText(tr("Find"));
    m_pattern->setClearButtonEnabled(true);
    m_replacement->setPlaceholderText(tr("Replace with"));
    auto* previous = button(tr("Previous"), tr("Previous match (Shift+Enter)"), this);
    auto* next = button(tr("Next"), tr("Next match (Enter)"), this);
    auto* close = button(QStringLiteral("✕"), tr("Close (Escape)"), this);
    auto* replace = button(tr("Replace"), tr("Replace this match and find the next"), this);
    auto* all = button(tr("Replace all"), tr("Replace every match (one undo step)"), this);

    auto* findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_pattern, 1);
    for (QWidget* w : {static_cast<QWidget*>(m_case), static_cast<QWidget*>(m_word),
                       static_cast<QWidget*>(m_regex), static_cast<QWidget*>(previous),
                       static_cast<QWidget*>(next), static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(close)})
        findRow->addWidget(w);
    auto* replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replacement, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(all);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    m_recount.setSingleShot(true);
    m_recount.setInterval(kRecountDelayMs);
    connect(&m_recount, &QTimer::timeout, this, &FindBar::updateCount);
    connect(m_pattern, &QLineEdit::textChanged, this, [this] { m_recount.start(); });
    for (QToolButton* t : {m_case, m_word, m_regex})
        connect(t, &QToolButton::toggled, this, [this] { m_recount.start(); });
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (isVisible())
            m_recount.start();
    });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(replace, &QToolButton::clicked, this, &FindBar::replaceOne);
    connect(all, &QToolButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

QToolButton* FindBar::toggle(const QString& text, const QString& tip) {
    QToolButton* t = button(text, tip, this);
    t->setCheckable(true);
    return t;
}

FindOptions FindBar::options() const {
    FindOptions options;
    options.caseSensitive = m_case->isChecked();
    options.wholeWord = m_word->isChecked();
    options.regex = m_regex->isChecked();
    return options;
}

void FindBar::setOptions(const FindOptions& options) {
    m_case->setChecked(options.caseSensitive);
    m_word->setChecked(options.wholeWord);
    m_regex->setChecked(options.regex);
}

QString FindBar::status() const {
    return m_status->text();
}

bool FindBar::replaceVisible() const {
    return !m_replaceRow->isHidden();
}

void FindBar::showFind() {
    open(false);
}

void FindBar::showReplace() {
    open(true);
}

void FindBar::open(bool withReplace) {
    const QString selected = m_editor->selectedText();
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')))
        m_pattern->setText(selected);
    m_replaceRow->setVisible(withReplace);
    show();
    m_pattern->setFocus();
    m_pattern->selectAll();
    updateCount();
}

// A malformed regex is said in the status, not searched for.
bool FindBar::valid() {
    if (m_pattern->text().isEmpty())
        return false;
    const QRegularExpression expression = FindReplace::expression(m_pattern->text(), options());
    if (expression.isValid())
        return true;
    m_status->setText(tr("Invalid regular expression: %1").arg(expression.errorString()));
    return false;
}

bool FindBar::findNext() {
    return valid() && m_finder.findNext(m_pattern->text(), options());
}

bool FindBar::findPrevious() {
    return valid() && m_finder.findPrevious(m_pattern->text(), options());
}

bool FindBar::replaceOne() {
    return valid() && m_finder.replace(m_pattern->text(), m_replacement->text(), options());
}

int FindBar::replaceAll() {
    if (!valid())
        return 0;
    const int replaced = m_finder.replaceAll(m_pattern->text(), m_replacement->text(), options());
    updateCount();
    m_status->setText(replaced == 1 ? tr("Replaced 1 match")
                                    : tr("Replaced %n matches", nullptr, replaced));
    return replaced;
}

void FindBar::updateCount() {
    m_recount.stop();
    if (m_pattern->text().isEmpty()) {
        m_status->clear();
        return;
    }
    if (!valid())
        return;
    const int matches = m_finder.count(m_pattern->text(), options());
    m_status->setText(matches == 0   ? tr("No matches")
                      : matches == 1 ? tr("1 match")
                                     : tr("%n matches", nullptr, matches));
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Escape:
            hide();
            m_editor->setFocus();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_replacement->hasFocus() && !(event->modifiers() & Qt::ShiftModifier))
                replaceOne();
            else if (event->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return;
        default:
            QWidget::keyPressEvent(event);
    }
}

}  // namespace verdict::editor
