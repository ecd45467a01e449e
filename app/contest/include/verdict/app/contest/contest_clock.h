#pragma once
// The status bar's contest clock: the contest's name and the time to its start, the time left,
// or "ended", on the server's clock (ours corrected by the measured offset). Hidden when the
// server runs no contest (GET /api/v1/contest answers 404 no_contest).
#include <QLabel>
#include <QTimer>
#include <optional>

#include "verdict/client/client.h"

namespace verdict::app::contest {

struct ContestTimes {
    QString name;
    qint64 startMs = 0;  // ms since the epoch, UTC
    qint64 endMs = 0;
};

// "Finals starts in 1:02:03", "Finals: 0:45:12 left", "Finals has ended" (days as "2d 03:04:05").
QString contestClockText(const ContestTimes& contest, qint64 serverNowMs);

class ContestClock : public QLabel {
    Q_OBJECT
  public:
    explicit ContestClock(QWidget* parent = nullptr);

    // Asks the server for its contest off the UI thread; then fetched().
    void fetch(const client::ServerAddress& address, const QString& token);
    void setContest(const std::optional<ContestTimes>& contest);
    // Server clock minus ours (ConnectionMonitor::clockOffsetMeasured).
    void setClockOffset(qint64 offsetMs);
    const std::optional<ContestTimes>& contest() const { return m_contest; }

  signals:
    void fetched(bool hasContest);

  private:
    void refresh();

    std::optional<ContestTimes> m_contest;
    std::optional<qint64> m_offsetMs;
    qint64 m_fetchOffsetMs = 0;  // from the contest's now_ms, until the monitor measures one
    QTimer m_tick;
    quint64 m_generation = 0;
};

}  // namespace verdict::app::contest
