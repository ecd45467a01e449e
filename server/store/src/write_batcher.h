#pragma once
// The one writing connection, shared by every thread through group commit: work that arrives
// while a commit is in flight waits, and the next leader commits all of it in one transaction
// (one WAL fsync for many submissions). Each piece of work runs in its own savepoint, so one that
// fails is rolled back alone and the rest of the batch still commits.
#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "connection.h"

namespace verdict::store {

class WriteBatcher {
  public:
    using Work = std::function<void(Connection&)>;
    explicit WriteBatcher(std::unique_ptr<Connection> connection);

    // Runs `work` inside a write transaction (BEGIN IMMEDIATE: atomic against other threads and
    // processes) and returns once that transaction is committed. Rethrows what `work` threw
    // (its changes rolled back) or, when the commit failed, the commit's StoreError.
    void run(const Work& work);

  private:
    struct Request {
        const Work* work = nullptr;
        std::exception_ptr error;
        bool done = false;
    };
    void commitBatch(const std::vector<Request*>& batch);
    bool runInSavepoint(Request& request);  // false: the whole transaction is lost

    std::unique_ptr<Connection> m_connection;
    std::mutex m_mutex;
    std::condition_variable m_committed;
    std::vector<Request*> m_pending;
    bool m_leaderActive = false;
};

}  // namespace verdict::store
