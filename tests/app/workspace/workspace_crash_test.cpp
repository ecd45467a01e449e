// A real crash: the child autosaves in a loop and is killed with SIGKILL at random moments; after
// every kill the store loads cleanly and each file holds one complete saved version.
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "app_test_env.h"

#include "crash_text.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"

using namespace verdict::app;
namespace crash = verdict::tests::crash;

namespace {

constexpr int kRounds = 8;

// Reads "saved N" lines until at least `count` arrived; returns the last N (or -1).
int waitForSaves(QProcess& child, int count) {
    int seen = 0;
    int last = -1;
    while (seen < count && child.waitForReadyRead(20000)) {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("saved ")) {
                last = line.mid(6).toInt();
                ++seen;
            }
        }
    }
    return last;
}

int lastSaved(const QByteArray& output, int last) {
    for (const QByteArray& line : output.split('\n'))
        if (line.startsWith("saved "))
            last = line.mid(6).toInt();
    return last;
}

}  // namespace

class WorkspaceCrashTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        verdict::tests::useScratchDataHome(m_home);
    }

    void everyKillLeavesCompleteVersions() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspaceDir = QDir(dir.path()).filePath("workspace");
        int previous = -1;
        for (int round = 0; round < kRounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(VERDICT_CRASH_CHILD, {workspaceDir});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            QVERIFY2(waitForSaves(child, 2) >= 0, "the child saved nothing");
            QThread::usleep(QRandomGenerator::global()->bounded(40000u));
            child.kill();  // SIGKILL
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const int saved = lastSaved(child.readAllStandardOutput(), -1);
            checkStore(workspaceDir, std::max(saved, previous));
            if (QTest::currentTestFailed())
                return;
            previous = std::max(saved, previous);
        }
    }

  private:
    // Each buffer, the tests and the session are whole and at least as new as the last "saved".
    void checkStore(const QString& workspaceDir, int lastSavedVersion) {
        const auto loaded = WorkspaceStore(workspaceDir).load();
        QVERIFY2(loaded.skipped.isEmpty(), qPrintable(loaded.skipped.join('\n')));
        Workspace workspace;
        workspace.restore(loaded.contents);
        QCOMPARE(workspace.server(), crash::kServer);
        QCOMPARE(workspace.currentProblem(), crash::kProblem);
        for (const QString language : {"cpp", "python3"}) {
            const auto text = workspace.buffer(crash::kProblem, language);
            QVERIFY(text.has_value());
            const int version = crash::versionOf(*text);
            QVERIFY2(version >= lastSavedVersion,
                     qPrintable(QString("%1 < %2").arg(version).arg(lastSavedVersion)));
            QVERIFY2(*text == crash::text(version, language), "a buffer is not a saved version");
        }
        const auto tests = workspace.ownTests(crash::kProblem);
        QVERIFY(tests.has_value());
        const int testsVersion = tests->at(0).toObject().value("expected").toString().toInt() / 2;
        QCOMPARE(*tests, crash::tests(testsVersion));
        QVERIFY(testsVersion >= lastSavedVersion);
        const int cursorLine = workspace.cursor(crash::kProblem, "cpp").line;
        QVERIFY(cursorLine >= lastSavedVersion);
    }
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(WorkspaceCrashTest)
#include "workspace_crash_test.moc"
