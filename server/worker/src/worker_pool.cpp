#include "verdict/worker/worker_pool.h"

#include <unistd.h>

#include <fstream>
#include <random>

#include "event_pipeline.h"
#include "judgement_json.h"
#include "package_cache.h"
#include "source_name.h"
#include "verdict/events/log.h"
#include "verdict/judge/custom_run.h"
#include "verdict/judge/judge.h"
#include "verdict/judge/work_dir.h"

namespace verdict::worker {

namespace {

namespace fs = std::filesystem;
using store::JobKind;

store::Millis nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string ownerName() {
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    return std::string(host) + ":" + std::to_string(::getpid()) + ":" +
           std::to_string(std::random_device{}());
}

nlohmann::json fields(const store::Lease& lease) {
    return {{store::jobKindName(lease.kind), lease.target}, {"attempt", lease.attempt}};
}

}  // namespace

WorkerPool::WorkerPool(store::Store& store, events::EventHub& hub, events::Metrics& metrics,
                       const languages::Catalogue& catalogue,
                       const launcher::SandboxLauncher& launcher, WorkerConfig config)
    : m_store(store),
      m_hub(hub),
      m_metrics(metrics),
      m_catalogue(catalogue),
      m_launcher(launcher),
      m_config(std::move(config)),
      m_owner(ownerName()),
      m_packages(std::make_unique<PackageCache>()) {}

WorkerPool::~WorkerPool() {
    drain(std::chrono::milliseconds(0));
}

void WorkerPool::start() {
    int slot = 0;
    for (int i = 0; i < m_config.judges; ++i)
        m_threads.emplace_back([this, slot = slot++] { loop(JobKind::Submission, slot); });
    for (int i = 0; i < m_config.runners; ++i)
        m_threads.emplace_back([this, slot = slot++] { loop(JobKind::Run, slot); });
    m_heartbeat = std::thread([this] { heartbeat(); });
}

void WorkerPool::wake(JobKind kind) {
    {
        std::lock_guard lock(m_mutex);
        ++m_pending[kind];
    }
    m_wakeup.notify_all();
}

void WorkerPool::drain(std::chrono::milliseconds grace) {
    std::unique_lock lock(m_mutex);
    if (m_threads.empty() && !m_heartbeat.joinable())
        return;
    m_stopping = true;
    m_wakeup.notify_all();
    m_wakeup.wait_for(lock, grace, [this] { return m_held.empty(); });
    // Still judging after the grace period: the job goes back to the queue now; the thread's
    // later writes are refused (its lease is gone) and it is left to end with the process.
    for (const auto& [slot, lease] : m_held) {
        m_store.releaseLease(lease);
        events::logLine("warn", "draining: job returned to the queue", fields(lease));
    }
    bool stuck = !m_held.empty();
    lock.unlock();
    for (auto& thread : m_threads) {
        if (stuck)
            thread.detach();
        else
            thread.join();
    }
    m_threads.clear();
    if (m_heartbeat.joinable())
        m_heartbeat.join();
}

void WorkerPool::hold(int slot, const store::Lease* lease) {
    std::lock_guard lock(m_mutex);
    if (lease)
        m_held[slot] = *lease;
    else
        m_held.erase(slot);
    m_wakeup.notify_all();
}

void WorkerPool::loop(JobKind kind, int slot) {
    const auto idlePoll =
        std::min<std::chrono::milliseconds>(m_config.lease / 2, std::chrono::seconds(1));
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_stopping)
                return;
            if (m_pending[kind] > 0)
                --m_pending[kind];
        }
        auto lease = m_store.leaseJob(kind, m_owner, nowMs(), m_config.lease.count());
        if (!lease) {
            // Nothing queued: sleep until woken, or poll for leases of dead workers expiring.
            std::unique_lock lock(m_mutex);
            m_wakeup.wait_for(lock, idlePoll, [&] { return m_stopping || m_pending[kind] > 0; });
            continue;
        }
        hold(slot, &*lease);
        process(*lease);
        hold(slot, nullptr);
    }
}

void WorkerPool::heartbeat() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping || !m_held.empty()) {
        m_wakeup.wait_for(lock, m_config.lease / 3);
        if (m_stopping && m_held.empty())
            return;
        for (auto& [slot, lease] : m_held) {
            if (!m_store.renewLease(lease, nowMs(), m_config.lease.count()))
                events::logLine("warn", "lease lost while judging", fields(lease));
        }
    }
}

void WorkerPool::process(store::Lease& lease) {
    try {
        if (lease.kind == JobKind::Submission)
            judgeSubmission(lease);
        else
            runCustom(lease);
    } catch (const std::exception& failure) {
        events::logLine("error", std::string("worker failed: ") + failure.what(), fields(lease));
    }
}

bool WorkerPool::publish(const store::Lease& lease, store::Id userId, const std::string& status,
                         const std::string& eventJson) {
    auto seq = m_store.appendEvent(lease, status, eventJson);
    if (!seq)
        return false;  // the lease is gone: another worker owns the job now
    announce(lease, userId, *seq, eventJson);
    return true;
}

void WorkerPool::announce(const store::Lease& lease, store::Id userId, std::int64_t seq,
                          const std::string& eventJson) {
    m_hub.publish({lease.kind, lease.target, userId, seq,
                   events::wireEvent(lease.kind, lease.target, seq, eventJson)});
}

