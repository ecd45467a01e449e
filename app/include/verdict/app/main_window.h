#pragma once
// The IDE's main window: problem list, problem view, editor with language and Submit, the
// submissions panel, the connection state. It builds and wires; state lives in the models and
// in ServerSession.
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMainWindow>
#include <memory>
#include <optional>

#include "verdict/client/client.h"

class QAction;
class QComboBox;
class QListView;

class QMenu;

namespace verdict::editor {
class CodeEditor;
class FindBar;
}  // namespace verdict::editor

namespace verdict::app {

namespace tests_panel {
class TestsPanel;
}
namespace contest {
class ContestController;
}
namespace imports {
class CompanionListener;
class ImportActions;
class PackageImporter;
class StatementPdfView;
}  // namespace imports
class Autosaver;
class EditorBinding;
class SubmissionHistory;
class Workspace;
class WorkspaceStore;

class CompileLogView;
class Settings;
class SettingsAction;
class ThemeController;
class ConnectionIndicator;
class LocalServer;
class ProblemListModel;
class ProblemView;
class ServerSession;
class SubmissionsModel;
class SubmissionsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    // With a LocalServer, follows its start (ready/failed); it is not owned. Without `settings`
    // the window reads and writes the application's own (QSettings).
    explicit MainWindow(LocalServer* server = nullptr, QWidget* parent = nullptr,
                        Settings* settings = nullptr);
    ~MainWindow() override;

    // Reached by the tests.
    editor::CodeEditor* editor() const { return m_editor; }
    QListView* problemList() const { return m_problemList; }
    QComboBox* languageChooser() const { return m_languages; }
    QAction* submitAction() const { return m_submit; }
    ProblemListModel* problems() const { return m_problems; }
    SubmissionsModel* submissions() const { return m_submissionsModel; }
    SubmissionsPanel* submissionsPanel() const { return m_submissionsPanel; }
    ConnectionIndicator* connectionIndicator() const { return m_indicator; }
    ProblemView* problemView() const { return m_problemView; }
    CompileLogView* compileLog() const { return m_compileLog; }
    editor::FindBar* findBar() const { return m_findBar; }
    tests_panel::TestsPanel* testsPanel() const { return m_testsPanel; }
    contest::ContestController* contest() const { return m_contest; }
    Settings* settings() const { return m_settings; }
    ThemeController* themeController() const { return m_theme; }
    imports::CompanionListener* companion() const { return m_companion; }
    imports::ImportActions* importActions() const { return m_importActions; }
    imports::PackageImporter* importer() const { return m_importer; }
    // The identity the workspace files this server's code under ("local" for the local judge).
    QString serverIdentity() const;
    Workspace* workspace() const { return m_workspace; }
    Autosaver* autosaver() const { return m_autosaver; }
    // Writes everything unsaved (and the window's layout) now; false when not all reached disk.
    bool saveWorkspace();
    int currentProblemId() const { return m_problem.value("id").toInt(); }
    // Selects a language by id; false when it is not in the chooser.
    bool selectLanguage(const QString& id);
    // Asynchronous; each ends with sourceFileDone (`what`: the path, or why it failed).
    void loadSourceFile(const QString& path);
    void saveSourceFile(const QString& path);

  signals:
    void sourceFileDone(bool ok, const QString& what);

  public slots:
    // The IDE's own local judge (practice); "Back to practice" returns to it.
    void connectTo(const verdict::client::ServerAddress& address, const QString& token);
    void showConnectionFailure(const QString& reason);
    void submit();
    // Moves to the next (+1) or previous (-1) problem of the list, wrapping around.
    void stepProblem(int delta);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void setUpWorkspace();
    // The problem's buffer for its last language (or the chooser's), and its own tests.
    void openProblemBuffer();
    void restoreCurrentProblem();
    QString problemKey() const;
    void buildMenus();
    void buildEditMenu();
    void buildViewMenu();
    QWidget* buildEditorPanel();
    void buildDocks();
    void wireSession();
    void onProblemChosen(const QModelIndex& index);
    void onLanguagesFetched(const QJsonArray& languages);
    void onLanguageChosen();
    void onSubmissionFinished(qint64 id, const QString& verdict);
    void onSubmissionFetched(const QJsonObject& submission);
    // Compiler output (a CE submission or test run): diagnostics on the code, the compile log.
    void showCompileOutput(const QString& output);
    void raiseDock(QWidget* content);
    // The session talks to another server: its own buffers, submissions and lists.
    void onConnectionChanged(const QString& server, const QString& username);
    void buildFileMenu();
    void addFileActions(QMenu* file);
    QString suggestedSourceName() const;
    void setUpContest();
    void setUpImport();
    void setUpSettings();
    // The settings' tab width: setLanguage() resets the indentation, so after every language.
    void applyTabWidth();
    // The Competitive Companion listener as the settings say (practice only).
    void applyCompanionSettings();
    // The settings dialog offers the server's languages as the default for new buffers.
    void offerLanguagesToSettings();
    // A problem just added (import, Competitive Companion): listed again, then opened.
    void openWhenListed(const QString& shortName);
    // The statement: a PDF one in the PDF viewer, else the text.
    void showStatementOf(const QJsonObject& problem);
    // The user's earlier submissions on this server; unfinished ones are followed again.
    void fetchHistory();
    void openSubmittedCode(qint64 id);
    void putSubmittedCode(qint64 id, const QString& language, const QString& source);
    QString languageName(const QString& id) const;

    ServerSession* m_session;
    ProblemListModel* m_problems;
    SubmissionsModel* m_submissionsModel;
    ProblemView* m_problemView;
    editor::CodeEditor* m_editor;
    QComboBox* m_languages;
    QListView* m_problemList;
    SubmissionsPanel* m_submissionsPanel;
    CompileLogView* m_compileLog;
    editor::FindBar* m_findBar;
    tests_panel::TestsPanel* m_testsPanel;
    QMenu* m_viewMenu = nullptr;
    ConnectionIndicator* m_indicator;
    QAction* m_submit;
    QJsonObject m_problem;
    bool m_historyFetched = false;
    contest::ContestController* m_contest = nullptr;
    QAction* m_backToPractice = nullptr;
    QMenu* m_fileMenu = nullptr;
    std::optional<client::ServerAddress> m_localAddress;
    QString m_localToken;
    QString m_identity;
    imports::PackageImporter* m_importer = nullptr;
    imports::ImportActions* m_importActions = nullptr;
    imports::CompanionListener* m_companion = nullptr;
    imports::StatementPdfView* m_pdfView = nullptr;
    QString m_openWhenListed;
    Settings* m_settings = nullptr;
    ThemeController* m_theme = nullptr;
    SettingsAction* m_settingsAction = nullptr;
    bool m_practising = false;
    QHash<QString, QString> m_extensions;  // file extension → language id, from the server
    static constexpr int kFileMessageMs = 8000;
    std::unique_ptr<WorkspaceStore> m_workspaceStore;
    std::unique_ptr<SubmissionHistory> m_sourceHistory;
    Workspace* m_workspace = nullptr;
    EditorBinding* m_binding = nullptr;
    Autosaver* m_autosaver = nullptr;
};

}  // namespace verdict::app
