#pragma once
// The status bar's connection state in contest mode: a coloured dot, the state word and who is
// connected where ("alice @ contest.example.org:8443"); the tooltip adds the last error and the
// server clock's offset. A richer ConnectionIndicator, fed by a ConnectionMonitor.
#include <QLabel>

#include "verdict/app/contest/connection_monitor.h"

namespace verdict::app::contest {

class ConnectionStatus : public QLabel {
    Q_OBJECT
  public:
    explicit ConnectionStatus(QWidget* parent = nullptr);

    void watch(ConnectionMonitor* monitor);
    void setIdentity(const QString& server, const QString& username);
    void showState(ConnectionMonitor::State state, int attempt, const QString& lastError,
                   qint64 clockOffsetMs);

  private:
    QString m_server, m_username;
};

}  // namespace verdict::app::contest
