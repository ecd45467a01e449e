// LocalServer against the real build/bin/verdict-server: starts, uploads the bundled problems,
// lists them, keeps its password private, a second start skips what is there, stops cleanly.
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <nlohmann/json.hpp>

#include "app_test_env.h"
#include "verdict/app/bundled_problems.h"
#include "verdict/app/local_server.h"
#include "verdict/client/client.h"

using verdict::app::LocalServer;

namespace {

constexpr int kStartMs = 120000;

}  // namespace

class LocalServerTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        verdict::tests::useScratchDataHome(m_home);
    }

    void startsAndLoadsTheBundledProblems() {
        LocalServer server;
        QVERIFY(server.dataDirectory().startsWith(m_home.path()));
        QSignalSpy ready(&server, &LocalServer::ready);
        QSignalSpy failed(&server, &LocalServer::failed);
        server.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), kStartMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const auto address = ready.at(0).at(0).value<verdict::client::ServerAddress>();
        const QString token = ready.at(0).at(1).toString();
        QCOMPARE(QString::fromStdString(address.host), "127.0.0.1");

        verdict::client::Client api(address, token.toStdString());
        auto problems = api.get("/api/v1/problems");
        QVERIFY(problems);
        QStringList names;
        for (const auto& problem : *problems.value)
            names << QString::fromStdString(problem["short_name"].get<std::string>());
        const QStringList bundled = QDir(verdict::app::bundledProblemsDirectory())
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(bundled.size(), 6);
        names.sort();
        QCOMPARE(names, bundled);

        const QFileInfo password(QDir(server.dataDirectory()).filePath("admin-password"));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(password.permissions() & QFileDevice::ReadOwner);
        QVERIFY(!(password.permissions() & others));
        server.stop();
        QVERIFY(!server.isRunning());
    }

    void restartsOnTheSameData() {
        LocalServer server;
        QSignalSpy ready(&server, &LocalServer::ready);
        QSignalSpy progressed(&server, &LocalServer::progressed);
        server.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), kStartMs);
        for (const auto& message : progressed)
            QVERIFY2(!message.at(0).toString().contains("missing"),
                     qPrintable(message.at(0).toString()));
        server.stop();
    }

    void saysWhyWhenTheServerIsMissing() {
        qputenv("VERDICT_SERVER_BINARY", "/nonexistent/verdict-server");
        LocalServer server;
        QSignalSpy failed(&server, &LocalServer::failed);
        server.start();
        qunsetenv("VERDICT_SERVER_BINARY");
        QTRY_VERIFY(!failed.isEmpty());
        QVERIFY(failed.at(0).at(0).toString().contains("/nonexistent/verdict-server"));
    }

  private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(LocalServerTest)
#include "local_server_test.moc"
