#pragma once
// The judging workers of one server: threads that lease jobs from the store, judge them in the
// sandbox, append an event per step (published live) and commit the final result exactly once.
// Submissions and custom runs have their own threads, so runs never delay judging. A
// heartbeat renews every held lease; a worker that dies leaves its lease to expire, and the job
// is judged again (attempt + 1). A judge error is retried (up to maxAttempts), then committed
// and logged for the operators.
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "verdict/events/event_hub.h"
#include "verdict/events/metrics.h"
#include "verdict/languages/catalogue.h"
#include "verdict/launcher/sandbox_launcher.h"
#include "verdict/store/store.h"

namespace verdict::worker {

struct WorkerConfig {
    int judges = 1;   // submission threads
    int runners = 1;  // custom-run threads
    std::chrono::milliseconds lease{15000};
    int maxAttempts = 3;
    double runTimeSeconds = 2.0;  // custom runs: the judge's compilers, these limits
    std::uint64_t runMemoryMib = 512;
    std::size_t runOutputBytes = 64 * 1024;  // stdout/stderr kept per custom run
    std::filesystem::path validatorCache;    // empty: the judge's default
};

class PackageCache;

class WorkerPool {
  public:
    WorkerPool(store::Store& store, events::EventHub& hub, events::Metrics& metrics,
               const languages::Catalogue& catalogue, const launcher::SandboxLauncher& launcher,
               WorkerConfig config);
    ~WorkerPool();

    void start();
    void wake(store::JobKind kind);  // a job was queued
    // Stops taking jobs; waits up to `grace` for running ones, then gives the rest back to
    // the queue (their leases released) and joins every thread.
    void drain(std::chrono::milliseconds grace);

  private:
    struct Held;
    void loop(store::JobKind kind, int index);
    void heartbeat();
    void process(store::Lease& lease);
    void judgeSubmission(store::Lease& lease);
    void runCustom(store::Lease& lease);
    bool publish(const store::Lease& lease, store::Id userId, const std::string& status,
                 const std::string& eventJson);
    // Sends an event the store has committed (with its seq) to live subscribers.
    void announce(const store::Lease& lease, store::Id userId, std::int64_t seq,
                  const std::string& eventJson);
    void hold(int slot, const store::Lease* lease);

    store::Store& m_store;
    events::EventHub& m_hub;
    events::Metrics& m_metrics;
    const languages::Catalogue& m_catalogue;
    const launcher::SandboxLauncher& m_launcher;
    WorkerConfig m_config;
    std::string m_owner;
    std::unique_ptr<PackageCache> m_packages;

    std::mutex m_mutex;
    std::condition_variable m_wakeup;
    bool m_stopping = false;
    std::map<store::JobKind, int> m_pending;  // wake-ups not yet taken
    std::map<int, store::Lease> m_held;       // slot -> the lease it is working under
    std::vector<std::thread> m_threads;
    std::thread m_heartbeat;
};

}  // namespace verdict::worker
