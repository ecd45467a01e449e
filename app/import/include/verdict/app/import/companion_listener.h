#pragma once
// Listens for Competitive Companion (the browser extension) on 127.0.0.1, port 10043 unless
// set otherwise. Each POSTed problem is checked, written as a package folder under
// AppDataLocation/companion/<slug>/ and imported into the IDE's server; a contest sent as a
// batch arrives as several POSTs and is imported one problem after the other, in order.
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTcpServer>

#include "verdict/app/import/companion_request.h"

class QTcpSocket;

namespace verdict::app {
class ServerSession;
}

namespace verdict::app::imports {

class PackageImporter;

class CompanionListener : public QObject {
    Q_OBJECT
  public:
    static constexpr quint16 kDefaultPort = 10043;

    explicit CompanionListener(ServerSession* session, QObject* parent = nullptr);

    // Takes effect at the next start(); 0 picks a free port (tests).
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    // The port actually listened on; 0 when not listening.
    quint16 listeningPort() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }
    // Where received problems are written; default AppDataLocation/companion.
    void setPackagesDirectory(const QString& directory) { m_root = directory; }
    QString packagesDirectory() const { return m_root; }
    static QString defaultPackagesDirectory();
    PackageImporter* importer() const { return m_importer; }

  public slots:
    // Starts listening on port(), closing an earlier listening socket first (so a changed port
    // takes effect). False, with failed() saying why, when the port is taken: the rest of the
    // IDE goes on without the listener.
    bool start();
    void stop();

  signals:
    // A problem is on the server under `shortName`.
    void problemReceived(const QString& shortName);
    // A refused request, a problem that cannot be imported, or a port that is taken.
    void failed(const QString& message);

  private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int status, const QString& message);
    void accept(QTcpSocket* socket, const QByteArray& body);
    QString folderFor(const QString& slug) const;
    void importNext();

    PackageImporter* m_importer;
    QTcpServer m_server;
    quint16 m_port = kDefaultPort;
    QString m_root;
    QHash<QTcpSocket*, CompanionRequest> m_requests;
    QQueue<QString> m_pending;  // package folders waiting for their import
    QString m_importing;        // the folder being imported, or ""
};

}  // namespace verdict::app::imports
