// ContestConnector and ConnectDialog against real verdict-server processes: a good login, a
// wrong password, an unreachable or malformed URL; a self-signed TLS server (fingerprint shown,
// pinned, then trusted silently; a changed certificate refused naming both fingerprints); the
// dialog's certificate question and "Remember" (never the password).
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "contest_test_support.h"
#include "verdict/app/contest/connect_dialog.h"
#include "verdict/app/contest/contest_connector.h"
#include "verdict/app/contest/remembered_login.h"

using verdict::app::contest::ConnectDialog;
using verdict::app::contest::ContestConnector;
using verdict::app::contest::PinStore;
using verdict::app::contest::RememberedLogin;
using verdict::tests::ServerProcess;

namespace {

constexpr int kWaitMs = 30000;

// What one attempt ended in.
struct Ending {
    explicit Ending(ContestConnector& connector)
        : connected(&connector, &ContestConnector::connected),
          failed(&connector, &ContestConnector::failed),
          untrusted(&connector, &ContestConnector::certificateUntrusted),
          changed(&connector, &ContestConnector::certificateChanged) {}
    int count() const {
        return int(connected.size() + failed.size() + untrusted.size() + changed.size());
    }
    QSignalSpy connected, failed, untrusted, changed;
};

}  // namespace

class ContestConnectorTest : public QObject {
    Q_OBJECT
  private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<QSettings>(m_dir->filePath("settings.ini"), QSettings::IniFormat);
        m_pins = std::make_unique<PinStore>(*m_settings);
    }

    void logsInWithTheRightPassword() {
        ServerProcess server;
        QVERIFY(server.start());
        QVERIFY(verdict::tests::addContestant(server, "alice"));
        ContestConnector connector(*m_pins);
        Ending ending(connector);
        connector.connectTo(verdict::tests::urlOf(server), " alice ",
                            verdict::tests::kContestantPassword);
        QVERIFY(connector.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(ending.count(), 1, kWaitMs);
        QCOMPARE(ending.connected.size(), 1);
        const auto address = ending.connected.at(0).at(0).value<verdict::client::ServerAddress>();
        QCOMPARE(QString::fromStdString(address.port),
                 QString::fromStdString(server.address().port));
        QCOMPARE(ending.connected.at(0).at(2).toString(), "alice");
        verdict::client::Client api(address, ending.connected.at(0).at(1).toString().toStdString());
        auto me = api.get("/api/v1/users/me");
        QVERIFY(me);
        QCOMPARE(QString::fromStdString((*me.value)["username"].get<std::string>()), "alice");
    }

    void aWrongPasswordIsSaidPlainly() {
        ServerProcess server;
        QVERIFY(server.start());
        ContestConnector connector(*m_pins);
        Ending ending(connector);
        connector.connectTo(verdict::tests::urlOf(server), "admin", "not-the-password");
        QTRY_COMPARE_WITH_TIMEOUT(ending.count(), 1, kWaitMs);
        QCOMPARE(ending.failed.size(), 1);
        QVERIFY2(ending.failed.at(0).at(0).toString().startsWith("Wrong username or password"),
                 qPrintable(ending.failed.at(0).at(0).toString()));
    }

    void anUnreachableOrMalformedUrlFails() {
        ContestConnector connector(*m_pins);
        Ending ending(connector);
        connector.connectTo("http://127.0.0.1:1", "alice", "whatever-123");
        QTRY_COMPARE_WITH_TIMEOUT(ending.count(), 1, kWaitMs);
        QCOMPARE(ending.failed.size(), 1);
        QVERIFY2(ending.failed.at(0).at(0).toString().startsWith("Cannot reach http://127.0.0.1:1"),
                 qPrintable(ending.failed.at(0).at(0).toString()));

        connector.connectTo("ftp://example.org", "alice", "whatever-123");
        QCOMPARE(ending.failed.size(), 2);  // at once, without a thread
        QVERIFY(ending.failed.at(1).at(0).toString().contains("not valid"));
        QVERIFY(!connector.isBusy());
    }

    void aSelfSignedCertificateIsShownPinnedAndThenTrusted() {
        QTemporaryDir certs;
        ServerProcess server;
        QString fingerprint;
        QVERIFY2(verdict::tests::startWithSelfSignedCertificate(server, certs, fingerprint),
                 server.logs().c_str());
        const QString url = verdict::tests::urlOf(server);
        QVERIFY(url.startsWith("https://"));
        const QString hostPort = "127.0.0.1:" + QString::fromStdString(server.address().port);

        ContestConnector connector(*m_pins);
        Ending ending(connector);
        connector.connectTo(url, "admin", verdict::tests::kAdminPassword);
        QTRY_COMPARE_WITH_TIMEOUT(ending.count(), 1, kWaitMs);
        QCOMPARE(ending.untrusted.size(), 1);
        QCOMPARE(ending.untrusted.at(0).at(0).toString(), hostPort);
        QCOMPARE(ending.untrusted.at(0).at(1).toString(), fingerprint);
        QVERIFY(m_pins->pinnedFor(hostPort).isEmpty());

        connector.trustAndRetry();
        QTRY_COMPARE_WITH_TIMEOUT(ending.count(), 2, kWaitMs);
        QCOMPARE(ending.connected.size(), 1);
        QCOMPARE(m_pins->pinnedFor(hostPort), fingerprint);
        const auto address = ending.connected.at(0).at(0).value<verdict::client::ServerAddress>();
        QCOMPARE(QString::fromStdString(address.pinnedSha256), fingerprint);

        // Next time the pin is used without asking.
        ContestConnector again(*m_pins);
        Ending second(again);
        again.connectTo(url, "admin", verdict::tests::kAdminPassword);
        QTRY_COMPARE_WITH_TIMEOUT(second.count(), 1, kWaitMs);
        QCOMPARE(second.connected.size(), 1);
    }

    void aChangedCertificateIsRefusedNamingBothFingerprints() {
        QTemporaryDir certs;
        ServerProcess server;
        QString fingerprint;
        QVERIFY(verdict::tests::startWithSelfSignedCertificate(server, certs, fingerprint));
        const QString hostPort = "127.0.0.1:" + QString::fromStdString(server.address().port);
        const QString oldPin = QString(64, 'a');
        m_pins->pin(hostPort, PinStore::displayed(oldPin));  // as people paste it: AA:AA:…

        ContestConnector connector(*m_pins);
        Ending ending(connector);
        connector.connectTo(verdict::tests::urlOf(server), "admin", verdict::tests::kAdminPassword);
        QTRY_COMPARE_WITH_TIMEOUT(ending.count(), 1, kWaitMs);
        QCOMPARE(ending.changed.size(), 1);
        QCOMPARE(ending.changed.at(0).at(0).toString(), hostPort);
        QCOMPARE(ending.changed.at(0).at(1).toString(), oldPin);
        QCOMPARE(ending.changed.at(0).at(2).toString(), fingerprint);
        const QString warning =
            ContestConnector::changedCertificateWarning(hostPort, oldPin, fingerprint);
        QVERIFY(warning.contains(PinStore::displayed(oldPin)));
        QVERIFY(warning.contains(PinStore::displayed(fingerprint)));
        connector.trustAndRetry();  // nothing to trust: a changed certificate is not offered
        QCOMPARE(m_pins->pinnedFor(hostPort), oldPin);
    }

    void theDialogAsksAboutTheCertificateAndRemembersNoPassword() {
        QTemporaryDir certs;
        ServerProcess server;
        QString fingerprint;
        QVERIFY(verdict::tests::startWithSelfSignedCertificate(server, certs, fingerprint));
        const QString url = verdict::tests::urlOf(server);

        ConnectDialog dialog(*m_pins, *m_settings);
        QSignalSpy connected(&dialog, &ConnectDialog::connected);
        dialog.show();
        dialog.findChild<QLineEdit*>("url")->setText(url);
        dialog.findChild<QLineEdit*>("username")->setText("admin");
        dialog.findChild<QLineEdit*>("password")->setText(verdict::tests::kAdminPassword);
        dialog.findChild<QCheckBox*>("remember")->setChecked(true);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

        auto* question = dialog.findChild<QGroupBox*>();
        QTRY_VERIFY_WITH_TIMEOUT(question->isVisible(), kWaitMs);
        const QString text = dialog.findChild<QLabel*>("certificateText")->text();
        QVERIFY2(text.contains(PinStore::displayed(fingerprint)), qPrintable(text));
        QVERIFY(text.contains("127.0.0.1:" + QString::fromStdString(server.address().port)));
        auto* trust = dialog.findChild<QPushButton*>("trust");
        QVERIFY(trust->isVisible());
        QCOMPARE(trust->text(), "Trust and pin this certificate");
        trust->click();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWaitMs);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto remembered = RememberedLogin::load(*m_settings);
        QCOMPARE(remembered.url, url);
        QCOMPARE(remembered.username, "admin");
        m_settings->sync();
        QFile file(m_dir->filePath("settings.ini"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(verdict::tests::kAdminPassword));

        ConnectDialog next(*m_pins, *m_settings);
        QCOMPARE(next.findChild<QLineEdit*>("url")->text(), url);
        QCOMPARE(next.findChild<QLineEdit*>("username")->text(), "admin");
        QVERIFY(next.findChild<QLineEdit*>("password")->text().isEmpty());
    }

    void fingerprintsAreComparedWithoutSeparatorsOrCase() {
        QCOMPARE(PinStore::normalised("AB:cd:01"), "abcd01");
        QCOMPARE(PinStore::displayed("abcd01"), "AB:CD:01");
        verdict::client::ServerAddress v6;
        v6.host = "::1";
        v6.port = "8443";
        QCOMPARE(PinStore::hostPortOf(v6), "[::1]:8443");
        m_pins->pin("[::1]:8443", "AB:CD");
        QCOMPARE(m_pins->pinnedFor("[::1]:8443"), "abcd");
        m_pins->forget("[::1]:8443");
        QVERIFY(m_pins->pinnedFor("[::1]:8443").isEmpty());
    }

  private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<PinStore> m_pins;
};

QTEST_MAIN(ContestConnectorTest)
#include "contest_connector_test.moc"
