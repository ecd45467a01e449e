#include "verdict/app/import/statement_pdf_view.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "verdict/app/import/short_names.h"
#include "verdict/app/import/statement_fetch.h"
#include "verdict/app/server_session.h"

#ifdef VERDICT_HAVE_QT_PDF
#include <QPdfDocument>
#include <QPdfView>
#endif

namespace verdict::app::imports {

StatementPdfView::StatementPdfView(QWidget* parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_openAgain(new QPushButton(tr("Open again"), this)),
      m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); }) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(m_openAgain, 0, Qt::AlignLeft);
    m_openAgain->hide();
    connect(m_openAgain, &QPushButton::clicked, this,
            [this] { m_opener(QUrl::fromLocalFile(m_externalFile)); });
#ifdef VERDICT_HAVE_QT_PDF
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    layout->addWidget(m_view, 1);
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready) {
            m_status->hide();
            emit loaded();
        } else if (status == QPdfDocument::Status::Error) {
            fail(tr("The statement is not a PDF that can be shown."));
        }
    });
#else
    layout->addStretch(1);
#endif
}

void StatementPdfView::loadStatement(ServerSession* session, int problemId,
                                     const QString& language) {
    const int serial = ++m_serial;
    clear();
    if (!session || !session->isConnected())
        return fail(tr("The statement cannot be fetched: the IDE is not connected to a judge."));
    m_status->setText(tr("Loading the statement…"));
    m_status->show();
    const QString title = QStringLiteral("statement-%1").arg(problemId);
    fetchStatement(session, problemId, language, QStringLiteral("pdf"), this,
                   [this, serial, title](const StatementFile& file) {
                       if (serial != m_serial)
                           return;
                       if (!file.ok())
                           return fail(file.error);
                       showPdf(file.bytes, title);
                   });
}

void StatementPdfView::clear() {
    m_openAgain->hide();
#ifdef VERDICT_HAVE_QT_PDF
    m_document->close();
    delete m_buffer;
    m_buffer = nullptr;
#endif
}

void StatementPdfView::showPdf(const QByteArray& bytes, const QString& title) {
#ifdef VERDICT_HAVE_QT_PDF
    clear();
    // QPdfDocument reads from the device while it is open: the buffer lives with the document.
    m_buffer = new QBuffer(this);
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    Q_UNUSED(title);
#else
    openExternally(bytes, title);
#endif
}

void StatementPdfView::openExternally(const QByteArray& bytes, const QString& title) {
    if (!m_files.isValid())
        return fail(tr("Cannot create a temporary folder: %1").arg(m_files.errorString()));
    QString name = shortNameFrom(title);
    m_externalFile = m_files.filePath((name.isEmpty() ? QStringLiteral("statement") : name) +
                                      QStringLiteral(".pdf"));
    QFile file(m_externalFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(tr("Cannot write %1: %2").arg(m_externalFile, file.errorString()));
    file.close();
    if (!m_opener(QUrl::fromLocalFile(m_externalFile)))
        return fail(
            tr("No program opened the PDF statement; it is saved as %1.").arg(m_externalFile));
    m_status->setText(tr("The statement (a PDF) is open in the system's viewer."));
    m_status->show();
    m_openAgain->show();
    emit loaded();
}

void StatementPdfView::fail(const QString& message) {
    m_status->setText(message);
    m_status->show();
    emit failed(message);
}

}  // namespace verdict::app::imports
