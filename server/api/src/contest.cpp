#include "verdict/api/contest.h"

#include <charconv>
#include <chrono>
#include <nlohmann/json.hpp>

namespace verdict::api {

namespace {

// Reads `width` digits at `at` into `value`; false when they are not all digits.
bool digits(const std::string& text, std::size_t at, std::size_t width, int& value) {
    if (at + width > text.size())
        return false;
    auto [end, ec] = std::from_chars(text.data() + at, text.data() + at + width, value);
    return ec == std::errc() && end == text.data() + at + width;
}

std::optional<std::int64_t> timeField(const nlohmann::json& config, const char* field,
                                      std::string& error) {
    auto it = config.find(field);
    std::optional<std::int64_t> ms;
    if (it != config.end() && it->is_string())
        ms = parseUtcTime(it->get<std::string>());
    if (!ms) {
        error =
            std::string("contest.") + field + " must be a UTC time like \"2026-11-26T09:00:00Z\"";
    }
    return ms;
}

}  // namespace

std::optional<std::int64_t> parseUtcTime(const std::string& text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
    if (text.size() < 20 || !digits(text, 0, 4, year) || text[4] != '-' ||
        !digits(text, 5, 2, month) || text[7] != '-' || !digits(text, 8, 2, day) ||
        text[10] != 'T' || !digits(text, 11, 2, hour) || text[13] != ':' ||
        !digits(text, 14, 2, minute) || text[16] != ':' || !digits(text, 17, 2, second)) {
        return std::nullopt;
    }
    std::size_t at = 19;
    if (text[at] == '.') {
        if (!digits(text, at + 1, 3, millis))
            return std::nullopt;
        at += 4;
    }
    if (at + 1 != text.size() || text[at] != 'Z' || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day date{std::chrono::year(year), std::chrono::month(unsigned(month)),
                              std::chrono::day(unsigned(day))};
    if (!date.ok())
        return std::nullopt;
    const auto time =
        sys_days(date) + hours(hour) + minutes(minute) + seconds(second) + milliseconds(millis);
    return duration_cast<milliseconds>(time.time_since_epoch()).count();
}

std::optional<Contest> parseContest(const nlohmann::json& config, std::string& error) {
    if (!config.is_object()) {
        error = "contest must be an object {\"name\", \"start\", \"end\"}";
        return std::nullopt;
    }
    Contest contest;
    auto name = config.find("name");
    if (name == config.end() || !name->is_string() || name->get<std::string>().empty()) {
        error = "contest.name must be a non-empty string";
        return std::nullopt;
    }
    contest.name = name->get<std::string>();
    auto start = timeField(config, "start", error);
    if (!start)
        return std::nullopt;
    auto end = timeField(config, "end", error);
    if (!end)
        return std::nullopt;
    if (*end <= *start) {
        error = "contest.end must be after contest.start";
        return std::nullopt;
    }
    contest.startMs = *start;
    contest.endMs = *end;
    return contest;
}

HttpResponse contestResponse(const std::optional<Contest>& contest, std::int64_t nowMs) {
    if (!contest)
        return errorResponse(404, "no_contest", "this server runs no contest");
    HttpResponse response;
    response.body = nlohmann::json{
        {"name", contest->name},
        {"start_ms", contest->startMs},
        {"end_ms", contest->endMs},
        {"now_ms",
         nowMs}}.dump();
    return response;
}

}  // namespace verdict::api
