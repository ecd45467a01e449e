// ConnectionMonitor and SubmissionResumer against a real verdict-server that is killed and
// restarted on the same port: Connected → Reconnecting (attempts, last error) → Offline →
// Connected with reconnected(), as the status widget shows it; a submission followed across a
// long outage ends with its final verdict, every event applied exactly once, in order.
#include <signal.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

#include "contest_test_support.h"
#include "verdict/app/contest/contest_controller.h"

using verdict::app::ServerSession;
using verdict::app::SubmissionsModel;
using verdict::app::contest::ConnectionMonitor;
using verdict::app::contest::ConnectionStatus;
using verdict::app::contest::ContestController;
using verdict::tests::ServerProcess;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 60000;
const char* kSlowSum =
    "import time\ntime.sleep(0.7)\na, b = map(int, input().split())\nprint(a + b)\n";

}  // namespace

class ConnectionMonitorTest : public QObject {
    Q_OBJECT
  private slots:
    void followsTheServerGoingAwayAndComingBack() {
        ServerProcess server;
        QVERIFY(server.start());
        auto admin = server.admin();
        QVERIFY(admin);
        ConnectionMonitor monitor;
        monitor.setInterval(200ms);
        monitor.setOfflineAfter(8);
        QSignalSpy changed(&monitor, &ConnectionMonitor::stateChanged);
        QSignalSpy reconnected(&monitor, &ConnectionMonitor::reconnected);
        QSignalSpy offsets(&monitor, &ConnectionMonitor::clockOffsetMeasured);
        ConnectionStatus status;
        status.setIdentity(verdict::tests::urlOf(server), "admin");
        status.watch(&monitor);
        monitor.start(server.address(), QString::fromStdString(admin->token()));
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(!offsets.isEmpty(), kWaitMs);
        QVERIFY2(std::abs(monitor.clockOffsetMs()) < 1000,
                 qPrintable(QString::number(monitor.clockOffsetMs())));  // the same machine

        server.signal(SIGKILL);
        server.wait();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Reconnecting, kWaitMs);
        QCOMPARE(monitor.attempt(), 1);
        QVERIFY2(monitor.lastError().contains("127.0.0.1"), qPrintable(monitor.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.attempt() >= 3, kWaitMs);
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Reconnecting);
        QVERIFY(ConnectionMonitor::stateText(monitor.state(), monitor.attempt())
                    .startsWith("Reconnecting (attempt "));
        QVERIFY2(status.text().contains("Reconnecting (attempt "), qPrintable(status.text()));
        QVERIFY(status.toolTip().contains("Last error: " + monitor.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Offline, kWaitMs);
        QCOMPARE(reconnected.size(), 0);

        QVERIFY2(server.start(), server.logs().c_str());  // the same port
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ConnectionMonitor::State::Connected, kWaitMs);
        QCOMPARE(reconnected.size(), 1);
        QCOMPARE(monitor.attempt(), 0);
        QVERIFY2(status.text().contains("Connected — admin @ " + verdict::tests::urlOf(server)),
                 qPrintable(status.text()));
        QTest::qWait(600);  // more good checks: no second reconnected()
        QCOMPARE(reconnected.size(), 1);

        monitor.stop();
        QCOMPARE(monitor.state(), ConnectionMonitor::State::Offline);
        QVERIFY(!monitor.isWatching());
    }

    void aSubmissionFollowedAcrossALongOutageEndsWithItsVerdictOnce() {
        ServerProcess server(nlohmann::json{{"lease_ms", 1500}});
        QVERIFY(server.start());
        auto admin = server.admin();
        QVERIFY(admin);
        QVERIFY(admin->postBytes("/api/v1/problems?name=aplusb", verdict::tests::aplusbZip(),
                                 "application/zip"));
        QTemporaryDir dir;
        QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
        ServerSession session;
        SubmissionsModel model;
        ContestController contest(session, model, &settings);
        contest.monitor().setInterval(300ms);
        contest.useConnection(server.address(), QString::fromStdString(admin->token()), "admin");
        QVERIFY(session.isConnected());

        // As the main window wires it, recording every event that reaches the model.
        QList<qint64> received;
        auto apply = [&](qint64 id, const QJsonObject& event) {
            received << event.value("seq").toInteger();
            model.applyEvent(id, event);
        };
        connect(&session, &ServerSession::submitted, &model,
                [&](qint64 id) { model.addSubmission(id, "aplusb", "Python 3"); });
        connect(&session, &ServerSession::submissionEventReceived, &model, apply);
        disconnect(&contest.resumer(),
                   &verdict::app::contest::SubmissionResumer::submissionEventReceived, &model,
                   &SubmissionsModel::applyEvent);
        connect(&contest.resumer(),
                &verdict::app::contest::SubmissionResumer::submissionEventReceived, &model, apply);
        QSignalSpy finished(&model, &SubmissionsModel::submissionFinished);
        QSignalSpy lost(&session, &ServerSession::followFailed);
        QSignalSpy reconnected(&contest, &ContestController::reconnected);

        session.submit(1, "python3", kSlowSum);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, kWaitMs);
        const qint64 id = model.index(0, 0).data(SubmissionsModel::SubmissionIdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(model.submission(id)->results.size() >= 1, kWaitMs);

        // Away longer than the event stream's own reconnect budget: its follow gives up.
        server.signal(SIGKILL);
        server.wait();
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, kWaitMs);
        QCOMPARE(contest.resumer().lost(), QList<qint64>{id});
        QVERIFY(contest.monitor().state() != ConnectionMonitor::State::Connected);
        QCOMPARE(model.submission(id)->status, "running");

        QVERIFY2(server.start(), server.logs().c_str());
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(1).toString(), "AC");
        QTest::qWait(500);
        QCOMPARE(finished.size(), 1);
        const auto* submission = model.submission(id);
        QCOMPARE(submission->status, "done");
        QCOMPARE(submission->results.size(), submission->tests);
        QVERIFY(contest.resumer().lost().isEmpty());
        for (int i = 0; i < received.size(); ++i)
            QCOMPARE(received.at(i), qint64(i + 1));  // each seq once, in order, none missing
        QCOMPARE(received.last(), submission->lastSeq);
    }
};

QTEST_MAIN(ConnectionMonitorTest)
#include "connection_monitor_test.moc"
