#pragma once
// The IDE's own verdict-server for offline practice: started on loopback with a data dir in the
// user's data location, logged into as its admin, loaded with the bundled problems; stopped
// (SIGTERM, then a wait) with the IDE.
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include "verdict/client/client.h"

namespace verdict::app {

class LocalServer : public QObject {
    Q_OBJECT
  public:
    explicit LocalServer(QObject* parent = nullptr);
    ~LocalServer() override;

    // $VERDICT_SERVER_BINARY, else verdict-server next to this executable.
    static QString serverBinary();
    // QStandardPaths::AppDataLocation/server.
    static QString defaultDataDirectory();

    void setDataDirectory(const QString& directory) { m_dataDir = directory; }
    QString dataDirectory() const { return m_dataDir; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

  public slots:
    // Asynchronous: ends with ready() or failed().
    void start();
    // Blocking: SIGTERM, then waits for the exit (SIGKILL after the drain time).
    void stop();

  signals:
    void progressed(const QString& message);
    void ready(const verdict::client::ServerAddress& address, const QString& token);
    void failed(const QString& reason);

  private:
    void pollPortFile();
    void onPortKnown(const QString& port);
    void fail(const QString& reason);
    QString logTail() const;

    QString m_dataDir;
    QString m_password;
    QProcess m_process;
    QTimer m_poll;
    QElapsedTimer m_waited;
};

}  // namespace verdict::app

Q_DECLARE_METATYPE(verdict::client::ServerAddress)
