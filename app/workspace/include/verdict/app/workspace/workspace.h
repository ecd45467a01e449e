#pragma once
// The contestant's work in memory: the text of every buffer (server, problem, language), the own
// tests of every problem, and the session (current server, current problem, language per
// problem, cursor per buffer, window geometry). It knows what changed since the last save, so
// the store writes only that. UI thread only; WorkspaceStore reads and writes the files.
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QString>
#include <optional>

#include "verdict/app/workspace/workspace_contents.h"

namespace verdict::app {

struct CursorPosition {
    int line = 0;
    int index = 0;
    friend bool operator==(const CursorPosition&, const CursorPosition&) = default;
};

class Workspace : public QObject {
    Q_OBJECT
  public:
    explicit Workspace(QObject* parent = nullptr);

    // Replaces everything with what was loaded; nothing is dirty afterwards.
    void restore(const WorkspaceContents& contents);

    // The server identity every call below is about ("local", or URL + user name).
    QString server() const { return m_server; }
    void setServer(const QString& server);

    std::optional<QString> buffer(const QString& problem, const QString& language) const;
    void setBuffer(const QString& problem, const QString& language, const QString& text);
    void setBuffer(const QString& problem, const QString& language, const QString& text,
                   CursorPosition cursor);
    CursorPosition cursor(const QString& problem, const QString& language) const;
    void setCursor(const QString& problem, const QString& language, CursorPosition cursor);
    // The languages that have a buffer for this problem on the current server.
    QStringList languagesWithBuffer(const QString& problem) const;

    // The language last chosen for a problem; empty when none.
    QString lastLanguage(const QString& problem) const;
    void setLastLanguage(const QString& problem, const QString& language);

    std::optional<QJsonArray> ownTests(const QString& problem) const;
    void setOwnTests(const QString& problem, const QJsonArray& tests);

    QString currentProblem() const;
    void setCurrentProblem(const QString& problem);

    QByteArray windowGeometry() const { return m_windowGeometry; }
    QByteArray windowState() const { return m_windowState; }
    void setWindowGeometry(const QByteArray& geometry);
    void setWindowState(const QByteArray& state);

    // For an editor too big to copy on every keystroke: say it changed; the text is pulled
    // through snapshotRequested() when a save begins.
    void markEditorEdited();

    bool isDirty() const;
    // What changed since the last call (the dirty state is cleared). Emits snapshotRequested()
    // first when markEditorEdited() was called, so the window can hand over the editor's text.
    WorkspaceChanges takeChanges();
    // A save of these changes failed: they are dirty again (newer edits stay newer).
    void returnChanges(const WorkspaceChanges& changes);

  signals:
    // Anything changed (a buffer, a test, the session); the Autosaver listens.
    void changed();
    // A save is about to take its snapshot: push the live editor's text with setBuffer() now.
    void snapshotRequested();
    // setServer() is about to switch: store what belongs to the old server now.
    void serverAboutToChange();

  private:
    BufferKey keyOf(const QString& problem, const QString& language) const;
    void touchSession();
    QJsonObject sessionJson() const;
    void restoreSession(const QJsonObject& session);

    QString m_server;
    QHash<BufferKey, QString> m_buffers;
    QHash<BufferKey, CursorPosition> m_cursors;
    QHash<ProblemKey, QJsonArray> m_tests;
    QHash<ProblemKey, QString> m_languages;
    QHash<QString, QString> m_currentProblems;  // server -> problem
    QByteArray m_windowGeometry;
    QByteArray m_windowState;

    QSet<BufferKey> m_dirtyBuffers;
    QSet<ProblemKey> m_dirtyTests;
    bool m_sessionDirty = false;
    bool m_editorEdited = false;
};

}  // namespace verdict::app
