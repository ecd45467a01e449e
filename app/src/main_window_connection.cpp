// MainWindow and its servers: the local judge for practice, a contest server through the
// contest controller, the switch between them, and what the status bar says about them.
#include <QAction>
#include <QListView>
#include <QMenuBar>
#include <QStatusBar>

#include "verdict/app/connection_indicator.h"
#include "verdict/app/contest/contest_controller.h"
#include "verdict/app/import/companion_listener.h"
#include "verdict/app/import/import_actions.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/problem_view.h"
#include "verdict/app/server_session.h"
#include "verdict/app/submissions_model.h"
#include "verdict/app/workspace/workspace.h"

namespace verdict::app {

namespace {

const QString kLocalIdentity = QStringLiteral("local");
constexpr int kReadyMessageMs = 5000;

}  // namespace

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect to contest server…"), this,
                                             [this] { m_contest->showConnectDialog(this); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_backToPractice = file->addAction(tr("&Back to practice (local judge)"), this, [this] {
        if (m_localAddress)
            connectTo(*m_localAddress, m_localToken);
    });
    m_backToPractice->setEnabled(false);
    file->addSeparator();
    addFileActions(file);
    file->addSeparator();
    file->addAction(m_importActions->importFolderAction());
    file->addAction(m_importActions->importZipAction());
    file->addSeparator();
    m_fileMenu = file;
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void MainWindow::setUpContest() {
    m_contest = new contest::ContestController(*m_session, *m_submissionsModel, nullptr, this);
    statusBar()->addPermanentWidget(m_contest->clockWidget());
    statusBar()->addPermanentWidget(m_contest->statusWidget());
    m_contest->statusWidget()->hide();  // the indicator speaks until a server answers
    connect(m_contest, &contest::ContestController::connectionChanged, this,
            &MainWindow::onConnectionChanged);
    connect(m_contest, &contest::ContestController::reconnected, m_session,
            &ServerSession::fetchProblems);
    connect(
        &m_contest->resumer(), &contest::SubmissionResumer::followFailed, this,
        [this](qint64 id, const QString& why) {
            statusBar()->showMessage(tr("Lost the events of submission %1: %2").arg(id).arg(why));
        });
}

void MainWindow::connectTo(const client::ServerAddress& address, const QString& token) {
    m_localAddress = address;
    m_localToken = token;
    m_identity = kLocalIdentity;
    m_contest->useConnection(address, token, QStringLiteral("admin"));
}

QString MainWindow::serverIdentity() const {
    return m_identity;
}

// Everything that belonged to the previous server goes: its submissions (ids differ), its
// problems and the open problem; the workspace switches to this server's buffers.
void MainWindow::onConnectionChanged(const QString& server, const QString& username) {
    const bool local = m_localAddress &&
                       m_session->address().toString() == m_localAddress->toString() &&
                       m_session->token() == m_localToken;
    if (!local)
        m_identity = server + QLatin1Char(' ') + username;
    m_workspace->setServer(m_identity);
    m_submissionsModel->clear();
    m_problem = {};
    m_problemList->clearSelection();
    m_problemList->setCurrentIndex({});
    m_problems->setProblems({});
    m_historyFetched = false;
    m_backToPractice->setEnabled(!local && m_localAddress.has_value());
    // Problems arrive from Competitive Companion and imports only where we are admin.
    m_importActions->importFolderAction()->setEnabled(local);
    m_importActions->importZipAction()->setEnabled(local);
    m_practising = local;
    applyCompanionSettings();
    m_indicator->setState(ConnectionState::Connected,
                          local ? tr("Local judge at %1").arg(server) : server);
    m_indicator->hide();
    statusBar()->showMessage(local ? tr("The local judge is ready.")
                                   : tr("Connected to %1 as %2.").arg(server, username),
                             kReadyMessageMs);
    m_contest->statusWidget()->show();
    setWindowTitle(local ? tr("Verdict — practice")
                         : tr("Verdict — %1 @ %2").arg(username, server));
    m_session->fetchLanguages();
    m_session->fetchProblems();
}

void MainWindow::showConnectionFailure(const QString& reason) {
    m_indicator->setState(ConnectionState::Failed, reason);
    m_indicator->show();
    m_problemView->showMessage(tr("The local judge is not running"), reason);
    statusBar()->showMessage(tr("The local judge could not be started."));
}

}  // namespace verdict::app
