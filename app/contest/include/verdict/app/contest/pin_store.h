#pragma once
// The server certificates the user chose to trust: one SHA-256 fingerprint per server
// ("host:port"), kept in QSettings; used as ServerAddress::pinnedSha256 on the next connection.
#include <QSettings>
#include <QString>

#include "verdict/client/client.h"

namespace verdict::app::contest {

class PinStore {
  public:
    explicit PinStore(QSettings& settings);

    QString pinnedFor(const QString& hostPort) const;  // "" when none
    void pin(const QString& hostPort, const QString& sha256);
    void forget(const QString& hostPort);

    static QString hostPortOf(const client::ServerAddress& address);
    // Lower-case hex without separators, as the client library reports fingerprints.
    static QString normalised(const QString& sha256);
    // "AB:CD:…" in groups, for people to compare with what the organisers published.
    static QString displayed(const QString& sha256);

  private:
    QSettings& m_settings;
};

}  // namespace verdict::app::contest
