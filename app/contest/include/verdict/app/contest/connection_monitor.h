#pragma once
// Watches the connection to the server while the IDE is connected: GET /api/v1/health every
// interval (2 s) on its own thread. Connected → Reconnecting (attempt count, last error) on a
// failed check → Offline after `offlineAfter` failures in a row; it keeps checking, and the
// first good answer makes it Connected again and emits reconnected(). Each answer also measures
// the server clock's offset from ours (health's time_ms, corrected by half the round trip).
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

#include "verdict/client/client.h"

namespace verdict::app::contest {

class ConnectionMonitor : public QObject {
    Q_OBJECT
  public:
    enum class State { Offline, Connected, Reconnecting };
    Q_ENUM(State)

    explicit ConnectionMonitor(QObject* parent = nullptr);

    // Starts watching a server the IDE has just logged in to (state Connected).
    void start(const client::ServerAddress& address, const QString& token);
    void stop();  // state Offline, no more checks
    void setInterval(std::chrono::milliseconds interval);
    void setOfflineAfter(int failures) { m_offlineAfter = failures; }

    State state() const { return m_state; }
    int attempt() const { return m_attempt; }  // failed checks in a row (0 when Connected)
    const QString& lastError() const { return m_lastError; }
    bool isWatching() const { return m_timer.isActive(); }
    // Server clock minus ours, in ms (0 until the first answer).
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    // "Connected", "Reconnecting (attempt 3)…", "Offline"
    static QString stateText(State state, int attempt);

  signals:
    // On every change of the state, the attempt count or the last error.
    void stateChanged(verdict::app::contest::ConnectionMonitor::State state);
    // Back after Reconnecting or Offline: re-fetch lists, re-follow unfinished submissions.
    void reconnected();
    void clockOffsetMeasured(qint64 offsetMs);

  private:
    struct Check {
        bool ok = false;
        QString error;
        qint64 offsetMs = 0;
    };
    void check();
    void onChecked(quint64 generation, const Check& result);
    void setState(State state);

    client::ServerAddress m_address;
    std::string m_token;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{2000};
    int m_offlineAfter = 15;
    bool m_checking = false;
    quint64 m_generation = 0;  // answers of an earlier start() are ignored
    State m_state = State::Offline;
    int m_attempt = 0;
    QString m_lastError;
    qint64 m_clockOffsetMs = 0;
};

}  // namespace verdict::app::contest
