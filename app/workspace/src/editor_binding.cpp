#include "verdict/app/workspace/editor_binding.h"

#include "verdict/app/workspace/workspace.h"
#include "verdict/editor/code_editor.h"

namespace verdict::app {

EditorBinding::EditorBinding(Workspace* workspace, editor::CodeEditor* editor, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_editor(editor) {
    connect(m_editor, &QsciScintilla::textChanged, this, &EditorBinding::onTextChanged);
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, &EditorBinding::onCursorMoved);
    connect(m_workspace, &Workspace::snapshotRequested, this, &EditorBinding::storeEditorText);
    // The text belongs to the server it was typed for.
    connect(m_workspace, &Workspace::serverAboutToChange, this, &EditorBinding::close);
}

void EditorBinding::open(const QString& problem, const QString& language, const QString& fallback) {
    storeEditorText();
    m_problem = problem;
    m_language = language;
    m_workspace->setCurrentProblem(problem);
    m_workspace->setLastLanguage(problem, language);
    const CursorPosition cursor = m_workspace->cursor(problem, language);
    m_loading = true;
    m_editor->setText(m_workspace->buffer(problem, language).value_or(fallback));
    m_editor->setCursorPosition(cursor.line, cursor.index);
    m_editor->ensureLineVisible(cursor.line);
    m_loading = false;
    m_edited = false;
}

void EditorBinding::close() {
    storeEditorText();
    m_problem.clear();
    m_language.clear();
}

void EditorBinding::storeEditorText() {
    if (!m_edited || m_problem.isEmpty())
        return;
    m_edited = false;
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    m_workspace->setBuffer(m_problem, m_language, m_editor->text(), {line, index});
}

void EditorBinding::onTextChanged() {
    if (m_loading || m_problem.isEmpty())
        return;
    m_edited = true;
    m_workspace->markEditorEdited();
}

void EditorBinding::onCursorMoved(int line, int index) {
    if (!m_loading && !m_problem.isEmpty())
        m_workspace->setCursor(m_problem, m_language, {line, index});
}

}  // namespace verdict::app
