#include "verdict/app/workspace/autosaver.h"

#include <QtConcurrent/QtConcurrentRun>

#include "verdict/app/workspace/workspace.h"
#include "verdict/app/workspace/workspace_store.h"

namespace verdict::app {

Autosaver::Autosaver(Workspace* workspace, const WorkspaceStore* store, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_store(store) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDelayMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kDefaultMaxIntervalMs);
    connect(&m_debounce, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_deadline, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(m_workspace, &Workspace::changed, this, &Autosaver::onChanged);
    connect(&m_watcher, &QFutureWatcher<QStringList>::finished, this, &Autosaver::onWriteFinished);
    if (m_workspace->isDirty())
        onChanged();  // e.g. setServer() right after restore()
}

Autosaver::~Autosaver() {
    m_watcher.waitForFinished();
}

void Autosaver::setDelay(int ms) {
    m_debounce.setInterval(ms);
}

void Autosaver::setMaxInterval(int ms) {
    m_deadline.setInterval(ms);
}

void Autosaver::onChanged() {
    m_debounce.start();  // restarts: the save waits for a pause in typing...
    if (!m_deadline.isActive())
        m_deadline.start();  // ...but not longer than maxInterval
}

void Autosaver::saveNow() {
    m_debounce.stop();
    m_deadline.stop();
    if (isSaving()) {
        m_saveAgain = true;
        return;
    }
    m_inFlight = m_workspace->takeChanges();
    if (m_inFlight.isEmpty())
        return;
    const WorkspaceStore* store = m_store;
    m_watcher.setFuture(
        QtConcurrent::run([store, changes = m_inFlight] { return store->write(changes); }));
}

void Autosaver::onWriteFinished() {
    // flush() may have handled this result already.
    if (m_inFlight.isEmpty())
        return;
    const bool ok = finishWrite(m_watcher.result());
    const bool again = std::exchange(m_saveAgain, false) || m_workspace->isDirty();
    if (!ok)
        m_deadline.start();  // a failing disk is retried every maxInterval, not in a loop
    else if (again && !m_debounce.isActive())
        m_debounce.start();
}

bool Autosaver::finishWrite(const QStringList& errors) {
    const WorkspaceChanges done = std::exchange(m_inFlight, {});
    if (!errors.isEmpty()) {
        m_workspace->returnChanges(done);
        emit saveFailed(errors.join('\n'));
        return false;
    }
    emit saved();
    return true;
}

bool Autosaver::flush() {
    m_debounce.stop();
    m_deadline.stop();
    m_saveAgain = false;
    bool ok = true;
    if (!m_inFlight.isEmpty()) {
        m_watcher.waitForFinished();
        ok = finishWrite(m_watcher.result());
    }
    m_inFlight = m_workspace->takeChanges();
    if (m_inFlight.isEmpty())
        return ok;
    return finishWrite(m_store->write(m_inFlight)) && ok;
}

}  // namespace verdict::app
