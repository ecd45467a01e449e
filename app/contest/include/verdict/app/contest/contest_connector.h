#pragma once
// Logging in to a contest server: reads the URL, applies the certificate pinned for that
// server, logs in off the UI thread, and ends every attempt in exactly one of connected,
// failed, certificateUntrusted (a self-signed server: ask the user, then trustAndRetry) or
// certificateChanged (a pinned server now presents another certificate: refused).
#include <QObject>
#include <QString>

#include "verdict/app/contest/pin_store.h"
#include "verdict/app/local_server.h"  // Q_DECLARE_METATYPE(client::ServerAddress)
#include "verdict/client/client.h"

namespace verdict::app::contest {

class ContestConnector : public QObject {
    Q_OBJECT
  public:
    explicit ContestConnector(PinStore& pins, QObject* parent = nullptr);

    void connectTo(const QString& url, const QString& username, const QString& password);
    // After certificateUntrusted: pins the presented certificate for that server and logs in
    // again with the same credentials.
    void trustAndRetry();
    bool isBusy() const { return m_busy; }

    // The warning shown when a pinned server's certificate changed; names both fingerprints.
    static QString changedCertificateWarning(const QString& hostPort, const QString& pinned,
                                             const QString& presented);

  signals:
    void connected(const verdict::client::ServerAddress& address, const QString& token,
                   const QString& username);
    void failed(const QString& reason);
    void certificateUntrusted(const QString& hostPort, const QString& sha256);
    void certificateChanged(const QString& hostPort, const QString& pinnedSha256,
                            const QString& presentedSha256);

  private:
    struct Outcome {
        bool ok = false;
        std::string token;
        client::ClientError error;
        std::string presentedSha256;
    };
    void finish(const Outcome& outcome);
    QString describeFailure(const client::ClientError& error) const;

    PinStore& m_pins;
    bool m_busy = false;
    client::ServerAddress m_address;
    QString m_url, m_username, m_password;  // the attempt in progress (password: memory only)
    QString m_untrustedSha256;
};

}  // namespace verdict::app::contest
