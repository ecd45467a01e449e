#pragma once
// What travels between the Workspace (in memory, UI thread) and the WorkspaceStore (files):
// plain values, implicitly shared, so a snapshot is cheap to take and safe to hand to a worker.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "verdict/app/workspace/workspace_keys.h"

namespace verdict::app {

struct SavedBuffer {
    BufferKey key;
    QString text;
};

struct SavedTests {
    ProblemKey key;
    QJsonArray tests;
};

// Everything, as loaded at start.
struct WorkspaceContents {
    QList<SavedBuffer> buffers;
    QList<SavedTests> tests;
    QJsonObject session;  // empty when there was none
};

// Only what changed since the last save; a session of {} means "unchanged".
struct WorkspaceChanges {
    QList<SavedBuffer> buffers;
    QList<SavedTests> tests;
    QJsonObject session;

    bool isEmpty() const { return buffers.isEmpty() && tests.isEmpty() && session.isEmpty(); }
};

}  // namespace verdict::app
