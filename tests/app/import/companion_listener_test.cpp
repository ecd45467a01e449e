// The Competitive Companion listener end to end: real JSON POSTed over a real TCP socket (in
// pieces, and as a batch of several problems) becomes a problem on the real local judge with its
// samples and limits; bad requests get a 4xx; hostile names stay in their folder; a port that
// is taken is reported and leaves everything else working.
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "import_test_server.h"
#include "verdict/app/import/companion_listener.h"
#include "verdict/app/import/package_importer.h"

using verdict::app::imports::CompanionListener;

namespace {

constexpr int kJudgeMs = 120000;  // compile and run in the sandbox, on a busy machine too

QByteArray problemJson(const QString& name, int timeMs, int memoryMb) {
    const QJsonObject problem{
        {"name", name},
        {"group", "Codeforces - Educational Round 160"},
        {"url", "https://codeforces.com/contest/1913/problem/A"},
        {"interactive", false},
        {"memoryLimit", memoryMb},
        {"timeLimit", timeMs},
        {"tests", QJsonArray{QJsonObject{{"input", "3\n1 2 3\n"}, {"output", "6\n"}},
                             QJsonObject{{"input", "1\n-5\n"}, {"output", "-5\n"}}}},
        {"testType", "single"},
        {"input", QJsonObject{{"type", "stdin"}}},
        {"output", QJsonObject{{"type", "stdout"}}},
        {"languages", QJsonObject{{"java", QJsonObject{{"mainClass", "Main"}}}}},
        {"batch", QJsonObject{{"id", "b7c1"}, {"size", 1}}}};
    return QJsonDocument(problem).toJson(QJsonDocument::Compact);
}

QByteArray post(const QByteArray& body) {
    return "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Sends `wire` in pieces of `piece` bytes (each flushed and given time to arrive on its own),
// then reads the whole answer: its status, or 0.
int send(quint16 port, const QByteArray& wire, int piece = 0) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    for (qsizetype at = 0; at<wire.size(); at += piece> 0 ? piece : wire.size()) {
        socket.write(wire.mid(at, piece > 0 ? piece : wire.size()));
        socket.waitForBytesWritten(5000);
        if (piece > 0)
            QTest::qWait(5);
    }
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState ||
                   answer.contains("\r\n\r\n");
        },
        10000);
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.value(1).toInt();
}

}  // namespace

class CompanionListenerTest : public QObject {
    Q_OBJECT
  private:
    verdict::tests::ImportTestServer m_server;
    CompanionListener* m_listener = nullptr;

