// What the Competitive Companion listener reads and writes, without a server: the HTTP request
// assembled from pieces and refused when it should be, the problem JSON, safe folder names, and
// the package written from a problem (which the package reader accepts).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "verdict/app/import/companion_package.h"
#include "verdict/app/import/companion_request.h"
#include "verdict/app/import/package_check.h"
#include "verdict/app/import/short_names.h"

using namespace verdict::app::imports;

namespace {

const QByteArray kProblem =
    "{\n"
    "  \"name\": \"B. Two Sums\", \"group\": \"Codeforces - Round 900 (Div. 2)\",\n"
    "  \"url\": \"https://codeforces.com/contest/1900/problem/B\", \"interactive\": false,\n"
    "  \"memoryLimit\": 256, \"timeLimit\": 2500,\n"
    "  \"tests\": [{\"input\": \"1 2\\n\", \"output\": \"3\\n\"}, {\"input\": \"5 5\\n\", "
    "\"output\": \"10\\n\"}],\n"
    "  \"testType\": \"single\", \"input\": {\"type\": \"stdin\"}, \"output\": {\"type\": "
    "\"stdout\"},\n"
    "  \"languages\": {\"java\": {\"mainClass\": \"Main\", \"taskClass\": \"BTwoSums\"}},\n"
    "  \"batch\": {\"id\": \"4f1d\", \"size\": 1}\n"
    "}";

QByteArray post(const QByteArray& body) {
    return "POST / HTTP/1.1\r\nHost: localhost:10043\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

}  // namespace

class CompanionFormatTest : public QObject {
    Q_OBJECT
  private slots:
    void assemblesARequestFromAnyPieces_data() {
        QTest::addColumn<int>("piece");
        QTest::newRow("one byte at a time") << 1;
        QTest::newRow("seven bytes") << 7;
        QTest::newRow("all at once") << 100000;
    }

    void assemblesARequestFromAnyPieces() {
        QFETCH(int, piece);
        const QByteArray wire = post(kProblem);
        CompanionRequest request;
        for (qsizetype at = 0; at < wire.size(); at += piece) {
            QCOMPARE(request.state(), CompanionRequest::State::Incomplete);
            request.feed(wire.mid(at, piece));
        }
        QCOMPARE(request.state(), CompanionRequest::State::Complete);
        QCOMPARE(request.method(), QByteArray("POST"));
        QCOMPARE(request.body(), kProblem);
    }

    void refusesWhatIsNotACompanionPost_data() {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << 405;
        QTest::newRow("no length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n{}") << 411;
        QTest::newRow("chunked")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}") << 411;
        QTest::newRow("oversized")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 16777217\r\n\r\n{") << 413;
        QTest::newRow("bad length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::newRow("not HTTP") << QByteArray("\x16\x03\x01 hello\r\n\r\n") << 400;
        QTest::newRow("extra bytes") << post("{}") + "garbage" << 400;
        QTest::newRow("endless headers")
            << QByteArray("POST / HTTP/1.1\r\nX: ") + QByteArray(17000, 'a') << 431;
    }

    void refusesWhatIsNotACompanionPost() {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        CompanionRequest request;
        QCOMPARE(request.feed(wire), CompanionRequest::State::Refused);
        QCOMPARE(request.refusalStatus(), status);
        QVERIFY(!request.refusalReason().isEmpty());
    }

    void answersWithAClosingResponse() {
        const QByteArray response = httpResponse(400, "bad\n");
        QVERIFY(response.startsWith("HTTP/1.1 400 Bad Request\r\n"));
        QVERIFY(response.contains("Content-Length: 4\r\n"));
        QVERIFY(response.contains("Connection: close\r\n"));
        QVERIFY(response.endsWith("\r\n\r\nbad\n"));
    }

    void readsACompanionProblem() {
        QString error;
        const auto problem = parseCompanionProblem(kProblem, error);
        QVERIFY2(problem, qPrintable(error));
        QCOMPARE(problem->name, QString("B. Two Sums"));
        QCOMPARE(problem->group, QString("Codeforces - Round 900 (Div. 2)"));
        QCOMPARE(problem->timeMs, 2500);
        QCOMPARE(problem->memoryMb, 256);
        QCOMPARE(problem->tests.size(), 2);
        QCOMPARE(problem->tests[1].output, QString("10\n"));
        QVERIFY(problem->inputFile.isEmpty());
    }

    void refusesABadProblem_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"name\": ") << "not a JSON object";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "not a JSON object";
        QTest::newRow("no name") << QByteArray("{\"tests\": []}") << "no \"name\"";
        QTest::newRow("tests not a list")
            << QByteArray("{\"name\": \"A\", \"tests\": {\"input\": \"1\"}}") << "\"tests\"";
        QTest::newRow("test not strings")
            << QByteArray("{\"name\": \"A\", \"tests\": [{\"input\": 1, \"output\": 2}]}")
            << "\"tests\"";
        QTest::newRow("limit a string")
            << QByteArray("{\"name\": \"A\", \"timeLimit\": \"2s\", \"tests\": []}")
            << "\"timeLimit\"";
        QTest::newRow("no tests") << QByteArray("{\"name\": \"A\", \"tests\": []}")
                                  << "no sample tests";
        QTest::newRow("interactive")
            << QByteArray("{\"name\": \"A\", \"interactive\": true, \"tests\": []}")
            << "interactive";
    }

