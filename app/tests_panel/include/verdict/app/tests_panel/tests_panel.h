#pragma once
// The Tests panel: the table of samples and own tests, the buttons to run them on the judge,
// an editor for the selected own test, and the selected test's output diff. Thin: the data is
// in TestCasesModel, the runs in TestRunner, the diff in OutputDiffView.
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QWidget>
#include <functional>

class QAction;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

namespace verdict::app {
class ServerSession;
}

namespace verdict::app::tests_panel {

class OutputDiffView;
class TestCasesModel;
class TestRunner;

class TestsPanel : public QWidget {
    Q_OBJECT
  public:
    // The language id and the source to run, asked for when a run starts.
    using SourceProvider = std::function<QPair<QString, QString>()>;

    explicit TestsPanel(ServerSession* session, QWidget* parent = nullptr);

    void setSourceProvider(SourceProvider provider) { m_source = std::move(provider); }
    // A problem as GET /api/v1/problems/{id} returns it: its samples become rows.
    void setProblem(const QJsonObject& problem);

    TestCasesModel* model() const { return m_model; }
    TestRunner* runner() const { return m_runner; }
    OutputDiffView* diffView() const { return m_diff; }
    QTableView* table() const { return m_table; }
    // The own-test editor's fields (enabled while an own test is selected).
    QPlainTextEdit* inputEditor() const { return m_inputEdit; }
    QPlainTextEdit* expectedEditor() const { return m_expectedEdit; }

    QAction* runAllAction() const { return m_runAll; }            // Ctrl+R
    QAction* runSelectedAction() const { return m_runSelected; }  // Ctrl+Shift+R
    QAction* addTestAction() const { return m_addTest; }
    QAction* removeTestAction() const { return m_removeTest; }

    // Selects a row (for the window and the tests); the diff view follows.
    void selectRow(int row);

  signals:
    // A run ended in CE: the compiler's output, for diagnostics on the code.
    void compileFailed(const QString& output);

  private:
    void runAll();
    void runSelected();
    void addTest();
    void removeTest();
    int currentRow() const;
    void showCurrent();
    void loadEditor();
    void saveEditor();
    void updateActions();
    QWidget* buildEditor();
    QWidget* buildTable();
    void setUpActions();
    void connectModel();

    TestCasesModel* m_model;
    TestRunner* m_runner;
    OutputDiffView* m_diff;
    QTableView* m_table;
    QTabWidget* m_tabs;
    QWidget* m_editor;
    QLineEdit* m_nameEdit;
    QPlainTextEdit* m_inputEdit;
    QPlainTextEdit* m_expectedEdit;
    QAction* m_runAll;
    QAction* m_runSelected;
    QAction* m_addTest;
    QAction* m_removeTest;
    SourceProvider m_source;
    bool m_loadingEditor = false;
};

}  // namespace verdict::app::tests_panel
