// Workspace in memory: buffers per (server, problem, language), own tests, the session, and
// exactly what changed since the last snapshot.
#include <QSignalSpy>
#include <QTest>

#include "verdict/app/workspace/workspace.h"

using namespace verdict::app;

namespace {

QStringList bufferLanguages(const WorkspaceChanges& changes) {
    QStringList languages;
    for (const auto& buffer : changes.buffers)
        languages << buffer.key.server + "/" + buffer.key.problem + "/" + buffer.key.language;
    languages.sort();
    return languages;
}

}  // namespace

class WorkspaceTest : public QObject {
    Q_OBJECT
  private slots:
    void keepsOneBufferPerProblemAndLanguage() {
        Workspace workspace;
        workspace.setServer("local");
        QVERIFY(!workspace.buffer("aplusb", "cpp").has_value());
        workspace.setBuffer("aplusb", "cpp", "int main() {}", {3, 4});
        workspace.setBuffer("aplusb", "python3", "print(1)");
        workspace.setBuffer("hello", "cpp", "// hello");
        QCOMPARE(*workspace.buffer("aplusb", "cpp"), "int main() {}");
        QCOMPARE(*workspace.buffer("aplusb", "python3"), "print(1)");
        QCOMPARE(workspace.cursor("aplusb", "cpp"), (CursorPosition{3, 4}));
        QCOMPARE(workspace.languagesWithBuffer("aplusb"), QStringList({"cpp", "python3"}));
    }

    void serversDoNotMix() {
        Workspace workspace;
        workspace.setServer("local");
        workspace.setBuffer("aplusb", "cpp", "practice");
        workspace.setOwnTests("aplusb", {QJsonObject{{"input", "1 2"}}});
        workspace.setCurrentProblem("aplusb");
        workspace.setLastLanguage("aplusb", "cpp");
        workspace.setServer("https://contest.example/ alice");
        QVERIFY(!workspace.buffer("aplusb", "cpp").has_value());
        QVERIFY(!workspace.ownTests("aplusb").has_value());
        QCOMPARE(workspace.currentProblem(), QString());
        QCOMPARE(workspace.lastLanguage("aplusb"), QString());
        workspace.setBuffer("aplusb", "cpp", "contest");
        workspace.setServer("local");
        QCOMPARE(*workspace.buffer("aplusb", "cpp"), "practice");
        QCOMPARE(workspace.currentProblem(), "aplusb");
    }

    void snapshotsHoldOnlyWhatChanged() {
        Workspace workspace;
        workspace.setServer("local");
        workspace.setBuffer("a", "cpp", "1");
        workspace.setBuffer("b", "cpp", "2");
        QVERIFY(workspace.isDirty());
        WorkspaceChanges first = workspace.takeChanges();
        QCOMPARE(bufferLanguages(first), QStringList({"local/a/cpp", "local/b/cpp"}));
        QVERIFY(!first.session.isEmpty());
        QVERIFY(!workspace.isDirty());
        QVERIFY(workspace.takeChanges().isEmpty());

        workspace.setBuffer("a", "cpp", "1");  // the same text: nothing to save
        QVERIFY(!workspace.isDirty());
        workspace.setBuffer("b", "cpp", "22");
        const WorkspaceChanges second = workspace.takeChanges();
        QCOMPARE(bufferLanguages(second), QStringList({"local/b/cpp"}));
        QVERIFY(second.session.isEmpty());
        QVERIFY(second.tests.isEmpty());

        workspace.setCursor("b", "cpp", {1, 1});  // a cursor is session, not buffer
        const WorkspaceChanges third = workspace.takeChanges();
        QVERIFY(third.buffers.isEmpty());
        QVERIFY(!third.session.isEmpty());
    }

    void aFailedSaveIsDirtyAgain() {
        Workspace workspace;
        workspace.setServer("local");
        workspace.setBuffer("a", "cpp", "old");
        const WorkspaceChanges failed = workspace.takeChanges();
        workspace.setBuffer("a", "cpp", "newer");
        workspace.returnChanges(failed);
        const WorkspaceChanges retry = workspace.takeChanges();
        QCOMPARE(retry.buffers.size(), 1);
        QCOMPARE(retry.buffers[0].text, "newer");
        QVERIFY(!retry.session.isEmpty());
    }

    void theEditorTextIsPulledWhenASnapshotIsTaken() {
        Workspace workspace;
        workspace.setServer("local");
        workspace.takeChanges();
        QString editorText = "typed";
        connect(&workspace, &Workspace::snapshotRequested, this,
                [&] { workspace.setBuffer("a", "cpp", editorText); });
        QSignalSpy changed(&workspace, &Workspace::changed);
        workspace.markEditorEdited();
        QCOMPARE(changed.size(), 1);
        QVERIFY(workspace.isDirty());
        const WorkspaceChanges changes = workspace.takeChanges();
        QCOMPARE(changes.buffers.size(), 1);
        QCOMPARE(changes.buffers[0].text, "typed");
        QSignalSpy requested(&workspace, &Workspace::snapshotRequested);
        workspace.takeChanges();  // nothing edited since: the editor is not asked again
        QCOMPARE(requested.size(), 0);
    }

    void theSessionRoundTrips() {
        Workspace workspace;
        workspace.setServer("remote");
        workspace.setCurrentProblem("b");
        workspace.setServer("local");
        workspace.setCurrentProblem("a");
        workspace.setLastLanguage("a", "python3");
        workspace.setCursor("a", "python3", {7, 2});
        workspace.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
        workspace.setWindowState("state");
        workspace.setBuffer("a", "python3", "x = 1");
        const WorkspaceChanges changes = workspace.takeChanges();

        Workspace restored;
        restored.restore({changes.buffers, changes.tests, changes.session});
        QVERIFY(!restored.isDirty());
        QCOMPARE(restored.server(), "local");
        QCOMPARE(restored.currentProblem(), "a");
        QCOMPARE(restored.lastLanguage("a"), "python3");
        QCOMPARE(restored.cursor("a", "python3"), (CursorPosition{7, 2}));
        QCOMPARE(restored.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(restored.windowState(), QByteArray("state"));
        QCOMPARE(*restored.buffer("a", "python3"), "x = 1");
        restored.setServer("remote");
        QCOMPARE(restored.currentProblem(), "b");
    }
};

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "workspace_test.moc"