    void refusesABadProblem() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseCompanionProblem(json, error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void makesSafeFolderNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("codeforces") << "B. Two Sums"
                                    << "b-two-sums";
        QTest::newRow("traversal") << "../../etc"
                                   << "etc";
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "etc-passwd";
        QTest::newRow("backslashes") << "..\\..\\windows"
                                     << "windows";
        QTest::newRow("only dots") << "../.."
                                   << "problem";
        QTest::newRow("non-ASCII") << QString::fromUtf8("Задача Ä") << "problem";
        QTest::newRow("underscore") << "_a_b_"
                                    << "a_b_";
        QTest::newRow("long") << QString(200, 'x') << QString(48, 'x');
    }

    void makesSafeFolderNames() {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        CompanionProblem problem;
        problem.name = name;
        QCOMPARE(companionSlug(problem), slug);
    }

    void findsAFreeShortName() {
        QCOMPARE(freeShortName("a", {}), QString("a"));
        QCOMPARE(freeShortName("a", {"a", "a-2"}), QString("a-3"));
        const QString longest(kMaxShortName, 'y');
        const QString free = freeShortName(longest, {longest});
        QCOMPARE(free.size(), kMaxShortName);
        QVERIFY(free.endsWith("-2"));
    }

    void writesAPackageTheReaderAccepts() {
        QString error;
        auto problem = parseCompanionProblem(kProblem, error);
        QVERIFY(problem);
        problem->name = "Tricky \"name\": [x] <b>bold</b>\n# not a heading";
        QTemporaryDir root;
        const QString folder = root.filePath("b-two-sums");
        QVERIFY2(writeCompanionPackage(*problem, folder, error), qPrintable(error));
        QCOMPARE(readAll(folder + "/data/sample/01.in"), QString("1 2\n"));
        QCOMPARE(readAll(folder + "/data/sample/02.ans"), QString("10\n"));
        const QString yaml = readAll(folder + "/problem.yaml");
        QVERIFY2(yaml.contains("time_limit: 2.5\n"), qPrintable(yaml));
        QVERIFY2(yaml.contains("memory: 256\n"), qPrintable(yaml));
        const QString statement = readAll(folder + "/statement/problem.en.md");
        QVERIFY(statement.contains("<https://codeforces.com/contest/1900/problem/B>"));
        QVERIFY(statement.contains("Round 900 \\(Div\\. 2\\)"));
        QVERIFY2(statement.contains("\\<b\\>bold\\</b\\> \\# not a heading"),
                 qPrintable(statement));

        const PackageCheck check = checkPackage(folder);
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.displayName, problem->name);
        QCOMPARE(check.suggestedShortName, QString("b-two-sums"));
    }

    void replacesAnEarlierProblemsFiles() {
        QString error;
        auto problem = parseCompanionProblem(kProblem, error);
        QTemporaryDir root;
        const QString folder = root.filePath("p");
        QVERIFY(writeCompanionPackage(*problem, folder, error));
        problem->tests.removeLast();
        problem->timeMs = 1000;
        QVERIFY(writeCompanionPackage(*problem, folder, error));
        QVERIFY(!QFile::exists(folder + "/data/sample/02.in"));
        const QString yaml = readAll(folder + "/problem.yaml");
        QVERIFY2(yaml.contains("time_limit: 1\n") && !yaml.contains("time_resolution"),
                 qPrintable(yaml));
    }
};

QTEST_MAIN(CompanionFormatTest)
#include "companion_format_test.moc"
