// Autosaver: debounce after the last edit, a save at least every maxInterval while typing goes
// on, flush() for quit, a failed save retried, a 5 MB buffer saved off the UI thread.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app_test_env.h"

#include "verdict/app/workspace/autosaver.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"

using namespace verdict::app;

namespace {

QString savedText(const WorkspaceStore& store, const QString& problem) {
    Workspace workspace;
    workspace.restore(store.load().contents);
    workspace.setServer("local");
    return workspace.buffer(problem, "cpp").value_or(QString());
}

}  // namespace

class AutosaverTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        verdict::tests::useScratchDataHome(m_home);
    }

    void init() {
        m_dir.emplace();
        m_store.emplace(m_dir->path());
        m_workspace.emplace();
        m_workspace->setServer("local");
    }

    void cleanup() {
        m_workspace.reset();
        m_store.reset();
        m_dir.reset();
    }

    void defaultsToOneSecondAndFiveSeconds() {
        Autosaver autosaver(&*m_workspace, &*m_store);
        QCOMPARE(autosaver.delay(), 1000);
        QCOMPARE(autosaver.maxInterval(), 5000);
    }

    void savesAPauseAfterTheLastEdit() {
        Autosaver autosaver(&*m_workspace, &*m_store);
        autosaver.setDelay(500);
        autosaver.setMaxInterval(60000);
        QSignalSpy saved(&autosaver, &Autosaver::saved);
        QElapsedTimer sinceLastEdit;
        for (int i = 0; i < 5; ++i) {
            m_workspace->setBuffer("a", "cpp", QString("edit %1").arg(i));
            sinceLastEdit.start();
            QTest::qWait(100);  // far shorter than the delay: no save yet
            QCOMPARE(saved.size(), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QVERIFY(sinceLastEdit.elapsed() >= 450);  // coarse timers may fire 5% early
        QCOMPARE(savedText(*m_store, "a"), "edit 4");
        QTest::qWait(700);
        QCOMPARE(saved.size(), 1);  // nothing changed since
    }

    void savesWhileTypingGoesOn() {
        Autosaver autosaver(&*m_workspace, &*m_store);
        autosaver.setDelay(400);
        autosaver.setMaxInterval(800);
        QSignalSpy saved(&autosaver, &Autosaver::saved);
        QElapsedTimer typing;
        typing.start();
        int edits = 0;
        while (saved.isEmpty() && typing.elapsed() < 5000) {
            m_workspace->setBuffer("a", "cpp", QString("keystroke %1").arg(edits++));
            QTest::qWait(50);  // every edit restarts the debounce
        }
        QCOMPARE(saved.size(), 1);
        QVERIFY2(typing.elapsed() >= 700 && typing.elapsed() < 3000,
                 qPrintable(QString::number(typing.elapsed())));
        QVERIFY(savedText(*m_store, "a").startsWith("keystroke "));
    }

    void savesWhatChangedBeforeItWasMade() {
        m_workspace->setBuffer("a", "cpp", "before");
        Autosaver autosaver(&*m_workspace, &*m_store);
        autosaver.setDelay(20);
        QSignalSpy saved(&autosaver, &Autosaver::saved);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QCOMPARE(savedText(*m_store, "a"), "before");
    }

    void flushSavesEverythingAtOnce() {
        Autosaver autosaver(&*m_workspace, &*m_store);
        m_workspace->setBuffer("a", "cpp", "written at quit");
        m_workspace->setCurrentProblem("a");
        QVERIFY(autosaver.flush());
        QVERIFY(!m_workspace->isDirty());
        QCOMPARE(savedText(*m_store, "a"), "written at quit");
    }

    void flushWaitsForTheSaveInFlight() {
        Autosaver autosaver(&*m_workspace, &*m_store);
        QSignalSpy saved(&autosaver, &Autosaver::saved);
        m_workspace->setBuffer("a", "cpp", QString(2'000'000, 'x'));
        autosaver.saveNow();
        QVERIFY(autosaver.isSaving());
        m_workspace->setBuffer("b", "cpp", "after");
        QVERIFY(autosaver.flush());
        QCOMPARE(saved.size(), 2);
        QCOMPARE(savedText(*m_store, "a").size(), 2'000'000);
        QCOMPARE(savedText(*m_store, "b"), "after");
        QTest::qWait(50);  // the watcher's late signal must not count the first save twice
        QCOMPARE(saved.size(), 2);
    }

    void aFailedSaveIsReportedAndRetried() {
        const QString blocked = QDir(m_dir->path()).filePath("blocked");
        QFile(blocked).open(QIODevice::WriteOnly);  // a file where the folder should be
        WorkspaceStore store(blocked);
        Autosaver autosaver(&*m_workspace, &store);
        autosaver.setDelay(10);
        autosaver.setMaxInterval(300);
        QSignalSpy failed(&autosaver, &Autosaver::saveFailed);
        m_workspace->setBuffer("a", "cpp", "keep me");
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(failed[0][0].toString().contains("blocked"));
        QVERIFY(m_workspace->isDirty());
        QTest::qWait(150);  // no retry loop: the next attempt waits for maxInterval
        QCOMPARE(failed.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
        QVERIFY(!autosaver.flush());
        QVERIFY(m_workspace->isDirty());

        WorkspaceStore good(QDir(m_dir->path()).filePath("good"));
        Autosaver retry(&*m_workspace, &good);
        QVERIFY(retry.flush());
        QCOMPARE(savedText(good, "a"), "keep me");
    }

    void aFiveMegabyteBufferIsSavedOffTheUiThread() {
        Autosaver autosaver(&*m_workspace, &*m_store);
        QSignalSpy saved(&autosaver, &Autosaver::saved);
        const QString big = QString("0123456789abcdef\n").repeated(5 * 1024 * 1024 / 17);
        m_workspace->setBuffer("big", "cpp", big);
        QElapsedTimer uiThread;
        uiThread.start();
        autosaver.saveNow();  // the UI thread's share: the snapshot only
        const qint64 uiMs = uiThread.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        qInfo("5 MB save: %lld ms on the UI thread, %lld ms in all", uiMs, uiThread.elapsed());
        QVERIFY2(uiMs < 50, qPrintable(QString::number(uiMs)));
        QVERIFY(savedText(*m_store, "big") == big);
    }

    void editsDuringASaveAreSavedNext() {
        Autosaver autosaver(&*m_workspace, &*m_store);
        autosaver.setDelay(20);
        QSignalSpy saved(&autosaver, &Autosaver::saved);
        m_workspace->setBuffer("a", "cpp", QString(3'000'000, 'y'));
        autosaver.saveNow();
        m_workspace->setBuffer("a", "cpp", "typed during the save");
        autosaver.saveNow();  // busy: runs after the first
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 20000);
        QVERIFY(!m_workspace->isDirty());
        QCOMPARE(savedText(*m_store, "a"), "typed during the save");
    }

  private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<WorkspaceStore> m_store;
    std::optional<Workspace> m_workspace;
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(AutosaverTest)
#include "autosaver_test.moc"
