#include "verdict/app/import/companion_listener.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include "verdict/app/import/companion_package.h"
#include "verdict/app/import/package_importer.h"
#include "verdict/app/import/short_names.h"

namespace verdict::app::imports {

namespace {

// A connection that has not sent a whole request by then is dropped.
constexpr int kRequestTimeoutMs = 30000;

}  // namespace

CompanionListener::CompanionListener(ServerSession* session, QObject* parent)
    : QObject(parent),
      m_importer(new PackageImporter(session, this)),
      m_root(defaultPackagesDirectory()) {
    connect(&m_server, &QTcpServer::newConnection, this, &CompanionListener::onNewConnection);
}

QString CompanionListener::defaultPackagesDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/companion");
}

bool CompanionListener::start() {
    stop();
    if (m_server.listen(QHostAddress::LocalHost, m_port))
        return true;
    emit failed(tr("Cannot listen for Competitive Companion on 127.0.0.1:%1: %2. Another "
                   "program may be using the port; choose another one in the settings (and the "
                   "same one in the extension).")
                    .arg(m_port)
                    .arg(m_server.errorString()));
    return false;
}

void CompanionListener::stop() {
    m_server.close();
}

void CompanionListener::onNewConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_requests.insert(socket, CompanionRequest());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_requests.remove(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void CompanionListener::onReadyRead(QTcpSocket* socket) {
    auto request = m_requests.find(socket);
    if (request == m_requests.end())
        return;
    const auto state = request->feed(socket->readAll());
    if (state == CompanionRequest::State::Refused) {
        const int status = request->refusalStatus();
        const QString reason = request->refusalReason();
        m_requests.erase(request);
        return answer(socket, status, reason);
    }
    if (state == CompanionRequest::State::Complete) {
        const QByteArray body = request->body();
        m_requests.erase(request);
        accept(socket, body);
    }
}

void CompanionListener::answer(QTcpSocket* socket, int status, const QString& message) {
    if (status != 200) {
        qWarning("Competitive Companion: refused a request from %s with HTTP %d: %s",
                 qPrintable(socket->peerAddress().toString()), status, qPrintable(message));
        emit failed(tr("A Competitive Companion request was refused: %1").arg(message));
    }
    socket->write(httpResponse(status, message.toUtf8() + '\n'));
    socket->disconnectFromHost();
}

void CompanionListener::accept(QTcpSocket* socket, const QByteArray& body) {
    QString error;
    const auto problem = parseCompanionProblem(body, error);
    if (!problem)
        return answer(socket, 400, error);
    const QString folder = folderFor(companionSlug(*problem));
    if (!writeCompanionPackage(*problem, folder, error))
        return answer(socket, 500, error);
    answer(socket, 200, tr("Received \"%1\"").arg(problem->name));
    m_pending.enqueue(folder);
    if (m_importing.isEmpty())
        importNext();
}

// Problems of the same slug waiting in the queue keep their own folders.
QString CompanionListener::folderFor(const QString& slug) const {
    QStringList busy;
    for (const QString& folder : m_pending)
        busy << QFileInfo(folder).fileName();
    if (!m_importing.isEmpty())
        busy << QFileInfo(m_importing).fileName();
    return QDir(m_root).filePath(freeShortName(slug, busy));
}

void CompanionListener::importNext() {
    if (m_pending.isEmpty()) {
        m_importing.clear();
        return;
    }
    m_importing = m_pending.dequeue();
    m_importer->importPackage(m_importing, {}, [this](const UploadOutcome& outcome) {
        if (outcome.ok())
            emit problemReceived(outcome.shortName);
        else
            emit failed(tr("Competitive Companion: %1").arg(outcome.error));
        importNext();
    });
}

}  // namespace verdict::app::imports
