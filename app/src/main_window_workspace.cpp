// MainWindow and the workspace: every buffer and own test is autosaved; the problem, language,
// cursor and window layout come back on the next start; each submitted source is kept locally.
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QListView>
#include <QMessageBox>
#include <QStatusBar>

#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/server_session.h"
#include "verdict/app/settings/settings.h"
#include "verdict/app/tests_panel/test_cases_model.h"
#include "verdict/app/tests_panel/tests_panel.h"
#include "verdict/app/workspace/autosaver.h"
#include "verdict/app/workspace/editor_binding.h"
#include "verdict/app/workspace/submission_history.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"
#include "verdict/editor/code_editor.h"
#include "verdict/editor/templates.h"

namespace verdict::app {

void MainWindow::setUpWorkspace() {
    m_workspaceStore = std::make_unique<WorkspaceStore>(WorkspaceStore::defaultDirectory());
    m_sourceHistory = std::make_unique<SubmissionHistory>(m_workspaceStore->directory());
    m_workspace = new Workspace(this);
    const auto loaded = m_workspaceStore->load();
    m_workspace->restore(loaded.contents);
    m_binding = new EditorBinding(m_workspace, m_editor, this);
    m_autosaver = new Autosaver(m_workspace, m_workspaceStore.get(), this);
    m_autosaver->setDelay(m_settings->autosaveDelayMs());
    connect(m_settings, &Settings::autosaveDelayChanged, m_autosaver, &Autosaver::setDelay);
    connect(m_autosaver, &Autosaver::saveFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message));
    });
    restoreGeometry(m_workspace->windowGeometry());
    restoreState(m_workspace->windowState());
    if (!loaded.skipped.isEmpty()) {
        auto* notice = new QMessageBox(QMessageBox::Warning, tr("Some saved work was damaged"),
                                       tr("These saved files could not be read and were left "
                                          "out; everything else was restored:\n\n%1")
                                           .arg(loaded.skipped.join(QLatin1Char('\n'))),
                                       QMessageBox::Ok, this);
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->setModal(false);
        notice->show();
    }
    connect(m_testsPanel->model(), &tests_panel::TestCasesModel::ownTestsChanged, this, [this] {
        if (!problemKey().isEmpty())
            m_workspace->setOwnTests(problemKey(), m_testsPanel->model()->ownTestsJson());
    });
    connect(
        m_session, &ServerSession::submitted, this,
        [this](qint64 id, int problemId, const QString& language, const QString& source) {
            QString error;
            if (!m_sourceHistory->record({m_workspace->server(), m_problems->shortNameOf(problemId),
                                          language, id, QDateTime::currentDateTimeUtc(), source},
                                         &error))
                statusBar()->showMessage(
                    tr("Could not keep a copy of submission %1: %2").arg(id).arg(error));
        });
}

MainWindow::~MainWindow() {
    saveWorkspace();
}

QString MainWindow::problemKey() const {
    return m_problem.value("short_name").toString();
}

bool MainWindow::saveWorkspace() {
    if (!m_autosaver)
        return true;
    m_workspace->setWindowGeometry(saveGeometry());
    m_workspace->setWindowState(saveState());
    return m_autosaver->flush();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!saveWorkspace())
        statusBar()->showMessage(tr("Some of your work could not be saved: see the messages."));
    event->accept();
}

void MainWindow::openProblemBuffer() {
    const QString problem = problemKey();
    QString language = m_workspace->lastLanguage(problem);
    if (language.isEmpty() || m_languages->findData(language) < 0)
        language = m_languages->currentData().toString();
    {
        const QSignalBlocker blocker(m_languages);
        m_languages->setCurrentIndex(m_languages->findData(language));
    }
    m_editor->setLanguage(language);
    applyTabWidth();
    m_binding->open(problem, language, editor::templateFor(language));
    m_testsPanel->model()->setOwnTestsJson(m_workspace->ownTests(problem).value_or(QJsonArray{}));
}

// The problem the contestant had open last time once the list has it (else the first one).
void MainWindow::restoreCurrentProblem() {
    if (m_problemList->currentIndex().isValid() || m_problems->rowCount() == 0)
        return;
    const int row = m_problems->rowOf(m_workspace->currentProblem());
    m_problemList->setCurrentIndex(m_problems->index(row >= 0 ? row : 0));
}

}  // namespace verdict::app
