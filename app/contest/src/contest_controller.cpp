#include "verdict/app/contest/contest_controller.h"

#include "verdict/app/contest/connect_dialog.h"

namespace verdict::app::contest {

ContestController::ContestController(ServerSession& session, SubmissionsModel& submissions,
                                     QSettings* settings, QObject* parent)
    : QObject(parent),
      m_session(session),
      m_ownSettings(settings ? nullptr : std::make_unique<QSettings>()),
      m_settings(settings ? settings : m_ownSettings.get()),
      m_pins(*m_settings),
      m_resumer(session, submissions),
      m_status(new ConnectionStatus),
      m_clock(new ContestClock) {
    m_status->watch(&m_monitor);
    connect(&m_resumer, &SubmissionResumer::submissionEventReceived, &submissions,
            &SubmissionsModel::applyEvent);
    connect(&m_monitor, &ConnectionMonitor::clockOffsetMeasured, m_clock.data(),
            &ContestClock::setClockOffset);
    connect(&m_monitor, &ConnectionMonitor::reconnected, this, &ContestController::onReconnected);
    // A follow that gave up while the server answers again (a short outage the monitor did
    // not see) is resumed at once; otherwise at the next reconnection.
    connect(&session, &ServerSession::followFailed, this, [this] {
        if (m_monitor.state() == ConnectionMonitor::State::Connected)
            m_resumer.resume();
    });
}

ContestController::~ContestController() {
    // The widgets belong to the status bar once added; delete them only if they never were.
    if (m_status && m_status->parent() == nullptr)
        delete m_status;
    if (m_clock && m_clock->parent() == nullptr)
        delete m_clock;
}

void ContestController::showConnectDialog(QWidget* parent) {
    ConnectDialog dialog(m_pins, *m_settings, parent);
    connect(&dialog, &ConnectDialog::connected, this, &ContestController::useConnection);
    dialog.exec();
}

void ContestController::useConnection(const client::ServerAddress& address, const QString& token,
                                      const QString& username) {
    m_session.setConnection(address, token);
    const QString server = QString::fromStdString(address.toString());
    m_status->setIdentity(server, username);
    m_monitor.start(address, token);
    m_clock->fetch(address, token);
    emit connectionChanged(server, username);
}

void ContestController::onReconnected() {
    m_resumer.resume();
    m_clock->fetch(m_session.address(), m_session.token());
    emit reconnected();
}

}  // namespace verdict::app::contest
