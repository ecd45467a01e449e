#include "verdict/app/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "verdict/app/compile_log_view.h"
#include "verdict/app/connection_indicator.h"
#include "verdict/app/local_server.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/problem_view.h"
#include "verdict/app/server_session.h"
#include "verdict/app/settings/settings.h"
#include "verdict/app/settings/settings_action.h"
#include "verdict/app/submissions_model.h"
#include "verdict/app/submissions_panel.h"
#include "verdict/app/tests_panel/tests_panel.h"
#include "verdict/app/workspace/editor_binding.h"
#include "verdict/app/workspace/submission_history.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"
#include "verdict/editor/code_editor.h"
#include "verdict/editor/find_bar.h"

namespace verdict::app {

MainWindow::MainWindow(LocalServer* server, QWidget* parent, Settings* settings)
    : QMainWindow(parent),
      m_session(new ServerSession(this)),
      m_problems(new ProblemListModel(this)),
      m_submissionsModel(new SubmissionsModel(this)),
      m_problemView(new ProblemView),
      m_editor(new editor::CodeEditor),
      m_languages(new QComboBox),
      m_problemList(new QListView),
      m_submissionsPanel(new SubmissionsPanel(m_submissionsModel)),
      m_compileLog(new CompileLogView),
      m_findBar(new editor::FindBar(m_editor)),
      m_testsPanel(new tests_panel::TestsPanel(m_session)),
      m_indicator(new ConnectionIndicator),
      m_submit(new QAction(tr("&Submit"), this)) {
    m_settings = settings ? settings : new Settings(this);
    setWindowTitle(tr("Verdict"));
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_problemView);
    split->addWidget(buildEditorPanel());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    setCentralWidget(split);
    buildDocks();
    setUpContest();
    setUpImport();
    setUpSettings();
    buildMenus();
    statusBar()->addPermanentWidget(m_indicator);
    wireSession();
    setUpWorkspace();
    if (server) {
        connect(server, &LocalServer::progressed, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
        connect(server, &LocalServer::ready, this,
                [this](const client::ServerAddress& address, const QString& token) {
                    connectTo(address, token);
                });
        connect(server, &LocalServer::failed, this, &MainWindow::showConnectionFailure);
    }
    resize(1280, 800);
}

QWidget* MainWindow::buildEditorPanel() {
    auto* panel = new QWidget;
    auto* bar = new QHBoxLayout;
    auto* submitButton = new QToolButton;
    submitButton->setDefaultAction(m_submit);
    submitButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(new QLabel(tr("Language:")));
    bar->addWidget(m_languages, 1);
    bar->addWidget(submitButton);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    m_languages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_languages, &QComboBox::currentIndexChanged, this, &MainWindow::onLanguageChosen);
    return panel;
}

void MainWindow::buildDocks() {
    m_problemList->setModel(m_problems);
    m_problemList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_problemList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onProblemChosen(current); });
    auto* problemsDock = new QDockWidget(tr("Problems"));
    problemsDock->setObjectName("problems");
    problemsDock->setWidget(m_problemList);
    addDockWidget(Qt::LeftDockWidgetArea, problemsDock);

    auto* submissionsDock = new QDockWidget(tr("Submissions"));
    submissionsDock->setObjectName("submissions");
    submissionsDock->setWidget(m_submissionsPanel);
    connect(m_submissionsPanel, &SubmissionsPanel::openCodeRequested, this,
            &MainWindow::openSubmittedCode);
    addDockWidget(Qt::BottomDockWidgetArea, submissionsDock);

    m_testsPanel->setSourceProvider(
        [this] { return qMakePair(m_languages->currentData().toString(), m_editor->text()); });
    connect(m_testsPanel, &tests_panel::TestsPanel::compileFailed, this,
            &MainWindow::showCompileOutput);
    connect(m_testsPanel->runAllAction(), &QAction::triggered, this,
            [this] { raiseDock(m_testsPanel); });
    connect(m_testsPanel->runSelectedAction(), &QAction::triggered, this,
            [this] { raiseDock(m_testsPanel); });
    auto* testsDock = new QDockWidget(tr("Tests"));
    testsDock->setObjectName("tests");
    testsDock->setWidget(m_testsPanel);
    tabifyDockWidget(submissionsDock, testsDock);

    auto* compileDock = new QDockWidget(tr("Compile output"));
    compileDock->setObjectName("compile-output");
    compileDock->setWidget(m_compileLog);
    tabifyDockWidget(submissionsDock, compileDock);
    submissionsDock->raise();
    connect(m_compileLog, &CompileLogView::diagnosticActivated, this,
            [this](const editor::Diagnostic& diagnostic) {
                m_editor->goToLine(diagnostic.line);
                m_editor->setFocus();
            });
    resizeDocks({problemsDock}, {200}, Qt::Horizontal);
    resizeDocks({submissionsDock}, {220}, Qt::Vertical);
}

