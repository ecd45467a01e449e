#pragma once
// Reading the store's records out of result rows. Each kSelect* names the columns in the order
// the matching read* function expects them; queries append their own FROM ... WHERE ....
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connection.h"
#include "statement.h"
#include "verdict/store/store.h"

namespace verdict::store {

inline constexpr const char* kUserColumns = "id, username, password_hash, admin, created_ms";
inline constexpr const char* kProblemColumns =
    "id, short_name, name, package_path, summary_json, created_ms";
inline constexpr const char* kSubmissionColumns =
    "id, user_id, problem_id, language, source, status, verdict, score, result_json, created_ms, "
    "judged_ms";
inline constexpr const char* kRunColumns =
    "id, user_id, language, source, stdin_data, status, result_json, created_ms";

User readUser(const Statement& row);
Problem readProblem(const Statement& row);
Submission readSubmission(const Statement& row);
Run readRun(const Statement& row);
std::int64_t readInteger(const Statement& row);  // column 0 as an integer (a count, an id)

// The first row `sql` returns (with `args` bound to ?1, ?2, ...) read by `read`, or nullopt.
template <class Read, class... Args>
auto firstRow(Connection& db, std::string_view sql, Read read, const Args&... args)
    -> std::optional<decltype(read(std::declval<const Statement&>()))> {
    Statement row = db.prepare(sql);
    if (!row.with(args...).step())
        return std::nullopt;
    return read(row);
}

// Every row `sql` returns, each read by `read`.
template <class Read, class... Args>
auto allRows(Connection& db, std::string_view sql, Read read, const Args&... args) {
    Statement row = db.prepare(sql);
    row.with(args...);
    std::vector<decltype(read(std::declval<const Statement&>()))> rows;
    while (row.step())
        rows.push_back(read(row));
    return rows;
}

// "SELECT <columns> <rest>".
std::string selectSql(std::string_view columns, std::string_view rest);

}  // namespace verdict::store
