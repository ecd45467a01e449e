#pragma once
// Imports problem packages (a folder, or a .zip / .kpp) into the server the IDE is connected to
// (in practice mode: the local judge, whose admin token the session holds). Each import runs on
// a worker thread through ServerSession::request(); the answer comes back as a signal.
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

#include "verdict/app/import/package_upload.h"

namespace verdict::app {
class ServerSession;
}

namespace verdict::app::imports {

class PackageImporter : public QObject {
    Q_OBJECT
  public:
    explicit PackageImporter(ServerSession* session, QObject* parent = nullptr);

    void setConflictPolicy(ConflictPolicy policy) { m_policy = policy; }
    ConflictPolicy conflictPolicy() const { return m_policy; }
    int importsRunning() const { return m_running; }

    using Then = std::function<void(const UploadOutcome&)>;
    // Asynchronous: ends with imported() or failed(), then `then` (if given) with the outcome.
    // `shortName` empty: from the folder or file name.
    void importPackage(const QString& path, const QString& shortName = {}, Then then = {});

  signals:
    void imported(int id, const QString& shortName);
    // `message` is for people: what is wrong with the package, or with the upload.
    void failed(const QString& message);

  private:
    void finish(const UploadOutcome& outcome, const Then& then);

    QPointer<ServerSession> m_session;
    ConflictPolicy m_policy = ConflictPolicy::Rename;
    int m_running = 0;
};

}  // namespace verdict::app::imports
