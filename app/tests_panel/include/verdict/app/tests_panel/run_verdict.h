#pragma once
// From a finished custom run (GET /api/v1/runs/{id}) to a test's verdict: the run's status
// decides TLE/MLE/OLE/RE/CE/error; a normal exit is compared with the expected output by the
// judge's own default output validator (verdict::validators, default options).
#include <QJsonObject>
#include <QString>

#include "verdict/app/tests_panel/test_case.h"

namespace verdict::app::tests_panel {

// The state a run status stands for before any comparison: "ok" gives Ran.
TestState stateOfRunStatus(const QString& status);

struct OutputComparison {
    bool accepted = false;
    QString message;  // the validator's judge message (where and what differs)
};
// The judge's default comparison: tokens, whitespace-tolerant, case-insensitive; `args` are the
// validator's flags for the case (float_tolerance, case_sensitive, space_change_sensitive, ...).
OutputComparison compareOutput(const QString& expected, const QString& actual,
                               const QStringList& args = {});

// The whole result of a finished run; `expected` empty means nothing to compare (Ran), and so
// does a problem with its own validator (only the judge runs that).
TestRunResult judgeRun(const QJsonObject& run, const QString& expected,
                       const Validation& validation = {});

}  // namespace verdict::app::tests_panel
