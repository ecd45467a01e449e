#pragma once
// The Tests panel's table: the problem's samples (read-only; interactive or cut ones disabled
// with a reason), then the contestant's own tests (name, input and expected output editable),
// each with the state and numbers of its last run.
#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "verdict/app/tests_panel/test_case.h"

namespace verdict::app::tests_panel {

class TestCasesModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { NameColumn, StateColumn, TimeColumn, MemoryColumn, ColumnCount };
    enum Role { TestIdRole = Qt::UserRole + 1, StateRole, OwnRole };

    explicit TestCasesModel(QObject* parent = nullptr);

    // Loads the samples of a problem (GET /api/v1/problems/{id}) and drops the own tests of the
    // previous one without emitting ownTestsChanged (the workspace loads the new problem's).
    void setProblem(const QJsonObject& problem);
    int problemId() const { return m_problemId; }

    // The own tests as [{"name", "input", "expected"}]; setting them emits nothing.
    QJsonArray ownTestsJson() const;
    void setOwnTestsJson(const QJsonArray& tests);

    // Own tests; each edit emits ownTestsChanged() and clears the test's last result.
    int addOwnTest(const QString& name, const QString& input, const QString& expected);
    bool removeTest(int row);  // own tests only
    bool editOwnTest(int row, const QString& name, const QString& input, const QString& expected);
    QString nextOwnTestName() const;

    const TestCase* testAt(int row) const;
    const TestCase* testById(quint64 id) const;
    int rowOf(quint64 id) const;
    QList<quint64> runnableIds() const;
    int sampleCount() const;

    // From the runner: the state or the whole result of a test's run.
    void setState(quint64 id, TestState state);
    void setResult(quint64 id, const TestRunResult& result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  signals:
    void ownTestsChanged();
    // A test's result changed (also when it was reset by an edit).
    void resultChanged(quint64 id);

  private:
    QVariant stateData(const TestCase& test, int role) const;
    void rowChanged(int row);
    TestCase sampleFrom(const QJsonObject& sample, bool interactive);
    TestCase* mutableById(quint64 id);

    QList<TestCase> m_tests;  // samples first, then own tests
    int m_problemId = 0;
    quint64 m_nextId = 1;
    Validation m_validation;  // the problem's: for own tests
};

}  // namespace verdict::app::tests_panel
