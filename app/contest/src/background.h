#pragma once
// Where contest mode's blocking client calls run, and how their answers come back. The pool is
// shared and never destroyed, so no widget or dialog waits for a slow network call when it
// closes; answers are posted to the application object and checked against a QPointer there,
// on the UI thread, so a worker never touches a QObject that may be gone.
#include <QCoreApplication>
#include <QThreadPool>
#include <functional>

namespace verdict::app::contest {

// Logins, health checks and contest fetches: short calls with timeouts, kept apart from the
// global pool, whose threads event streams hold for minutes.
inline QThreadPool& backgroundPool() {
    static auto* pool = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(4);
        return created;
    }();
    return *pool;
}

// Runs `work` on the UI thread later (`work` checks its own QPointer).
inline void onUiThread(std::function<void()> work) {
    if (auto* application = QCoreApplication::instance())
        QMetaObject::invokeMethod(application, std::move(work), Qt::QueuedConnection);
}

}  // namespace verdict::app::contest
