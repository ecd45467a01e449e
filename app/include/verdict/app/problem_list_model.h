#pragma once
// The problems of the server (GET /api/v1/problems): display name, short name and id per row.
#include <QAbstractListModel>
#include <QJsonArray>

namespace verdict::app {

class ProblemListModel : public QAbstractListModel {
    Q_OBJECT
  public:
    enum Role { IdRole = Qt::UserRole + 1, ShortNameRole };
    explicit ProblemListModel(QObject* parent = nullptr);

    void setProblems(const QJsonArray& problems);
    // The row of a short name; -1 when absent.
    int rowOf(const QString& shortName) const;
    // The display name of a problem id; the id as text when absent.
    QString nameOf(int id) const;
    QString shortNameOf(int id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

  private:
    struct Problem {
        int id = 0;
        QString shortName;
        QString name;
    };
    QList<Problem> m_problems;
};

}  // namespace verdict::app
