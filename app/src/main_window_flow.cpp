// MainWindow: what happens on the server's answers (problems, languages, submissions).
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QListView>
#include <QStatusBar>
#include <nlohmann/json.hpp>
#include <utility>

#include "verdict/app/compile_log_view.h"
#include "verdict/app/connection_indicator.h"
#include "verdict/app/json_bridge.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/problem_view.h"
#include "verdict/app/server_session.h"
#include "verdict/app/settings/settings.h"
#include "verdict/app/settings/submit_confirmation.h"
#include "verdict/app/submissions_model.h"
#include "verdict/app/submissions_panel.h"
#include "verdict/app/tests_panel/tests_panel.h"
#include "verdict/app/workspace/editor_binding.h"
#include "verdict/app/workspace/submission_history.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"
#include "verdict/editor/code_editor.h"
#include "verdict/editor/compiler_output_parser.h"
#include "verdict/editor/templates.h"

namespace verdict::app {

namespace {

constexpr int kMessageMs = 8000;

}  // namespace

void MainWindow::wireSession() {
    connect(m_session, &ServerSession::problemsFetched, this, [this](const QJsonArray& problems) {
        m_problems->setProblems(problems);
        if (const int row = m_problems->rowOf(std::exchange(m_openWhenListed, {})); row >= 0)
            m_problemList->setCurrentIndex(m_problems->index(row));
        restoreCurrentProblem();
        if (!m_historyFetched)
            fetchHistory();
    });
    connect(m_session, &ServerSession::problemFetched, this, [this](const QJsonObject& problem) {
        m_problem = problem;
        m_problemView->showProblem(problem);
        showStatementOf(problem);
        m_submissionsPanel->setCurrentProblem(currentProblemId());
        m_testsPanel->setProblem(problem);
        if (m_languages->count() > 0)
            openProblemBuffer();  // else once the languages arrive
    });
    connect(m_session, &ServerSession::languagesFetched, this, &MainWindow::onLanguagesFetched);
    connect(m_session, &ServerSession::submitted, this,
            [this](qint64 id, int problemId, const QString& language, const QString&) {
                m_submissionsModel->addSubmission(id, m_problems->nameOf(problemId),
                                                  languageName(language), problemId);
            });
    connect(m_session, &ServerSession::submissionEventReceived, m_submissionsModel,
            &SubmissionsModel::applyEvent);
    connect(m_submissionsModel, &SubmissionsModel::submissionFinished, this,
            &MainWindow::onSubmissionFinished);
    connect(m_session, &ServerSession::submissionFetched, this, &MainWindow::onSubmissionFetched);
    connect(m_session, &ServerSession::followFailed, this, [this](qint64 id, const QString& why) {
        statusBar()->showMessage(tr("Lost the events of submission %1: %2").arg(id).arg(why));
    });
    connect(m_session, &ServerSession::requestFailed, this,
            [this](const QString& what, const QString& message) {
                statusBar()->showMessage(tr("Request “%1” failed: %2").arg(what, message));
            });
}

void MainWindow::onProblemChosen(const QModelIndex& index) {
    if (index.isValid())
        m_session->fetchProblem(index.data(ProblemListModel::IdRole).toInt());
}

void MainWindow::onLanguagesFetched(const QJsonArray& languages) {
    const QSignalBlocker blocker(m_languages);
    m_languages->clear();
    m_extensions.clear();
    for (const QJsonValue& value : languages) {
        const QJsonObject language = value.toObject();
        if (!language.value("available").toBool())
            continue;
        m_languages->addItem(language.value("name").toString(), language.value("id").toString());
        // The first language of the catalogue keeps an extension (py: python3, not pypy3).
        for (const QJsonValue& extension : language.value("extensions").toArray())
            if (!m_extensions.contains(extension.toString()))
                m_extensions.insert(extension.toString(), language.value("id").toString());
    }
    const int preferred = m_languages->findData(m_settings->defaultLanguage());
    m_languages->setCurrentIndex(preferred >= 0 ? preferred : 0);
    offerLanguagesToSettings();
    if (!m_problem.isEmpty()) {
        openProblemBuffer();
    } else {
        m_editor->setLanguage(m_languages->currentData().toString());
        applyTabWidth();
    }
}

bool MainWindow::selectLanguage(const QString& id) {
    const int index = m_languages->findData(id);
    if (index >= 0)
        m_languages->setCurrentIndex(index);
    return index >= 0;
}

// Each language has its own buffer per problem: the code typed for the old one stays there.
void MainWindow::onLanguageChosen() {
    const QString id = m_languages->currentData().toString();
    m_editor->setLanguage(id);
    applyTabWidth();
    if (!m_problem.isEmpty())
        m_binding->open(problemKey(), id, editor::templateFor(id));
}

void MainWindow::submit() {
    if (!m_session->isConnected())
        return statusBar()->showMessage(tr("Not connected to a judge."), kMessageMs);
    if (m_problem.isEmpty())
        return statusBar()->showMessage(tr("Choose a problem first."), kMessageMs);
    if (m_languages->currentData().toString().isEmpty())
        return statusBar()->showMessage(tr("Choose a language first."), kMessageMs);
    if (!confirmSubmission(this, *m_settings, m_problem.value("name").toString(),
                           m_languages->currentText()))
        return;
    m_editor->clearDiagnostics();
    raiseDock(m_submissionsPanel);
    m_session->submit(currentProblemId(), m_languages->currentData().toString(), m_editor->text());
    statusBar()->showMessage(tr("Submitting…"), kMessageMs);
}

void MainWindow::onSubmissionFinished(qint64 id, const QString& verdict) {
    statusBar()->showMessage(
        tr("Submission %1: %2").arg(id).arg(SubmissionsModel::verdictName(verdict)));
    if (verdict == QLatin1String("CE"))
        m_session->fetchSubmission(id);
}

void MainWindow::onSubmissionFetched(const QJsonObject& submission) {
    showCompileOutput(submission.value("result")
                          .toObject()
                          .value("compile")
                          .toObject()
                          .value("output")
                          .toString());
}

void MainWindow::showCompileOutput(const QString& output) {
    const auto diagnostics = editor::parseCompilerOutput(output);
    m_editor->setDiagnostics(diagnostics);
    m_compileLog->showLog(output, diagnostics);
    raiseDock(m_compileLog);
    if (!diagnostics.isEmpty())
        m_editor->goToLine(diagnostics.first().line);
}

void MainWindow::raiseDock(QWidget* content) {
    if (auto* dock = qobject_cast<QDockWidget*>(content->parentWidget()))
        dock->raise();
}

QString MainWindow::languageName(const QString& id) const {
    const int index = m_languages->findData(id);
    return index >= 0 ? m_languages->itemText(index).section(" (", 0, 0) : id;
}

void MainWindow::fetchHistory() {
    m_historyFetched = true;
    m_session->request(
        "history", [](client::Client& api) { return api.get("/api/v1/submissions?limit=200"); },
        [this](const nlohmann::json& value) {
            const QJsonArray list = toQt(value).toArray();
            // Newest first on the wire; the model shows the oldest first.
            for (qsizetype i = list.size() - 1; i >= 0; --i) {
                const QJsonObject submission = list.at(i).toObject();
                const qint64 id = submission.value("id").toInteger();
                const bool added = m_submissionsModel->addFromServer(
                    submission, m_problems->nameOf(submission.value("problem").toInt()),
                    languageName(submission.value("language").toString()));
                if (added && submission.value("status").toString() != QLatin1String("done"))
                    m_session->follow(
                        client::Target::Submission, id,
                        [this, id](const QJsonObject& event) {
                            m_submissionsModel->applyEvent(id, event);
                        },
                        [this, id](const QString& why) {
                            statusBar()->showMessage(
                                tr("Lost the events of submission %1: %2").arg(id).arg(why));
                        });
            }
        });
}

// The local copy kept at submit time when there is one (no network), else the server's.
void MainWindow::openSubmittedCode(qint64 id) {
    if (const auto kept = m_sourceHistory->find(m_workspace->server(), problemKey(), id))
        return putSubmittedCode(id, kept->language, kept->text);
    const std::string path = "/api/v1/submissions/" + std::to_string(id);
    m_session->request(
        "submission", [path](client::Client& api) { return api.get(path); },
        [this, id](const nlohmann::json& value) {
            const QJsonObject submission = toQt(value).toObject();
            if (submission.value("problem").toInt() == currentProblemId())
                putSubmittedCode(id, submission.value("language").toString(),
                                 submission.value("source").toString());
        });
}

void MainWindow::putSubmittedCode(qint64 id, const QString& language, const QString& source) {
    selectLanguage(language);
    // One undo step brings the previous text back.
    m_editor->selectAll();
    m_editor->replaceSelectedText(source);
    statusBar()->showMessage(
        tr("The code of submission %1 is in the editor (Ctrl+Z brings yours back).").arg(id),
        kMessageMs);
}

}  // namespace verdict::app
