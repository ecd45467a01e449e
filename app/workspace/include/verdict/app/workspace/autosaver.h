#pragma once
// Saves the Workspace on its own: `delay` ms after the last change (debounce), and at least every
// `maxInterval` ms while changes keep coming, so continuous typing is saved too. The UI thread
// only takes the snapshot (implicitly shared copies, O(number of changed items)); encoding and
// the atomic writes run on the global thread pool, one save in flight at a time.
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "verdict/app/workspace/workspace_contents.h"

namespace verdict::app {

class Workspace;
class WorkspaceStore;

class Autosaver : public QObject {
    Q_OBJECT
  public:
    static constexpr int kDefaultDelayMs = 1000;
    static constexpr int kDefaultMaxIntervalMs = 5000;

    // Neither is owned; both must outlive the Autosaver.
    Autosaver(Workspace* workspace, const WorkspaceStore* store, QObject* parent = nullptr);
    // Waits for a save in flight (it is not abandoned half-way); call flush() to save the rest.
    ~Autosaver() override;

    void setDelay(int ms);
    void setMaxInterval(int ms);
    int delay() const { return m_debounce.interval(); }
    int maxInterval() const { return m_deadline.interval(); }

    // A save was started and its result not handled yet.
    bool isSaving() const { return !m_inFlight.isEmpty(); }
    // Saves everything now on the calling thread, after any save in flight (for quit).
    // True when the workspace is on disk.
    bool flush();

  public slots:
    // Starts a save on the worker now (or right after the one in flight).
    void saveNow();

  signals:
    void saved();
    // Once per failed attempt; the changes stay dirty and are retried after maxInterval.
    void saveFailed(const QString& message);

  private:
    void onChanged();
    void onWriteFinished();
    // Emits saved() or saveFailed() (and marks the changes dirty again); true when saved.
    bool finishWrite(const QStringList& errors);

    Workspace* m_workspace;
    const WorkspaceStore* m_store;
    QTimer m_debounce;
    QTimer m_deadline;
    QFutureWatcher<QStringList> m_watcher;
    WorkspaceChanges m_inFlight;
    bool m_saveAgain = false;
};

}  // namespace verdict::app
