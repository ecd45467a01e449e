#include "write_batcher.h"

namespace verdict::store {

WriteBatcher::WriteBatcher(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection)) {}

void WriteBatcher::run(const Work& work) {
    Request request;
    request.work = &work;
    std::unique_lock lock(m_mutex);
    m_pending.push_back(&request);
    while (!request.done) {
        if (m_leaderActive) {
            m_committed.wait(lock);
            continue;
        }
        // Nobody is committing: this thread leads, taking everything that queued up meanwhile.
        m_leaderActive = true;
        std::vector<Request*> batch;
        batch.swap(m_pending);
        lock.unlock();
        commitBatch(batch);
        lock.lock();
        for (Request* done : batch)
            done->done = true;
        m_leaderActive = false;
        m_committed.notify_all();
    }
    if (request.error)
        std::rethrow_exception(request.error);
}

void WriteBatcher::commitBatch(const std::vector<Request*>& batch) {
    Connection& db = *m_connection;
    std::exception_ptr batchError;
    try {
        db.exec("BEGIN IMMEDIATE");
        for (Request* request : batch) {
            if (!runInSavepoint(*request)) {
                batchError = request->error;
                break;
            }
        }
        if (!batchError)
            db.exec("COMMIT");
    } catch (...) {
        batchError = std::current_exception();
    }
    if (!batchError)
        return;
    if (db.inTransaction())
        db.rollbackQuietly();
    for (Request* request : batch)
        request->error = batchError;
}

bool WriteBatcher::runInSavepoint(Request& request) {
    Connection& db = *m_connection;
    db.exec("SAVEPOINT request");
    try {
        (*request.work)(db);
        db.exec("RELEASE request");
        return true;
    } catch (...) {
        request.error = std::current_exception();
    }
    // SQLite ends the whole transaction itself after some errors (I/O, disk full).
    if (!db.inTransaction())
        return false;
    db.exec("ROLLBACK TO request");
    db.exec("RELEASE request");
    return true;
}

}  // namespace verdict::store
