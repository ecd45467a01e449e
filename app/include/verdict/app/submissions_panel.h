#pragma once
// The submissions dock's widget: the live tree (one row per submission, one per judged test) of
// the current problem or of all, and "Open this code" for a submission of the current problem.
#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeView;

namespace verdict::app {

class SubmissionsFilter;
class SubmissionsModel;

class SubmissionsPanel : public QWidget {
    Q_OBJECT
  public:
    explicit SubmissionsPanel(SubmissionsModel* model, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    SubmissionsFilter* filter() const { return m_filter; }
    QCheckBox* allProblemsBox() const { return m_all; }
    // The problem whose submissions are shown unless "All problems" is ticked.
    void setCurrentProblem(int problemId);
    // The submission of the selected row (or of the selected test's submission); 0 if none.
    qint64 selectedSubmission() const;

  signals:
    void openCodeRequested(qint64 submissionId);

  private:
    void updateButton();

    SubmissionsModel* m_model;
    SubmissionsFilter* m_filter;
    QTreeView* m_view;
    QCheckBox* m_all;
    QPushButton* m_open;
    int m_problemId = 0;
};

}  // namespace verdict::app
