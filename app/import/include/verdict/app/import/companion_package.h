#pragma once
// A problem as Competitive Companion describes it (its JSON: name, group, url, interactive,
// memoryLimit in MB, timeLimit in ms, tests [{input, output}], input/output {type, fileName},
// ...), and the problem package made from it: problem.yaml (2023-07-draft) with the name and
// limits, data/sample/NN.in/.ans from the tests, statement/problem.en.md pointing to the source.
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace verdict::app::imports {

struct CompanionTest {
    QString input;
    QString output;
};

struct CompanionProblem {
    QString name;
    QString group;
    QString url;
    bool interactive = false;
    qint64 memoryMb = 0;  // 0: not given
    qint64 timeMs = 0;    // 0: not given
    QList<CompanionTest> tests;
    QString inputFile;   // set when the problem reads a file instead of standard input
    QString outputFile;  // set when it writes a file instead of standard output
};

// Parses and checks a received body; nullopt with `error` (for the log and the user).
std::optional<CompanionProblem> parseCompanionProblem(const QByteArray& json, QString& error);

// A folder name that is safe under any parent: [a-z0-9_-] only, from the problem's name (else
// "problem"), at most 48 characters so a "-N" suffix still makes a valid short name.
QString companionSlug(const CompanionProblem& problem);

QString companionProblemYaml(const CompanionProblem& problem);
QString companionStatement(const CompanionProblem& problem);

// Writes the package into `folder`, replacing what an earlier problem left there. False with
// `error` when a file cannot be written.
bool writeCompanionPackage(const CompanionProblem& problem, const QString& folder, QString& error);

}  // namespace verdict::app::imports
