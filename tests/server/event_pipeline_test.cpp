// The worker's progress pipeline: events leave in the order they were pushed, pushing never
// waits for the store, drain() waits for all of them, and a failing event does not stop the rest.
#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "event_pipeline.h"

namespace verdict::worker {
namespace {

// A store stand-in whose commits wait until the test opens the gate.
struct Gate {
    std::mutex mutex;
    std::condition_variable opened;
    bool open = false;
    std::vector<std::string> published;

    void publish(const std::string& status, const std::string& json) {
        std::unique_lock lock(mutex);
        opened.wait(lock, [this] { return open; });
        if (json == "fail")
            throw std::runtime_error("disk full");
        published.push_back(status + ":" + json);
    }
    void openGate() {
        {
            std::lock_guard lock(mutex);
            open = true;
        }
        opened.notify_all();
    }
};

TEST(EventPipeline, PushesWithoutWaitingAndPublishesInOrder) {
    Gate gate;
    EventPipeline pipeline([&](const std::string& s, const std::string& j) { gate.publish(s, j); });
    // The gate is shut: were push to wait for the commit, this loop would never end.
    for (int i = 1; i <= 20; ++i)
        pipeline.push("running", std::to_string(i));
    {
        std::lock_guard lock(gate.mutex);
        EXPECT_TRUE(gate.published.empty());
    }
    gate.openGate();
    pipeline.drain();
    ASSERT_EQ(gate.published.size(), 20u);
    for (int i = 1; i <= 20; ++i)
        EXPECT_EQ(gate.published[static_cast<std::size_t>(i - 1)], "running:" + std::to_string(i));
}

TEST(EventPipeline, AFailedEventDoesNotStopTheOnesAfterIt) {
    Gate gate;
    gate.openGate();
    EventPipeline pipeline([&](const std::string& s, const std::string& j) { gate.publish(s, j); });
    pipeline.push("running", "1");
    pipeline.push("running", "fail");
    pipeline.push("running", "3");
    pipeline.drain();
    EXPECT_EQ(gate.published, (std::vector<std::string>{"running:1", "running:3"}));
}

TEST(EventPipeline, DestroyingDrainsFirst) {
    Gate gate;
    gate.openGate();
    {
        EventPipeline pipeline(
            [&](const std::string& s, const std::string& j) { gate.publish(s, j); });
        for (int i = 0; i < 50; ++i)
            pipeline.push("running", "x");
    }
    EXPECT_EQ(gate.published.size(), 50u);
}

}  // namespace
}  // namespace verdict::worker
