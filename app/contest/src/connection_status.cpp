#include "verdict/app/contest/connection_status.h"

namespace verdict::app::contest {

ConnectionStatus::ConnectionStatus(QWidget* parent) : QLabel(parent) {
    setTextFormat(Qt::RichText);
    showState(ConnectionMonitor::State::Offline, 0, {}, 0);
}

void ConnectionStatus::watch(ConnectionMonitor* monitor) {
    connect(monitor, &ConnectionMonitor::stateChanged, this, [this, monitor] {
        showState(monitor->state(), monitor->attempt(), monitor->lastError(),
                  monitor->clockOffsetMs());
    });
    showState(monitor->state(), monitor->attempt(), monitor->lastError(), monitor->clockOffsetMs());
}

void ConnectionStatus::setIdentity(const QString& server, const QString& username) {
    m_server = server;
    m_username = username;
}

void ConnectionStatus::showState(ConnectionMonitor::State state, int attempt,
                                 const QString& lastError, qint64 clockOffsetMs) {
    QString colour = QStringLiteral("#d03b3b");
    if (state == ConnectionMonitor::State::Connected)
        colour = QStringLiteral("#2e9d4a");
    else if (state == ConnectionMonitor::State::Reconnecting)
        colour = QStringLiteral("#d9a000");
    QString text = ConnectionMonitor::stateText(state, attempt);
    if (!m_server.isEmpty())
        text += QStringLiteral(" — ") + tr("%1 @ %2").arg(m_username, m_server);
    setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text.toHtmlEscaped()));
    QStringList tip;
    if (!m_server.isEmpty())
        tip << tr("Server: %1").arg(m_server) << tr("User: %1").arg(m_username);
    if (!lastError.isEmpty())
        tip << tr("Last error: %1").arg(lastError);
    if (state == ConnectionMonitor::State::Connected && !m_server.isEmpty())
        tip << tr("Server clock: %1 ms from this computer's").arg(clockOffsetMs);
    setToolTip(tip.join('\n'));
}

}  // namespace verdict::app::contest
