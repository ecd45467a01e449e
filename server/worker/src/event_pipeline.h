#pragma once
// The progress events of one judgement, committed and announced in order on a thread of their
// own: the worker goes on to the next test while the store commits (and fsyncs) the last one.
// An event is still announced only once it is durable, so a client resuming from the last seq
// it saw never misses one; drain() before the final result keeps `done` the last event.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace verdict::worker {

class EventPipeline {
  public:
    // Commits and announces one event (status, event JSON); called on the pipeline's thread.
    using Publish = std::function<void(const std::string&, const std::string&)>;
    explicit EventPipeline(Publish publish);
    ~EventPipeline();  // drains

    void push(std::string status, std::string eventJson);
    // Returns once every pushed event has been published.
    void drain();

  private:
    void loop(std::stop_token stop);

    Publish m_publish;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<std::pair<std::string, std::string>> m_queue;
    bool m_busy = false;
    std::jthread m_thread;  // last: started once everything above exists
};

}  // namespace verdict::worker
