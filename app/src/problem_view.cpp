#include "verdict/app/problem_view.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "verdict/app/problem_text.h"

namespace verdict::app {

namespace {

QPlainTextEdit* sampleText(const QString& text) {
    auto* edit = new QPlainTextEdit(text);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setMaximumHeight(110);
    return edit;
}

}  // namespace

ProblemView::ProblemView(QWidget* parent)
    : QWidget(parent),
      m_title(new QLabel),
      m_limits(new QLabel),
      m_statement(new QTextBrowser),
      m_split(new QSplitter(Qt::Vertical)),
      m_samples(new QWidget),
      m_samplesLayout(new QVBoxLayout(m_samples)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_limits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statement->setOpenExternalLinks(true);
    m_samplesLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_samples);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_split->addWidget(m_statement);
    m_split->addWidget(scroll);
    m_split->setSizes({360, 300});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_limits);
    layout->addWidget(m_split, 1);
    showMessage(tr("No problem"), tr("Choose a problem on the left."));
}

void ProblemView::showProblem(const QJsonObject& problem) {
    m_title->setText(problem.value("name").toString());
    m_limits->setText(limitsText(problem));
    // QTextBrowser runs no scripts and loads nothing remote: a package's HTML is shown as text.
    if (const QString html = statementHtml(problem); !html.isEmpty())
        m_statement->setHtml(html);
    else
        m_statement->setMarkdown(statementMarkdown(problem));
    showSamples(problem.value("samples").toArray());
}

void ProblemView::showMessage(const QString& title, const QString& text) {
    m_title->setText(title);
    m_limits->clear();
    m_statement->setPlainText(text);
    showSamples({});
}

void ProblemView::setStatementWidget(QWidget* widget) {
    if (widget == m_statementWidget)
        return;
    if (m_statementWidget)
        m_statementWidget->hide();
    m_statementWidget = widget;
    if (widget) {
        m_split->insertWidget(0, widget);
        widget->show();
    }
    m_statement->setVisible(widget == nullptr);
}

QString ProblemView::statementText() const {
    return m_statement->toPlainText();
}

void ProblemView::showSamples(const QJsonArray& samples) {
    while (QLayoutItem* item = m_samplesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < samples.size(); ++i)
        m_samplesLayout->addWidget(sampleBox(samples.at(i).toObject(), i + 1));
    m_samplesLayout->addStretch(1);
}

QWidget* ProblemView::sampleBox(const QJsonObject& sample, int number) {
    auto* box = new QGroupBox(tr("Sample %1").arg(number));
    auto* grid = new QGridLayout(box);
    const bool interactive = sample.contains("interaction");
    const QStringList texts = interactive ? QStringList{sample.value("interaction").toString()}
                                          : QStringList{sample.value("input").toString(),
                                                        sample.value("output").toString()};
    const QStringList captions =
        interactive ? QStringList{tr("Interaction")} : QStringList{tr("Input"), tr("Output")};
    const QStringList copyLabels = interactive ? QStringList{tr("Copy interaction")}
                                               : QStringList{tr("Copy input"), tr("Copy output")};
    for (int column = 0; column < texts.size(); ++column) {
        auto* copy = new QPushButton(copyLabels[column]);
        const QString text = texts[column];
        connect(copy, &QPushButton::clicked, this,
                [text] { QApplication::clipboard()->setText(text); });
        grid->addWidget(new QLabel(captions[column]), 0, column);
        grid->addWidget(sampleText(text), 1, column);
        grid->addWidget(copy, 2, column, Qt::AlignLeft);
    }
    return box;
}

}  // namespace verdict::app
