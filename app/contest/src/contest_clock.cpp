#include "verdict/app/contest/contest_clock.h"

#include <QDateTime>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <nlohmann/json.hpp>

#include "background.h"

namespace verdict::app::contest {

namespace {

QString duration(qint64 ms) {
    const qint64 totalSeconds = (ms + 999) / 1000;  // round up: "0:00:00" only at the moment
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = totalSeconds / 3600 % 24;
    const QString clock = QStringLiteral("%1:%2")
                              .arg(totalSeconds / 60 % 60, 2, 10, QLatin1Char('0'))
                              .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    if (days > 0)
        return ContestClock::tr("%1d %2:%3")
            .arg(days)
            .arg(hours, 2, 10, QLatin1Char('0'))
            .arg(clock);
    return QStringLiteral("%1:%2").arg(hours).arg(clock);
}

}  // namespace

QString contestClockText(const ContestTimes& contest, qint64 serverNowMs) {
    if (serverNowMs < contest.startMs)
        return ContestClock::tr("%1 starts in %2")
            .arg(contest.name, duration(contest.startMs - serverNowMs));
    if (serverNowMs < contest.endMs)
        return ContestClock::tr("%1: %2 left")
            .arg(contest.name, duration(contest.endMs - serverNowMs));
    return ContestClock::tr("%1 has ended").arg(contest.name);
}

ContestClock::ContestClock(QWidget* parent) : QLabel(parent) {
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ContestClock::refresh);
    setVisible(false);
}

void ContestClock::fetch(const client::ServerAddress& address, const QString& token) {
    QPointer<ContestClock> self(this);
    const auto generation = ++m_generation;
    (void)QtConcurrent::run(
        &backgroundPool(), [self, generation, address, token = token.toStdString()] {
            client::Client api(address, token, std::chrono::seconds(10));
            auto answer = api.get("/api/v1/contest");
            std::optional<ContestTimes> contest;
            qint64 offsetMs = 0;
            const bool known = answer || answer.error.code == "no_contest";
            if (answer) {
                const auto& value = *answer.value;
                contest = ContestTimes{QString::fromStdString(value.value("name", "")),
                                       value.value("start_ms", qint64{0}),
                                       value.value("end_ms", qint64{0})};
                offsetMs = value.value("now_ms", qint64{0}) - QDateTime::currentMSecsSinceEpoch();
            }
            onUiThread([self, generation, contest, offsetMs, known] {
                if (!self || generation != self->m_generation || !known)
                    return;  // a newer fetch, or no answer (the next reconnection fetches again)
                self->m_fetchOffsetMs = offsetMs;
                self->setContest(contest);
                emit self->fetched(contest.has_value());
            });
        });
}

void ContestClock::setContest(const std::optional<ContestTimes>& contest) {
    m_contest = contest;
    setVisible(contest.has_value());
    if (contest)
        m_tick.start();
    else
        m_tick.stop();
    refresh();
}

void ContestClock::setClockOffset(qint64 offsetMs) {
    m_offsetMs = offsetMs;
    refresh();
}

void ContestClock::refresh() {
    if (!m_contest)
        return setText({});
    const qint64 now = QDateTime::currentMSecsSinceEpoch() + m_offsetMs.value_or(m_fetchOffsetMs);
    setText(contestClockText(*m_contest, now));
    const QString utc = QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'");
    setToolTip(tr("%1\nStart: %2\nEnd: %3")
                   .arg(m_contest->name,
                        QDateTime::fromMSecsSinceEpoch(m_contest->startMs, Qt::UTC).toString(utc),
                        QDateTime::fromMSecsSinceEpoch(m_contest->endMs, Qt::UTC).toString(utc)));
}

}  // namespace verdict::app::contest