void WorkerPool::judgeSubmission(store::Lease& lease) {
    auto submission = m_store.submission(lease.target);
    auto problem = submission ? m_store.problem(submission->problemId) : std::nullopt;
    const auto* language = submission ? m_catalogue.find(submission->language) : nullptr;
    std::string error;
    auto package = problem ? m_packages->get(problem->id, problem->packagePath, error) : nullptr;
    if (!submission || !problem || !language || !package) {
        error = error.empty() ? "the submission, its problem or its language is gone" : error;
        events::logLine("error", error, fields(lease));
        store::Store::Final final{"JE", std::nullopt, nlohmann::json{{"error", error}}.dump(),
                                  nlohmann::json{{"status", "done"}, {"verdict", "JE"}}.dump()};
        auto seq = m_store.finish(lease, final, nowMs());
        if (seq && submission) {
            announce(lease, submission->userId, *seq, final.eventJson);
        }
        return;
    }
    if (!publish(lease, submission->userId, "compiling",
                 nlohmann::json{{"status", "compiling"}, {"attempt", lease.attempt}}.dump())) {
        return;
    }
    auto workDir = judge::WorkDir::create("submission");
    if (!workDir)
        throw std::runtime_error(workDir.failure().describe());
    fs::path source = workDir->path() / sourceFileName(*language, submission->source);
    std::ofstream(source, std::ios::binary) << submission->source;

    judge::JudgeSettings settings;
    settings.catalogue = &m_catalogue;
    settings.validatorCache = m_config.validatorCache;
    judge::Judge engine(m_launcher, settings);
    std::size_t total = 0;
    // Progress is committed and announced behind the judging, in order (see EventPipeline).
    EventPipeline pipeline([&](const std::string& status, const std::string& eventJson) {
        publish(lease, submission->userId, status, eventJson);
    });
    auto compiled = [&](const judge::CompileResult& result, std::size_t tests) {
        total = tests;
        if (result.ok) {
            pipeline.push(
                "running",
                nlohmann::json{{"status", "running"}, {"test", 0}, {"tests", tests}}.dump());
        }
    };
    auto progress = [&](const judge::TestResult& test, std::size_t index, std::size_t tests) {
        pipeline.push("running", nlohmann::json{{"status", "running"},
                                                {"test", index + 1},
                                                {"tests", tests},
                                                {"result", testJson(test)}}
                                     .dump());
    };
    judge::Judgement judgement = engine.judge(*package, {language, {source}}, progress, compiled);
    pipeline.drain();  // every progress event is stored before the result (or the retry)
    std::string verdict = judge::verdictCode(judgement.verdict);
    if (judgement.verdict == judge::Verdict::JudgeError) {
        events::logLine("error", "judge error: " + judgement.error, fields(lease));
        if (lease.attempt < m_config.maxAttempts) {
            m_store.releaseLease(lease);  // judged again, by any worker
            return;
        }
    }
    nlohmann::json done = {{"status", "done"}, {"verdict", verdict}, {"tests", total}};
    if (judgement.score)
        done["score"] = *judgement.score;
    store::Store::Final final{verdict, judgement.score, judgementJson(judgement).dump(),
                              done.dump()};
    auto seq = m_store.finish(lease, final, nowMs());
    if (!seq)
        return;  // judged by someone else meanwhile: their verdict stands
    announce(lease, submission->userId, *seq, final.eventJson);
    m_metrics.judged(verdict, static_cast<double>(nowMs() - submission->createdMs) / 1000.0);
    if (!judgement.tests.empty()) {
        for (const auto& feature : judgement.tests.front().degraded)
            m_metrics.degraded(feature);
    }
    events::logLine(
        "info", "judged",
        {{"submission", lease.target}, {"verdict", verdict}, {"attempt", lease.attempt}});
}

void WorkerPool::runCustom(store::Lease& lease) {
    auto run = m_store.run(lease.target);
    const auto* language = run ? m_catalogue.find(run->language) : nullptr;
    store::Store::Final final;
    if (!run || !language) {
        final.resultJson = nlohmann::json{{"status", "sandbox_error"},
                                          {"error", "the run or its language is gone"}}
                               .dump();
    } else {
        publish(lease, run->userId, "running", nlohmann::json{{"status", "running"}}.dump());
        auto workDir = judge::WorkDir::create("run");
        if (!workDir)
            throw std::runtime_error(workDir.failure().describe());
        fs::path source = workDir->path() / sourceFileName(*language, run->source);
        std::ofstream(source, std::ios::binary) << run->source;
        fs::path input = workDir->path() / "stdin.txt";
        std::ofstream(input, std::ios::binary) << run->stdinData;
        judge::CustomRun custom(m_launcher, *language);
        judge::CustomRunLimits limits{m_config.runTimeSeconds, m_config.runMemoryMib};
        auto result = custom.execute({source}, input, limits, m_config.runOutputBytes);
        final.resultJson = judge::customRunJson(result).dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    auto status = nlohmann::json::parse(final.resultJson)["status"];
    final.eventJson = nlohmann::json{{"status", "done"}, {"result", status}}.dump();
    auto seq = m_store.finish(lease, final, nowMs());
    if (seq && run) {
        announce(lease, run->userId, *seq, final.eventJson);
    }
}

}  // namespace verdict::worker