  private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start(error), qPrintable(error));
        m_listener = new CompanionListener(&m_server.session, this);
        m_listener->setPort(0);
        QVERIFY(m_listener->start());
        QVERIFY(m_listener->listeningPort() != 0);
        QVERIFY(m_listener->packagesDirectory().startsWith(m_server.home.path()));
    }

    void importsAReceivedProblemWithItsSamplesAndLimits() {
        QSignalSpy received(m_listener, &CompanionListener::problemReceived);
        QSignalSpy failed(m_listener, &CompanionListener::failed);
        const QByteArray wire = post(problemJson("A. Sum of Three", 2500, 128));
        QCOMPARE(send(m_listener->listeningPort(), wire, 37), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() || !failed.isEmpty(),
                                 verdict::tests::kImportMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(received.at(0).at(0).toString(), QString("a-sum-of-three"));

        const int id = m_server.problems().value("a-sum-of-three");
        QVERIFY(id > 0);
        const auto problem = m_server.problem(id);
        QCOMPARE(problem["name"].get<std::string>(), "A. Sum of Three");
        QCOMPARE(problem["time_limit"].get<double>(), 2.5);
        QCOMPARE(problem["memory_mib"].get<int>(), 128);
        QCOMPARE(problem["samples"].size(), 2u);
        QCOMPARE(problem["samples"][0]["input"].get<std::string>(), "3\n1 2 3\n");
        QCOMPARE(problem["samples"][1]["output"].get<std::string>(), "-5\n");
        const std::string statement = problem["statement"]["markdown"].get<std::string>();
        QVERIFY(statement.find("https://codeforces.com/contest/1913/problem/A") !=
                std::string::npos);
        QVERIFY(QFile::exists(m_listener->packagesDirectory() + "/a-sum-of-three/problem.yaml"));
    }

    void theReceivedProblemIsJudgedOnItsSamples() {
        const int id = m_server.problems().value("a-sum-of-three");
        QVERIFY(id > 0);
        verdict::client::Client api(m_server.address, m_server.token.toStdString());
        auto submitted =
            api.submit(id, "python3", "input()\nprint(sum(map(int, input().split())))\n");
        QVERIFY2(submitted, submitted.error.describe().c_str());
        const std::string path = "/api/v1/submissions/" + std::to_string(*submitted.value);
        nlohmann::json submission = nlohmann::json::object();
        auto judged = [&] {
            if (auto shown = api.get(path))
                submission = *shown.value;
            return submission.value("status", std::string()) == "done";
        };
        QTRY_VERIFY_WITH_TIMEOUT(judged(), kJudgeMs);
        QCOMPARE(submission["verdict"].get<std::string>(), "AC");
        QCOMPARE(submission["result"]["tests"].size(), 2u);
    }

    void importsABatchInOrder() {
        QSignalSpy received(m_listener, &CompanionListener::problemReceived);
        QSignalSpy failed(m_listener, &CompanionListener::failed);
        const QStringList names{"C. Batch One", "D. Batch Two", "E. Batch Three"};
        for (const QString& name : names)
            QCOMPARE(send(m_listener->listeningPort(), post(problemJson(name, 1000, 256))), 200);
        QTRY_COMPARE_WITH_TIMEOUT(received.size() + failed.size(), 3, verdict::tests::kImportMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(received.at(0).at(0).toString(), QString("c-batch-one"));
        QCOMPARE(received.at(1).at(0).toString(), QString("d-batch-two"));
        QCOMPARE(received.at(2).at(0).toString(), QString("e-batch-three"));
        const auto problems = m_server.problems();
        QVERIFY(problems.value("c-batch-one") < problems.value("d-batch-two"));
        QVERIFY(problems.value("d-batch-two") < problems.value("e-batch-three"));
        QCOMPARE(m_server.problem(problems.value("d-batch-two"))["time_limit"].get<double>(), 1.0);
    }

    void refusesBadRequests_data() {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("malformed JSON") << post("{\"name\": \"A\", \"tests\": [") << 400;
        QTest::newRow("no tests") << post("{\"name\": \"A\", \"tests\": []}") << 400;
        QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") << 405;
        QTest::newRow("oversized")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n{") << 413;
    }

    void refusesBadRequests() {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        QSignalSpy failed(m_listener, &CompanionListener::failed);
        const auto before = m_server.problems();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("Competitive Companion: refused a request"));
        QCOMPARE(send(m_listener->listeningPort(), wire), status);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_server.problems(), before);
    }

    void keepsAHostileNameInItsFolder() {
        QSignalSpy received(m_listener, &CompanionListener::problemReceived);
        QSignalSpy failed(m_listener, &CompanionListener::failed);
        QCOMPARE(send(m_listener->listeningPort(), post(problemJson("../../etc", 1000, 64))), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() || !failed.isEmpty(),
                                 verdict::tests::kImportMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(received.at(0).at(0).toString(), QString("etc"));
        const QDir root(m_listener->packagesDirectory());
        QVERIFY(QFile::exists(root.filePath("etc/problem.yaml")));
        // Nothing was written beside the packages folder.
        QDir parent(root);
        parent.cdUp();
        QVERIFY(!parent.exists("etc"));
        QDirIterator files(root.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY(QFileInfo(files.next()).canonicalFilePath().startsWith(root.canonicalPath()));
    }

    void reportsAPortInUse() {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        CompanionListener second(&m_server.session);
        second.setPort(occupant.serverPort());
        QSignalSpy failed(&second, &CompanionListener::failed);
        QVERIFY(!second.start());
        QVERIFY(!second.isListening());
        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QString::number(occupant.serverPort())), qPrintable(message));
        // The first listener goes on working.
        QCOMPARE(send(m_listener->listeningPort(), post(problemJson("F. Still Here", 1000, 64))),
                 200);
    }

    void cleanupTestCase() {
        // The last import may still be running: let it end before the server stops.
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->importer()->importsRunning(), 0,
                                  verdict::tests::kImportMs);
    }
};

QTEST_MAIN(CompanionListenerTest)
#include "companion_listener_test.moc"
