// WorkspaceStore on disk: round trip, file names from the key only, damaged files skipped with a
// message while the rest is restored, only changed files rewritten, a 5 MB buffer.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app_test_env.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"

using namespace verdict::app;

namespace {

const QDateTime kLongAgo = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);

QString bufferPath(const WorkspaceStore& store, const BufferKey& key) {
    return QDir(store.directory()).filePath("buffers/" + key.fileId() + ".json");
}

void ageFile(const QString& path) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(kLongAgo, QFileDevice::FileModificationTime));
}

QDateTime modified(const QString& path) {
    return QFileInfo(path).fileTime(QFileDevice::FileModificationTime).toUTC();
}

void overwrite(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// A workspace with two servers, three buffers, tests and a session, saved into store.
void saveSample(const WorkspaceStore& store) {
    Workspace workspace;
    workspace.setServer("https://contest.example alice");
    workspace.setBuffer("aplusb", "cpp", "contest code");
    workspace.setServer("local");
    workspace.setBuffer("aplusb", "cpp", "int main() { return 0; }\n", {1, 5});
    workspace.setBuffer("aplusb", "python3", "print(sum(map(int, input().split())))\n");
    workspace.setOwnTests("aplusb", {QJsonObject{{"input", "1 2\n"}, {"expected", "3\n"}}});
    workspace.setCurrentProblem("aplusb");
    workspace.setLastLanguage("aplusb", "python3");
    QVERIFY(store.write(workspace.takeChanges()).isEmpty());
}

}  // namespace

class WorkspaceStoreTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        verdict::tests::useScratchDataHome(m_home);
    }

    void livesInTheAppDataFolder() {
        QCOMPARE(WorkspaceStore::defaultDirectory(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath("workspace"));
        QVERIFY(WorkspaceStore::defaultDirectory().startsWith(m_home.path()));
    }

    void roundTripsBuffersTestsAndSession() {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        saveSample(store);
        const auto loaded = store.load();
        QVERIFY2(loaded.skipped.isEmpty(), qPrintable(loaded.skipped.join('\n')));
        Workspace workspace;
        workspace.restore(loaded.contents);
        QCOMPARE(workspace.server(), "local");
        QCOMPARE(workspace.currentProblem(), "aplusb");
        QCOMPARE(workspace.lastLanguage("aplusb"), "python3");
        QCOMPARE(*workspace.buffer("aplusb", "cpp"), "int main() { return 0; }\n");
        QCOMPARE(workspace.cursor("aplusb", "cpp"), (CursorPosition{1, 5}));
        QCOMPARE(workspace.ownTests("aplusb")->at(0).toObject().value("expected"), "3\n");
        workspace.setServer("https://contest.example alice");
        QCOMPARE(*workspace.buffer("aplusb", "cpp"), "contest code");
        QVERIFY(!workspace.buffer("aplusb", "python3").has_value());
    }

    void namesFilesAfterTheKeyNeverThePath() {
        QTemporaryDir dir;
        WorkspaceStore store(QDir(dir.path()).filePath("workspace"));
        Workspace workspace;
        workspace.setServer("../..");
        workspace.setBuffer("../../escape", "/etc/passwd", "text");
        QVERIFY(store.write(workspace.takeChanges()).isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList({"workspace"}));
        const QStringList buffers = QDir(store.directory() + "/buffers").entryList(QDir::Files);
        QCOMPARE(buffers.size(), 1);
        QVERIFY(QRegularExpression("^[0-9a-f]{64}\\.json$").match(buffers[0]).hasMatch());
        Workspace restored;
        restored.restore(store.load().contents);
        restored.setServer("../..");
        QCOMPARE(*restored.buffer("../../escape", "/etc/passwd"), "text");
    }

    void skipsDamagedFilesAndKeepsTheRest_data() {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("truncated") << QByteArray("{\"format\":\"verdict-buffer-1\",\"ser");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\xff\x13garbage", 10);
        QTest::newRow("text altered") << QByteArray();  // built below from the real file
        QTest::newRow("another key") << QByteArray();
    }

    void skipsDamagedFilesAndKeepsTheRest() {
        QFETCH(QByteArray, damage);
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        saveSample(store);
        const QString damaged = bufferPath(store, {"local", "aplusb", "cpp"});
        const QString tag = QTest::currentDataTag();
        if (tag == "text altered") {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadOnly));
            damage = file.readAll().replace("return 0", "return 1");
        } else if (tag == "another key") {
            QFile file(bufferPath(store, {"local", "aplusb", "python3"}));
            QVERIFY(file.open(QIODevice::ReadOnly));
            damage = file.readAll();
        }
        overwrite(damaged, damage);

        const auto loaded = store.load();
        QCOMPARE(loaded.skipped.size(), 1);
        QVERIFY2(loaded.skipped[0].contains(QFileInfo(damaged).fileName()),
                 qPrintable(loaded.skipped[0]));
        Workspace workspace;
        workspace.restore(loaded.contents);
        QVERIFY(!workspace.buffer("aplusb", "cpp").has_value());
        QVERIFY(workspace.buffer("aplusb", "python3").has_value());
        QVERIFY(workspace.ownTests("aplusb").has_value());
        QCOMPARE(workspace.currentProblem(), "aplusb");
    }

    void aDamagedSessionStartsAfreshAndKeepsTheBuffers() {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        saveSample(store);
        overwrite(QDir(dir.path()).filePath("session.json"), "{\"format\":");
        const auto loaded = store.load();
        QCOMPARE(loaded.skipped.size(), 1);
        QVERIFY(loaded.skipped[0].contains("session.json"));
        QCOMPARE(loaded.contents.buffers.size(), 3);
        QVERIFY(loaded.contents.session.isEmpty());
    }

    void aMissingFolderIsAFirstStart() {
        const auto loaded = WorkspaceStore("/nonexistent/verdict/workspace").load();
        QVERIFY(loaded.skipped.isEmpty());
        QVERIFY(loaded.contents.buffers.isEmpty());
    }

    void removesLeftoversOfAnInterruptedWrite() {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        saveSample(store);
        const QString leftover = bufferPath(store, {"local", "x", "cpp"}) + ".AbC123";
        overwrite(leftover, "{\"format\":\"verdict-buf");
        const auto loaded = store.load();
        QVERIFY(loaded.skipped.isEmpty());
        QCOMPARE(loaded.contents.buffers.size(), 3);
        QVERIFY(!QFile::exists(leftover));
    }

    void rewritesOnlyWhatChanged() {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        Workspace workspace;
        workspace.setServer("local");
        for (const QString problem : {"a", "b", "c"})
            workspace.setBuffer(problem, "cpp", "code of " + problem);
        workspace.setOwnTests("a", {QJsonObject{{"input", "1"}}});
        QVERIFY(store.write(workspace.takeChanges()).isEmpty());
        QStringList files;
        for (const QString problem : {"a", "b", "c"})
            files << bufferPath(store, {"local", problem, "cpp"});
        const QString testsFile =
            QDir(dir.path()).filePath("tests/" + ProblemKey{"local", "a"}.fileId() + ".json");
        const QString sessionFile = QDir(dir.path()).filePath("session.json");
        for (const QString& file : files + QStringList{testsFile, sessionFile})
            ageFile(file);

        workspace.setBuffer("b", "cpp", "new code of b");
        QVERIFY(store.write(workspace.takeChanges()).isEmpty());
        QCOMPARE(modified(files[0]), kLongAgo);
        QVERIFY(modified(files[1]) > kLongAgo);
        QCOMPARE(modified(files[2]), kLongAgo);
        QCOMPARE(modified(testsFile), kLongAgo);
        QCOMPARE(modified(sessionFile), kLongAgo);

        workspace.setCursor("c", "cpp", {2, 0});
        QVERIFY(store.write(workspace.takeChanges()).isEmpty());
        QCOMPARE(modified(files[2]), kLongAgo);
        QVERIFY(modified(sessionFile) > kLongAgo);
    }

    void savesAndLoadsAFiveMegabyteBuffer() {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        QString big;
        big.reserve(5 * 1024 * 1024 + 100);
        for (int i = 0; big.size() < 5 * 1024 * 1024; ++i)
            big += QStringLiteral("value[%1] = \"\\\"é\t\";  // line %1\n").arg(i);
        Workspace workspace;
        workspace.setServer("local");
        workspace.setBuffer("big", "cpp", big);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(store.write(workspace.takeChanges()).isEmpty());
        const qint64 writeMs = timer.restart();
        const auto loaded = store.load();
        const qint64 loadMs = timer.elapsed();
        qInfo("5 MB buffer: write %lld ms (on the worker), load %lld ms", writeMs, loadMs);
        QVERIFY(loaded.skipped.isEmpty());
        QCOMPARE(loaded.contents.buffers.size(), 1);
        QVERIFY(loaded.contents.buffers[0].text == big);
    }

  private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(WorkspaceStoreTest)
#include "workspace_store_test.moc"
