// SubmissionsModel: the QAbstractItemModel side (indexes, display data, headers).
#include <QColor>

#include "verdict/app/submissions_model.h"

namespace verdict::app {

namespace {

constexpr quintptr kTopLevel = 0;

QVariant verdictColor(const QString& verdict) {
    if (verdict.isEmpty())
        return {};
    return verdict == QLatin1String("AC") ? QColor(0x2e, 0x9d, 0x4a) : QColor(0xd0, 0x3b, 0x3b);
}

}  // namespace

QModelIndex SubmissionsModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kTopLevel);
}

QModelIndex SubmissionsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int SubmissionsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_submissions.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_submissions[parent.row()].results.size());
}

int SubmissionsModel::columnCount(const QModelIndex&) const {
    return MemoryColumn + 1;
}

QVariant SubmissionsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel)
        return submissionData(m_submissions[index.row()], index.column(), role);
    const Submission& owner = m_submissions[int(index.internalId() - 1)];
    return testData(owner.results[index.row()], index.column(), role);
}

QVariant SubmissionsModel::submissionData(const Submission& submission, int column,
                                          int role) const {
    if (role == VerdictRole)
        return submission.verdict;
    if (role == SubmissionIdRole)
        return submission.id;
    if (role == ProblemIdRole)
        return submission.problemId;
    if (role == Qt::ForegroundRole && column == StatusColumn)
        return verdictColor(submission.verdict);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
        case IdColumn:
            return submission.id;
        case ProblemColumn:
            return submission.problem;
        case LanguageColumn:
            return submission.language;
        case StatusColumn:
            return statusText(submission);
        default:
            break;
    }
    if (submission.results.isEmpty())
        return {};
    int cpu = 0, memory = 0;
    for (const auto& result : submission.results) {
        cpu = std::max(cpu, result.cpuMs);
        memory = std::max(memory, result.memoryKib);
    }
    return column == TimeColumn ? tr("%1 ms").arg(cpu)
                                : tr("%1 MiB").arg(memory / 1024.0, 0, 'f', 1);
}

QVariant SubmissionsModel::testData(const TestResult& result, int column, int role) const {
    if (role == VerdictRole)
        return result.verdict;
    if (role == Qt::ForegroundRole && column == StatusColumn)
        return verdictColor(result.verdict);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
        case IdColumn:
            return result.name;
        case StatusColumn:
            return verdictName(result.verdict);
        case TimeColumn:
            return tr("%1 ms").arg(result.cpuMs);
        case MemoryColumn:
            return tr("%1 MiB").arg(result.memoryKib / 1024.0, 0, 'f', 1);
        default:
            return {};
    }
}

QVariant SubmissionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case IdColumn:
            return tr("Submission");
        case ProblemColumn:
            return tr("Problem");
        case LanguageColumn:
            return tr("Language");
        case StatusColumn:
            return tr("Status");
        case TimeColumn:
            return tr("CPU time");
        case MemoryColumn:
            return tr("Memory");
        default:
            return {};
    }
}

}  // namespace verdict::app
