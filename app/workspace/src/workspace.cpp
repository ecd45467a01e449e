#include "verdict/app/workspace/workspace.h"

namespace verdict::app {

Workspace::Workspace(QObject* parent) : QObject(parent) {}

void Workspace::restore(const WorkspaceContents& contents) {
    m_buffers.clear();
    m_tests.clear();
    for (const auto& buffer : contents.buffers)
        m_buffers.insert(buffer.key, buffer.text);
    for (const auto& tests : contents.tests)
        m_tests.insert(tests.key, tests.tests);
    restoreSession(contents.session);
    m_dirtyBuffers.clear();
    m_dirtyTests.clear();
    m_sessionDirty = false;
    m_editorEdited = false;
}

void Workspace::setServer(const QString& server) {
    if (server == m_server)
        return;
    emit serverAboutToChange();
    m_server = server;
    touchSession();
}

BufferKey Workspace::keyOf(const QString& problem, const QString& language) const {
    return {m_server, problem, language};
}

void Workspace::touchSession() {
    m_sessionDirty = true;
    emit changed();
}

std::optional<QString> Workspace::buffer(const QString& problem, const QString& language) const {
    const auto it = m_buffers.constFind(keyOf(problem, language));
    if (it == m_buffers.cend())
        return std::nullopt;
    return *it;
}

void Workspace::setBuffer(const QString& problem, const QString& language, const QString& text) {
    const BufferKey key = keyOf(problem, language);
    const auto it = m_buffers.find(key);
    if (it != m_buffers.end() && *it == text)
        return;
    m_buffers.insert(key, text);
    m_dirtyBuffers.insert(key);
    emit changed();
}

void Workspace::setBuffer(const QString& problem, const QString& language, const QString& text,
                          CursorPosition cursor) {
    setBuffer(problem, language, text);
    setCursor(problem, language, cursor);
}

CursorPosition Workspace::cursor(const QString& problem, const QString& language) const {
    return m_cursors.value(keyOf(problem, language));
}

void Workspace::setCursor(const QString& problem, const QString& language, CursorPosition cursor) {
    const BufferKey key = keyOf(problem, language);
    if (m_cursors.value(key) == cursor && m_cursors.contains(key))
        return;
    m_cursors.insert(key, cursor);
    touchSession();
}

QStringList Workspace::languagesWithBuffer(const QString& problem) const {
    QStringList languages;
    for (auto it = m_buffers.cbegin(); it != m_buffers.cend(); ++it)
        if (it.key().server == m_server && it.key().problem == problem)
            languages << it.key().language;
    languages.sort();
    return languages;
}

QString Workspace::lastLanguage(const QString& problem) const {
    return m_languages.value({m_server, problem});
}

void Workspace::setLastLanguage(const QString& problem, const QString& language) {
    if (lastLanguage(problem) == language)
        return;
    m_languages.insert({m_server, problem}, language);
    touchSession();
}

std::optional<QJsonArray> Workspace::ownTests(const QString& problem) const {
    const auto it = m_tests.constFind({m_server, problem});
    if (it == m_tests.cend())
        return std::nullopt;
    return *it;
}

void Workspace::setOwnTests(const QString& problem, const QJsonArray& tests) {
    const ProblemKey key{m_server, problem};
    const auto it = m_tests.find(key);
    if (it != m_tests.end() && *it == tests)
        return;
    m_tests.insert(key, tests);
    m_dirtyTests.insert(key);
    emit changed();
}

QString Workspace::currentProblem() const {
    return m_currentProblems.value(m_server);
}

void Workspace::setCurrentProblem(const QString& problem) {
    if (currentProblem() == problem)
        return;
    m_currentProblems.insert(m_server, problem);
    touchSession();
}

void Workspace::setWindowGeometry(const QByteArray& geometry) {
    if (geometry == m_windowGeometry)
        return;
    m_windowGeometry = geometry;
    touchSession();
}

void Workspace::setWindowState(const QByteArray& state) {
    if (state == m_windowState)
        return;
    m_windowState = state;
    touchSession();
}

void Workspace::markEditorEdited() {
    m_editorEdited = true;
    emit changed();
}

bool Workspace::isDirty() const {
    return m_editorEdited || m_sessionDirty || !m_dirtyBuffers.isEmpty() || !m_dirtyTests.isEmpty();
}

WorkspaceChanges Workspace::takeChanges() {
    if (m_editorEdited) {
        m_editorEdited = false;
        emit snapshotRequested();
    }
    WorkspaceChanges changes;
    // Copies of implicitly shared values: O(1) here, the worker reads them while we edit on.
    for (const auto& key : std::as_const(m_dirtyBuffers))
        changes.buffers.append({key, m_buffers.value(key)});
    for (const auto& key : std::as_const(m_dirtyTests))
        changes.tests.append({key, m_tests.value(key)});
    if (m_sessionDirty)
        changes.session = sessionJson();
    m_dirtyBuffers.clear();
    m_dirtyTests.clear();
    m_sessionDirty = false;
    return changes;
}

void Workspace::returnChanges(const WorkspaceChanges& changes) {
    for (const auto& buffer : changes.buffers)
        m_dirtyBuffers.insert(buffer.key);
    for (const auto& tests : changes.tests)
        m_dirtyTests.insert(tests.key);
    if (!changes.session.isEmpty())
        m_sessionDirty = true;
}

}  // namespace verdict::app
