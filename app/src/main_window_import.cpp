// MainWindow and new problems: packages imported from a folder or a zip, problems sent by
// Competitive Companion (practice only: it needs the local judge's admin), PDF statements.
#include <QAction>
#include <QListView>
#include <QMessageBox>
#include <QStatusBar>

#include "verdict/app/import/companion_listener.h"
#include "verdict/app/import/import_actions.h"
#include "verdict/app/import/package_importer.h"
#include "verdict/app/import/statement_fetch.h"
#include "verdict/app/import/statement_pdf_view.h"
#include "verdict/app/main_window.h"
#include "verdict/app/problem_list_model.h"
#include "verdict/app/problem_view.h"
#include "verdict/app/server_session.h"

namespace verdict::app {

void MainWindow::setUpImport() {
    m_importer = new imports::PackageImporter(m_session, this);
    m_importActions = new imports::ImportActions(m_importer, this);
    m_importActions->importFolderAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importer, &imports::PackageImporter::imported, this,
            [this](int, const QString& shortName) {
                statusBar()->showMessage(tr("Imported “%1”.").arg(shortName), 8000);
                openWhenListed(shortName);
            });
    connect(m_importer, &imports::PackageImporter::failed, this, [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("The problem was not imported"),
                                    message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    });
    m_companion = new imports::CompanionListener(m_session, this);
    connect(m_companion, &imports::CompanionListener::problemReceived, this,
            [this](const QString& shortName) {
                statusBar()->showMessage(
                    tr("Competitive Companion sent “%1”: it is ready to practise.").arg(shortName),
                    8000);
                openWhenListed(shortName);
            });
    connect(m_companion, &imports::CompanionListener::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::openWhenListed(const QString& shortName) {
    m_openWhenListed = shortName;
    m_session->fetchProblems();
}

void MainWindow::showStatementOf(const QJsonObject& problem) {
    if (!imports::isPdfStatement(problem)) {
        m_problemView->setStatementWidget(nullptr);
        return;
    }
    if (!m_pdfView) {
        m_pdfView = new imports::StatementPdfView;
        connect(m_pdfView, &imports::StatementPdfView::failed, this, [this](const QString& why) {
            statusBar()->showMessage(tr("The PDF statement could not be shown: %1").arg(why));
        });
    }
    m_problemView->setStatementWidget(m_pdfView);
    m_pdfView->loadStatement(m_session, problem.value("id").toInt());
}

}  // namespace verdict::app
