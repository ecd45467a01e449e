// SubmissionHistory: every submitted source kept per (server, problem), newest first, a reused
// id never overwrites, damaged files skipped with a message.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app_test_env.h"

#include "verdict/app/workspace/submission_history.h"

using namespace verdict::app;

namespace {

SubmittedSource source(qint64 id, int minute, const QString& text,
                       const QString& server = "local") {
    return {server, "aplusb", "cpp", id, QDateTime(QDate(2026, 11, 26), QTime(8, minute), Qt::UTC),
            text};
}

}  // namespace

class SubmissionHistoryTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        verdict::tests::useScratchDataHome(m_home);
    }

    void listsNewestFirstAndFindsById() {
        QTemporaryDir dir;
        SubmissionHistory history(dir.path());
        QVERIFY(history.record(source(1, 1, "first")));
        QVERIFY(history.record(source(2, 2, "second")));
        QVERIFY(history.record(source(9, 3, "other server", "remote")));
        const auto sources = history.list("local", "aplusb");
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources[0].submissionId, 2);
        QCOMPARE(sources[0].text, "second");
        QCOMPARE(sources[0].language, "cpp");
        QCOMPARE(sources[0].submittedAt, source(2, 2, "").submittedAt);
        QCOMPARE(sources[1].text, "first");
        QCOMPARE(history.find("local", "aplusb", 1)->text, "first");
        QVERIFY(!history.find("local", "aplusb", 9).has_value());
        QCOMPARE(history.find("remote", "aplusb", 9)->text, "other server");
        QVERIFY(history.list("local", "hello").isEmpty());
    }

    void aReusedIdDoesNotOverwrite() {
        QTemporaryDir dir;
        SubmissionHistory history(dir.path());
        QVERIFY(history.record(source(1, 1, "before the server was reset")));
        QVERIFY(history.record(source(1, 5, "after")));
        const auto sources = history.list("local", "aplusb");
        QCOMPARE(sources.size(), 2);
        QCOMPARE(history.find("local", "aplusb", 1)->text, "after");
    }

    void skipsADamagedFile() {
        QTemporaryDir dir;
        SubmissionHistory history(dir.path());
        QVERIFY(history.record(source(1, 1, "kept")));
        QVERIFY(history.record(source(2, 2, "damaged")));
        const QString folder = QDir(dir.path()).filePath("history");
        const QString problemFolder = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot)[0];
        QDir problemDir(QDir(folder).filePath(problemFolder));
        const QString newest = problemDir.entryList(QDir::Files, QDir::Name | QDir::Reversed)[0];
        QFile file(problemDir.filePath(newest));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        file.resize(bytes.size() / 2);  // truncated
        file.close();
        QStringList skipped;
        const auto sources = history.list("local", "aplusb", &skipped);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].text, "kept");
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped[0].contains(newest));
    }

  private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(SubmissionHistoryTest)
#include "submission_history_test.moc"
