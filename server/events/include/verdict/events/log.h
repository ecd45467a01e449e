#pragma once
// Structured logs: one JSON object per line on stderr, with the time, the level, a message and
// the ids the line is about (submission, run, user, ...). Thread-safe.
#include <nlohmann/json.hpp>
#include <string>

namespace verdict::events {

void logLine(const char* level, const std::string& message,
             const nlohmann::json& fields = nlohmann::json::object());

}  // namespace verdict::events
