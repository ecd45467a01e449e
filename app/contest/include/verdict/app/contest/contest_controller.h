#pragma once
// Contest mode, as one object the main window constructs and wires: the connect dialog, the
// switch of the session to the contest server, the connection monitor with its status-bar
// widget, the contest clock, and re-following unfinished submissions after a reconnection.
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <memory>

#include "verdict/app/contest/connection_monitor.h"
#include "verdict/app/contest/connection_status.h"
#include "verdict/app/contest/contest_clock.h"
#include "verdict/app/contest/pin_store.h"
#include "verdict/app/contest/submission_resumer.h"

namespace verdict::app::contest {

class ContestController : public QObject {
    Q_OBJECT
  public:
    // `settings`: where pins and the remembered login live (nullptr: the application's QSettings).
    ContestController(ServerSession& session, SubmissionsModel& submissions,
                      QSettings* settings = nullptr, QObject* parent = nullptr);
    ~ContestController() override;

    // For the status bar (addPermanentWidget takes them over).
    ConnectionStatus* statusWidget() const { return m_status; }
    ContestClock* clockWidget() const { return m_clock; }
    ConnectionMonitor& monitor() { return m_monitor; }
    SubmissionResumer& resumer() { return m_resumer; }
    PinStore& pins() { return m_pins; }
    QSettings& settings() { return *m_settings; }

    // "Connect to contest server…": a modal ConnectDialog; on success useConnection().
    void showConnectDialog(QWidget* parent);
    // Points the session at this server and starts watching it (also usable for the local judge).
    void useConnection(const client::ServerAddress& address, const QString& token,
                       const QString& username);

  signals:
    // The session now talks to another server: re-fetch problems and languages.
    void connectionChanged(const QString& server, const QString& username);
    // Back after an outage; unfinished submissions are already being followed again and the
    // clock re-fetched: re-fetch the lists (problems) here.
    void reconnected();

  private:
    void onReconnected();

    ServerSession& m_session;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings;
    PinStore m_pins;
    ConnectionMonitor m_monitor;
    SubmissionResumer m_resumer;
    QPointer<ConnectionStatus> m_status;  // parentless until the window adds it
    QPointer<ContestClock> m_clock;
};

}  // namespace verdict::app::contest
