#include "verdict/app/problem_list_model.h"

#include <QJsonObject>

namespace verdict::app {

ProblemListModel::ProblemListModel(QObject* parent) : QAbstractListModel(parent) {}

void ProblemListModel::setProblems(const QJsonArray& problems) {
    beginResetModel();
    m_problems.clear();
    for (const QJsonValue& value : problems) {
        const QJsonObject problem = value.toObject();
        m_problems.append({problem.value("id").toInt(), problem.value("short_name").toString(),
                           problem.value("name").toString()});
    }
    endResetModel();
}

int ProblemListModel::rowOf(const QString& shortName) const {
    for (int row = 0; row < m_problems.size(); ++row)
        if (m_problems[row].shortName == shortName)
            return row;
    return -1;
}

QString ProblemListModel::nameOf(int id) const {
    for (const Problem& problem : m_problems)
        if (problem.id == id)
            return problem.name;
    return QString::number(id);
}

QString ProblemListModel::shortNameOf(int id) const {
    for (const Problem& problem : m_problems)
        if (problem.id == id)
            return problem.shortName;
    return QString::number(id);
}

int ProblemListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Problem& problem = m_problems[index.row()];
    switch (role) {
        case Qt::DisplayRole:
            return problem.name;
        case Qt::ToolTipRole:
            return problem.shortName;
        case IdRole:
            return problem.id;
        case ShortNameRole:
            return problem.shortName;
        default:
            return {};
    }
}

}  // namespace verdict::app
