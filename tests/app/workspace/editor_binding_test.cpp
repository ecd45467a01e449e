// EditorBinding: the editor shows one buffer at a time; switching problem, language or server
// stores the typed text in the buffer it belongs to, and the Autosaver pulls it at save time.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app_test_env.h"
#include "verdict/app/workspace/autosaver.h"
#include "verdict/app/workspace/editor_binding.h"
#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"
#include "verdict/editor/code_editor.h"

using namespace verdict::app;
using verdict::editor::CodeEditor;

class EditorBindingTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        verdict::tests::useScratchDataHome(m_home);
    }

    void anUntouchedTemplateIsNotABuffer() {
        Workspace workspace;
        workspace.setServer("local");
        CodeEditor editor;
        EditorBinding binding(&workspace, &editor);
        binding.open("a", "cpp", "// template");
        QCOMPARE(editor.text(), "// template");
        binding.open("b", "cpp", "// template");
        QVERIFY(!workspace.buffer("a", "cpp").has_value());
        QCOMPARE(workspace.currentProblem(), "b");
        QCOMPARE(workspace.lastLanguage("b"), "cpp");
    }

    void switchingStoresTypedTextInItsOwnBuffer() {
        Workspace workspace;
        workspace.setServer("local");
        CodeEditor editor;
        EditorBinding binding(&workspace, &editor);
        binding.open("a", "cpp", "");
        editor.setText("line one\nline two\n");
        editor.setCursorPosition(1, 3);
        QVERIFY(binding.hasUnstoredEdits());
        QVERIFY(workspace.isDirty());
        binding.open("a", "python3", "# python template");
        QCOMPARE(*workspace.buffer("a", "cpp"), "line one\nline two\n");
        QCOMPARE(editor.text(), "# python template");
        binding.open("b", "cpp", "");
        binding.open("a", "cpp", "unused fallback");
        QCOMPARE(editor.text(), "line one\nline two\n");
        int line = 0;
        int index = 0;
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 3);
    }

    void theSnapshotPullsTheEditorText() {
        Workspace workspace;
        workspace.setServer("local");
        CodeEditor editor;
        EditorBinding binding(&workspace, &editor);
        binding.open("a", "cpp", "");
        workspace.takeChanges();
        editor.setText("typed");
        QVERIFY(!workspace.buffer("a", "cpp").has_value());  // no copy per keystroke
        const WorkspaceChanges changes = workspace.takeChanges();
        QCOMPARE(changes.buffers.size(), 1);
        QCOMPARE(changes.buffers[0].text, "typed");
        QVERIFY(!binding.hasUnstoredEdits());
    }

    void aServerChangeKeepsTextWithItsServer() {
        Workspace workspace;
        workspace.setServer("local");
        CodeEditor editor;
        EditorBinding binding(&workspace, &editor);
        binding.open("a", "cpp", "");
        editor.setText("practice code");
        workspace.setServer("https://contest.example alice");
        QCOMPARE(binding.problem(), QString());
        editor.setText("not attached to any buffer");
        binding.open("a", "cpp", "// contest template");
        QCOMPARE(editor.text(), "// contest template");
        workspace.setServer("local");
        QCOMPARE(*workspace.buffer("a", "cpp"), "practice code");
    }

    void typedTextSurvivesARestart() {
        QTemporaryDir dir;
        WorkspaceStore store(dir.path());
        {
            Workspace workspace;
            workspace.setServer("local");
            CodeEditor editor;
            EditorBinding binding(&workspace, &editor);
            Autosaver autosaver(&workspace, &store);
            autosaver.setDelay(50);
            QSignalSpy saved(&autosaver, &Autosaver::saved);
            binding.open("a", "cpp", "");
            editor.setText("autosaved");
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 5000);
            editor.setText("saved at quit");
            QVERIFY(autosaver.flush());
        }
        Workspace workspace;
        workspace.restore(store.load().contents);
        CodeEditor editor;
        EditorBinding binding(&workspace, &editor);
        binding.open(workspace.currentProblem(), workspace.lastLanguage(workspace.currentProblem()),
                     "");
        QCOMPARE(editor.text(), "saved at quit");
    }

  private:
    QTemporaryDir m_home;
};

QTEST_MAIN(EditorBindingTest)
#include "editor_binding_test.moc"
