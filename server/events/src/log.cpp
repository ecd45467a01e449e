#include "verdict/events/log.h"

#include <chrono>
#include <cstdio>
#include <mutex>

namespace verdict::events {

void logLine(const char* level, const std::string& message, const nlohmann::json& fields) {
    using namespace std::chrono;
    nlohmann::json line = fields.is_object() ? fields : nlohmann::json::object();
    line["time_ms"] = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    line["level"] = level;
    line["message"] = message;
    std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

}  // namespace verdict::events
