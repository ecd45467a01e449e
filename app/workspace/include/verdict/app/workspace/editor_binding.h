#pragma once
// Keeps one CodeEditor and the Workspace in step, so the main window only says which buffer to
// show: open(problem, language) stores the text the editor held in its own buffer, then shows
// the saved text and cursor of the new one. Typing only marks the workspace edited (no copy of
// the text per keystroke); the text is pulled when the Autosaver takes its snapshot.
#include <QObject>
#include <QString>

namespace verdict::editor {
class CodeEditor;
}

namespace verdict::app {

class Workspace;

class EditorBinding : public QObject {
    Q_OBJECT
  public:
    // Neither is owned.
    EditorBinding(Workspace* workspace, editor::CodeEditor* editor, QObject* parent = nullptr);

    // Shows the buffer of (problem, language) on the workspace's current server, or `fallback`
    // (e.g. the language's template) when it has none; also records them as the current
    // problem and its last language. A fallback left untouched never becomes a buffer.
    void open(const QString& problem, const QString& language, const QString& fallback);
    // Detaches the editor (e.g. no problem chosen); its edits are stored first.
    void close();

    QString problem() const { return m_problem; }
    QString language() const { return m_language; }
    // True when the editor holds typed text not yet handed to the workspace.
    bool hasUnstoredEdits() const { return m_edited; }

  public slots:
    // Hands the editor's text and cursor to the workspace (when edited since the last time).
    void storeEditorText();

  private:
    void onTextChanged();
    void onCursorMoved(int line, int index);

    Workspace* m_workspace;
    editor::CodeEditor* m_editor;
    QString m_problem;
    QString m_language;
    bool m_edited = false;
    bool m_loading = false;
};

}  // namespace verdict::app
