#include "verdict/app/submissions_filter.h"

#include "verdict/app/submissions_model.h"

namespace verdict::app {

SubmissionsFilter::SubmissionsFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SubmissionsModel::SubmissionIdRole);
    setDynamicSortFilter(true);
    sort(SubmissionsModel::IdColumn, Qt::AscendingOrder);
}

void SubmissionsFilter::setProblem(int problemId) {
    if (problemId == m_problemId)
        return;
    m_problemId = problemId;
    invalidateFilter();
}

bool SubmissionsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || m_problemId == 0)
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return row.data(SubmissionsModel::ProblemIdRole).toInt() == m_problemId;
}

}  // namespace verdict::app
