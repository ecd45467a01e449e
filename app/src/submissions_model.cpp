#include "verdict/app/submissions_model.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace verdict::app {

SubmissionsModel::SubmissionsModel(QObject* parent) : QAbstractItemModel(parent) {}

void SubmissionsModel::addSubmission(qint64 id, const QString& problem, const QString& language,
                                     int problemId) {
    if (rowOf(id) >= 0)
        return;
    const int row = int(m_submissions.size());
    beginInsertRows({}, row, row);
    Submission submission;
    submission.id = id;
    submission.problemId = problemId;
    submission.problem = problem;
    submission.language = language;
    m_submissions.append(submission);
    endInsertRows();
}

void SubmissionsModel::clear() {
    beginResetModel();
    m_submissions.clear();
    endResetModel();
}

bool SubmissionsModel::addFromServer(const QJsonObject& from, const QString& problem,
                                     const QString& language) {
    const qint64 id = from.value("id").toInteger();
    if (id <= 0 || rowOf(id) >= 0)
        return false;
    addSubmission(id, problem, language, from.value("problem").toInt());
    const int row = rowOf(id);
    Submission& submission = m_submissions[row];
    submission.status = from.value("status").toString(QStringLiteral("queued"));
    if (submission.status != QLatin1String("done"))
        return true;  // its events will follow
    submission.verdict = from.value("verdict").toString();
    const QJsonArray tests = from.value("result").toObject().value("tests").toArray();
    submission.tests = int(tests.size());
    submission.test = submission.tests;
    for (const QJsonValue& test : tests)
        addResult(row, test.toObject());
    emit dataChanged(index(row, 0), index(row, MemoryColumn));
    return true;
}

bool SubmissionsModel::applyEvent(qint64 id, const QJsonObject& event) {
    const int row = rowOf(id);
    if (row < 0)
        return false;
    Submission& submission = m_submissions[row];
    const qint64 seq = event.value("seq").toInteger();
    if (seq <= submission.lastSeq)
        return false;
    submission.lastSeq = seq;
    const QString status = event.value("status").toString();
    // Queued (first, or a rejudge) or compiling (also a new attempt after a crashed worker or
    // server): the tests are judged again from the first, so start over.
    if (status == QLatin1String("queued") || status == QLatin1String("compiling"))
        clearResults(row);
    submission.status = status;
    if (event.contains("tests"))
        submission.tests = event.value("tests").toInt();
    if (status == QLatin1String("running")) {
        submission.test = event.value("test").toInt();
        if (event.contains("result"))
            addResult(row, event.value("result").toObject());
    }
    if (status == QLatin1String("done"))
        submission.verdict = event.value("verdict").toString();
    emit dataChanged(index(row, 0), index(row, MemoryColumn));
    if (status == QLatin1String("done"))
        emit submissionFinished(id, submission.verdict);
    return true;
}

void SubmissionsModel::addResult(int row, const QJsonObject& result) {
    const QModelIndex parent = index(row, 0);
    auto& results = m_submissions[row].results;
    beginInsertRows(parent, int(results.size()), int(results.size()));
    results.append({result.value("name").toString(), result.value("verdict").toString(),
                    result.value("cpu_ms").toInt(), result.value("memory_kib").toInt()});
    endInsertRows();
}

void SubmissionsModel::clearResults(int row) {
    Submission& submission = m_submissions[row];
    submission.verdict.clear();
    submission.test = 0;
    if (submission.results.isEmpty())
        return;
    beginRemoveRows(index(row, 0), 0, int(submission.results.size()) - 1);
    submission.results.clear();
    endRemoveRows();
}

const SubmissionsModel::Submission* SubmissionsModel::submission(qint64 id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_submissions[row];
}

int SubmissionsModel::rowOf(qint64 id) const {
    auto it = std::find_if(m_submissions.begin(), m_submissions.end(),
                           [id](const Submission& s) { return s.id == id; });
    return it == m_submissions.end() ? -1 : int(it - m_submissions.begin());
}

QString SubmissionsModel::statusText(const Submission& submission) {
    if (submission.status == QLatin1String("queued"))
        return tr("Queued");
    if (submission.status == QLatin1String("compiling"))
        return tr("Compiling");
    if (submission.status == QLatin1String("running"))
        return submission.test == 0
                   ? tr("Running")
                   : tr("Test %1 of %2").arg(submission.test).arg(submission.tests);
    return verdictName(submission.verdict);
}

QString SubmissionsModel::verdictName(const QString& code) {
    static const QHash<QString, const char*> names = {{"AC", QT_TR_NOOP("Accepted")},
                                                      {"WA", QT_TR_NOOP("Wrong answer")},
                                                      {"TLE", QT_TR_NOOP("Time limit exceeded")},
                                                      {"MLE", QT_TR_NOOP("Memory limit exceeded")},
                                                      {"OLE", QT_TR_NOOP("Output limit exceeded")},
                                                      {"RE", QT_TR_NOOP("Run-time error")},
                                                      {"CE", QT_TR_NOOP("Compilation error")},
                                                      {"JE", QT_TR_NOOP("Judge error")}};
    auto it = names.find(code);
    return it == names.end() ? code : tr(it.value());
}

}  // namespace verdict::app
