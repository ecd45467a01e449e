#include "verdict/app/submissions_panel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "verdict/app/submissions_filter.h"
#include "verdict/app/submissions_model.h"

namespace verdict::app {

SubmissionsPanel::SubmissionsPanel(SubmissionsModel* model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_filter(new SubmissionsFilter(this)),
      m_view(new QTreeView),
      m_all(new QCheckBox(tr("All problems"))),
      m_open(new QPushButton(tr("Open this code"))) {
    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_open->setToolTip(tr("Put the selected submission's code back into the editor (undoable)"));
    m_all->setToolTip(tr("Show the submissions of every problem, not only this one's"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(m_all);
    bar->addStretch(1);
    bar->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // A new submission shows its tests as they come, and the newest stays in view.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& under, int, int last) {
                if (!under.isValid())
                    m_view->expand(m_filter->index(last, 0));
                m_view->scrollToBottom();
            });
    connect(m_all, &QCheckBox::toggled, this,
            [this](bool all) { m_filter->setProblem(all ? 0 : m_problemId); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SubmissionsPanel::updateButton);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedSubmission())
            emit openCodeRequested(id);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.parent().isValid() && m_open->isEnabled())
            emit openCodeRequested(selectedSubmission());
    });
    updateButton();
}

void SubmissionsPanel::setCurrentProblem(int problemId) {
    m_problemId = problemId;
    if (!m_all->isChecked())
        m_filter->setProblem(problemId);
    updateButton();
}

qint64 SubmissionsPanel::selectedSubmission() const {
    QModelIndex index = m_view->currentIndex();
    if (index.parent().isValid())
        index = index.parent();
    return index.isValid() ? index.data(SubmissionsModel::SubmissionIdRole).toLongLong() : 0;
}

// Only the current problem's code can go into the editor (it holds that problem's buffer).
void SubmissionsPanel::updateButton() {
    const qint64 id = selectedSubmission();
    const SubmissionsModel::Submission* submission = id ? m_model->submission(id) : nullptr;
    m_open->setEnabled(submission && submission->problemId == m_problemId && m_problemId != 0);
}

}  // namespace verdict::app
