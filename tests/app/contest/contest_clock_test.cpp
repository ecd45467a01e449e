// The contest clock: its text before, during and after the contest (a pure function of the
// times), the clock offset, hidden without a contest; and from real servers configured with a
// contest, without one, and with a bad one (the server refuses to start and names the field).
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <nlohmann/json.hpp>

#include "contest_test_support.h"
#include "verdict/app/contest/contest_clock.h"

using verdict::app::contest::ContestClock;
using verdict::app::contest::contestClockText;
using verdict::app::contest::ContestTimes;
using verdict::tests::ServerProcess;

namespace {

constexpr int kWaitMs = 30000;
constexpr qint64 kStart = 1795683600000;  // 2026-11-26T09:00:00Z
constexpr qint64 kEnd = 1795701600000;    // 2026-11-26T14:00:00Z
constexpr qint64 kSecond = 1000, kMinute = 60 * kSecond, kHour = 60 * kMinute;

std::string utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString("yyyy-MM-ddTHH:mm:ssZ")
        .toStdString();
}

}  // namespace

class ContestClockTest : public QObject {
    Q_OBJECT
  private slots:
    void text_data() {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an hour before")
            << kStart - kHour - 2 * kMinute - 3 * kSecond << "Finals starts in 1:02:03";
        QTest::newRow("days before") << kStart - 2 * 24 * kHour - 3 * kHour - 4 * kMinute - 5000
                                     << "Finals starts in 2d 03:04:05";
        QTest::newRow("part of a second before") << kStart - 1 << "Finals starts in 0:00:01";
        QTest::newRow("at the start") << kStart << "Finals: 5:00:00 left";
        QTest::newRow("during") << kEnd - 45 * kMinute - 12 * kSecond << "Finals: 0:45:12 left";
        QTest::newRow("at the end") << kEnd << "Finals has ended";
        QTest::newRow("after") << kEnd + 24 * kHour << "Finals has ended";
    }

    void text() {
        QFETCH(qint64, now);
        QFETCH(QString, expected);
        QCOMPARE(contestClockText({"Finals", kStart, kEnd}, now), expected);
    }

    void theOffsetMovesTheClockAndNoContestHidesIt() {
        ContestClock clock;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        clock.setContest(ContestTimes{"Finals", now + 2 * kHour, now + 7 * kHour});
        QVERIFY(!clock.isHidden());
        QVERIFY2(clock.text().startsWith("Finals starts in 1:59:") ||
                     clock.text() == "Finals starts in 2:00:00",
                 qPrintable(clock.text()));
        clock.setClockOffset(3 * kHour);  // the server is three hours ahead of us
        QVERIFY2(clock.text().startsWith("Finals: 3:59:") || clock.text() == "Finals: 4:00:00 left",
                 qPrintable(clock.text()));
        clock.setContest(std::nullopt);
        QVERIFY(clock.isHidden());
    }

    void showsTheContestOfARealServer() {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ServerProcess server(nlohmann::json{{"contest",
                                             {{"name", "Autumn Cup"},
                                              {"start", utc(now - kHour)},
                                              {"end", utc(now + 2 * kHour)}}}});
        QVERIFY2(server.start(), server.logs().c_str());
        auto admin = server.admin();
        QVERIFY(admin);
        ContestClock clock;
        QSignalSpy fetched(&clock, &ContestClock::fetched);
        clock.fetch(server.address(), QString::fromStdString(admin->token()));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, kWaitMs);
        QCOMPARE(fetched.at(0).at(0).toBool(), true);
        QVERIFY(!clock.isHidden());
        QCOMPARE(clock.contest()->name, "Autumn Cup");
        QCOMPARE(clock.contest()->endMs - clock.contest()->startMs, 3 * kHour);
        QVERIFY2(clock.text().startsWith("Autumn Cup: 1:59:") ||
                     clock.text() == "Autumn Cup: 2:00:00 left",
                 qPrintable(clock.text()));
    }

    void isHiddenWhenTheServerHasNoContest() {
        ServerProcess server;
        QVERIFY(server.start());
        auto admin = server.admin();
        QVERIFY(admin);
        ContestClock clock;
        clock.setContest(ContestTimes{"Stale", 0, 1});  // from an earlier server
        QSignalSpy fetched(&clock, &ContestClock::fetched);
        clock.fetch(server.address(), QString::fromStdString(admin->token()));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, kWaitMs);
        QCOMPARE(fetched.at(0).at(0).toBool(), false);
        QVERIFY(clock.isHidden());
        QVERIFY(!clock.contest());
    }

    void aServerWithABadContestDoesNotStart() {
        ServerProcess server(nlohmann::json{
            {"contest", {{"name", "Backwards"}, {"start", utc(kEnd)}, {"end", utc(kStart)}}}});
        QVERIFY(!server.start());
        QVERIFY2(server.logs().find("contest.end must be after contest.start") != std::string::npos,
                 server.logs().c_str());
    }
};

QTEST_MAIN(ContestClockTest)
#include "contest_clock_test.moc"
