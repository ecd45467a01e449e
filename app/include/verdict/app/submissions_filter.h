#pragma once
// What the submissions panel shows of the SubmissionsModel: one problem's submissions (or all),
// oldest first; a submission's test rows always come with it.
#include <QSortFilterProxyModel>

namespace verdict::app {

class SubmissionsFilter : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    explicit SubmissionsFilter(QObject* parent = nullptr);

    // 0 shows every problem's submissions.
    void setProblem(int problemId);
    int problem() const { return m_problemId; }

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    int m_problemId = 0;
};

}  // namespace verdict::app
