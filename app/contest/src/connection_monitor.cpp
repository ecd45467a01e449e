#include "verdict/app/contest/connection_monitor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <nlohmann/json.hpp>

#include "background.h"

namespace verdict::app::contest {

ConnectionMonitor::ConnectionMonitor(QObject* parent) : QObject(parent) {
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
}

void ConnectionMonitor::start(const client::ServerAddress& address, const QString& token) {
    m_address = address;
    m_token = token.toStdString();
    ++m_generation;
    m_checking = false;
    m_attempt = 0;
    m_lastError.clear();
    setState(State::Connected);
    m_timer.start(m_interval);
    check();
}

void ConnectionMonitor::stop() {
    m_timer.stop();
    ++m_generation;
    m_checking = false;
    m_attempt = 0;
    setState(State::Offline);
}

void ConnectionMonitor::setInterval(std::chrono::milliseconds interval) {
    m_interval = interval;
    m_timer.setInterval(interval);
}

QString ConnectionMonitor::stateText(State state, int attempt) {
    switch (state) {
        case State::Connected:
            return tr("Connected");
        case State::Reconnecting:
            return tr("Reconnecting (attempt %1)…").arg(attempt);
        case State::Offline:
            break;
    }
    return tr("Offline");
}

void ConnectionMonitor::check() {
    if (m_checking)
        return;  // the previous check is still waiting for its answer
    m_checking = true;
    QPointer<ConnectionMonitor> self(this);
    const auto generation = m_generation;
    // A check answers within the interval or counts as failed (at least 1 s for slow links).
    const auto timeout = std::max(m_interval, std::chrono::milliseconds(1000));
    (void)QtConcurrent::run(
        &backgroundPool(), [self, generation, timeout, address = m_address, token = m_token] {
            client::Client api(address, token, timeout);
            QElapsedTimer roundTrip;
            roundTrip.start();
            const qint64 sentMs = QDateTime::currentMSecsSinceEpoch();
            auto health = api.get("/api/v1/health");
            Check result;
            result.ok = bool(health) && health.value->contains("time_ms");
            if (result.ok) {
                const qint64 serverMs = (*health.value)["time_ms"].get<qint64>();
                result.offsetMs = serverMs - (sentMs + roundTrip.elapsed() / 2);
            } else {
                result.error = QString::fromStdString(health.error.describe());
            }
            onUiThread([self, generation, result] {
                if (self)
                    self->onChecked(generation, result);
            });
        });
}

void ConnectionMonitor::onChecked(quint64 generation, const Check& result) {
    if (generation != m_generation)
        return;
    m_checking = false;
    if (result.ok) {
        const bool wasAway = m_state != State::Connected;
        m_clockOffsetMs = result.offsetMs;
        emit clockOffsetMeasured(m_clockOffsetMs);
        m_attempt = 0;
        setState(State::Connected);
        if (wasAway)
            emit reconnected();
        return;
    }
    ++m_attempt;
    m_lastError = result.error;
    m_state = m_attempt >= m_offlineAfter ? State::Offline : State::Reconnecting;
    emit stateChanged(m_state);  // even when only the attempt count or the error changed
}

void ConnectionMonitor::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

}  // namespace verdict::app::contest
