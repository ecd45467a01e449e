#include "rows.h"

namespace verdict::store {

User readUser(const Statement& row) {
    return User{row.integer(0), row.text(1), row.text(2), row.integer(3) != 0, row.integer(4)};
}

Problem readProblem(const Statement& row) {
    return Problem{row.integer(0), row.text(1), row.text(2),
                   row.text(3),    row.text(4), row.integer(5)};
}

Submission readSubmission(const Statement& row) {
    Submission submission;
    submission.id = row.integer(0);
    submission.userId = row.integer(1);
    submission.problemId = row.integer(2);
    submission.language = row.text(3);
    submission.source = row.text(4);
    submission.status = row.text(5);
    submission.verdict = row.text(6);
    submission.score = row.optionalReal(7);
    submission.resultJson = row.text(8);
    submission.createdMs = row.integer(9);
    submission.judgedMs = row.optionalInteger(10);
    return submission;
}

std::string selectSql(std::string_view columns, std::string_view rest) {
    std::string sql = "SELECT ";
    sql.append(columns).append(" ").append(rest);
    return sql;
}

Run readRun(const Statement& row) {
    Run run;
    run.id = row.integer(0);
    run.userId = row.integer(1);
    run.language = row.text(2);
    run.source = row.text(3);
    run.stdinData = row.text(4);
    run.status = row.text(5);
    run.resultJson = row.text(6);
    run.createdMs = row.integer(7);
    return run;
}

std::int64_t readInteger(const Statement& row) {
    return row.integer(0);
}

}  // namespace verdict::store