void MainWindow::buildMenus() {
    buildFileMenu();
    QMenu* judge = menuBar()->addMenu(tr("&Judge"));
    m_submit->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_submit->setToolTip(tr("Submit the code to the judge (%1)")
                             .arg(m_submit->shortcut().toString(QKeySequence::NativeText)));
    connect(m_submit, &QAction::triggered, this, &MainWindow::submit);
    judge->addAction(m_testsPanel->runAllAction());
    judge->addAction(m_testsPanel->runSelectedAction());
    judge->addAction(m_testsPanel->addTestAction());
    judge->addSeparator();
    judge->addAction(m_submit);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* nextProblem = go->addAction(tr("&Next problem"), this, [this] { stepProblem(1); });
    nextProblem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* previousProblem =
        go->addAction(tr("&Previous problem"), this, [this] { stepProblem(-1); });
    previousProblem->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    buildEditMenu();
    buildViewMenu();
}

void MainWindow::buildEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    auto add = [this, edit](const QString& text, const QKeySequence& key, auto slot) {
        QAction* action = edit->addAction(text, this, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    add(tr("&Undo"), QKeySequence::Undo, [this] { m_editor->undo(); });
    add(tr("&Redo"), QKeySequence::Redo, [this] { m_editor->redo(); });
    edit->addSeparator();
    add(tr("&Find…"), QKeySequence::Find, [this] { m_findBar->showFind(); });
    add(tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_findBar->showReplace(); });
    add(tr("Find &next"), QKeySequence::FindNext, [this] { m_findBar->findNext(); });
    add(tr("Find &previous"), QKeySequence::FindPrevious, [this] { m_findBar->findPrevious(); });
    add(tr("Select next &occurrence"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { m_editor->selectNextOccurrence(); });
    edit->addSeparator();
    add(tr("&Go to line…"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
        bool ok = false;
        const int line =
            QInputDialog::getInt(this, tr("Go to line"), tr("Line (1–%1):").arg(m_editor->lines()),
                                 1, 1, std::max(1, m_editor->lines()), 1, &ok);
        if (ok)
            m_editor->goToLine(line);
    });
    add(tr("Next &error"), QKeySequence(Qt::Key_F8), [this] { m_editor->goToNextDiagnostic(); });
    edit->addSeparator();
    edit->addAction(m_settingsAction);
}

void MainWindow::buildViewMenu() {
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* in = m_viewMenu->addAction(tr("Zoom &in"), this, [this] { m_editor->zoomIn(); });
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* out = m_viewMenu->addAction(tr("Zoom &out"), this, [this] { m_editor->zoomOut(); });
    out->setShortcut(QKeySequence::ZoomOut);
    QAction* reset =
        m_viewMenu->addAction(tr("&Reset zoom"), this, [this] { m_editor->resetZoom(); });
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::stepProblem(int delta) {
    const int count = m_problems->rowCount();
    if (count == 0)
        return;
    const int current = m_problemList->currentIndex().isValid()
                            ? m_problemList->currentIndex().row()
                            : (delta > 0 ? -1 : 0);
    m_problemList->setCurrentIndex(m_problems->index(((current + delta) % count + count) % count));
}

}  // namespace verdict::app
