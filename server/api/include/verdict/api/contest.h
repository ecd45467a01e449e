#pragma once
// The server's optional contest (its name, start and end), from the config file's "contest"
// key; served at GET /api/v1/contest so clients can show a contest clock.
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>

#include "verdict/api/http_types.h"

namespace verdict::api {

struct Contest {
    std::string name;
    std::int64_t startMs = 0;  // ms since the Unix epoch (UTC)
    std::int64_t endMs = 0;
};

// {"name": string, "start": "2026-11-26T09:00:00Z", "end": "..."}: nullopt with `error`
// naming the field when a field is missing, not an ISO 8601 UTC time, or end is not after start.
std::optional<Contest> parseContest(const nlohmann::json& config, std::string& error);
// "YYYY-MM-DDTHH:MM:SS[.fff]Z" as ms since the epoch; nullopt when it is not one.
std::optional<std::int64_t> parseUtcTime(const std::string& text);
// GET /api/v1/contest: {"name", "start_ms", "end_ms", "now_ms"}, or 404 no_contest.
HttpResponse contestResponse(const std::optional<Contest>& contest, std::int64_t nowMs);

}  // namespace verdict::api
