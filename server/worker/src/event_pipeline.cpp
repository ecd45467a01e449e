#include "event_pipeline.h"

#include <exception>

#include "verdict/events/log.h"

namespace verdict::worker {

EventPipeline::EventPipeline(Publish publish)
    : m_publish(std::move(publish)), m_thread([this](std::stop_token stop) { loop(stop); }) {}

EventPipeline::~EventPipeline() {
    drain();
    m_thread.request_stop();
    m_changed.notify_all();
}

void EventPipeline::push(std::string status, std::string eventJson) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(std::move(status), std::move(eventJson));
    }
    m_changed.notify_all();
}

void EventPipeline::drain() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void EventPipeline::loop(std::stop_token stop) {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, stop, [this] { return !m_queue.empty(); });
        if (m_queue.empty())
            return;  // stop requested with nothing left
        auto [status, eventJson] = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        try {
            m_publish(status, eventJson);
        } catch (const std::exception& failure) {
            // A progress event that cannot be stored is lost; the final result still is not.
            events::logLine("warn", std::string("progress event not stored: ") + failure.what(),
                            {{"status", status}});
        }
        lock.lock();
        m_busy = false;
        m_changed.notify_all();
    }
}

}  // namespace verdict::worker
