#pragma once
// The submissions panel's data: one row per submission (newest last), one child row per judged
// test, updated from the server's live events (queued → compiling → test k of n → verdict).
#include <QAbstractItemModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace verdict::app {

class SubmissionsModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum Column { IdColumn, ProblemColumn, LanguageColumn, StatusColumn, TimeColumn, MemoryColumn };
    enum Role { VerdictRole = Qt::UserRole + 1, SubmissionIdRole, ProblemIdRole };

    struct TestResult {
        QString name;
        QString verdict;
        int cpuMs = 0;
        int memoryKib = 0;
    };
    struct Submission {
        qint64 id = 0;
        int problemId = 0;
        QString problem;
        QString language;
        QString status = QStringLiteral("queued");  // queued, compiling, running, done
        QString verdict;                            // when done
        int test = 0;                               // tests judged so far
        int tests = 0;                              // 0 until known
        qint64 lastSeq = 0;
        QList<TestResult> results;
    };

    explicit SubmissionsModel(QObject* parent = nullptr);

    void addSubmission(qint64 id, const QString& problem, const QString& language,
                       int problemId = 0);
    // Forgets every submission (another server: its ids mean other submissions).
    void clear();
    // A submission as GET /api/v1/submissions lists it (history from before this session): its
    // status, verdict and per-test results. False when it is already here.
    bool addFromServer(const QJsonObject& submission, const QString& problem,
                       const QString& language);
    // Applies one event of the stream; stale or repeated ones (seq not above the last) are
    // ignored. False when the submission is unknown or the event was ignored.
    bool applyEvent(qint64 id, const QJsonObject& event);

    const Submission* submission(qint64 id) const;
    int rowOf(qint64 id) const;
    // The one-line state: "Queued", "Compiling", "Test 3 of 5", "Accepted", ...
    static QString statusText(const Submission& submission);
    static QString verdictName(const QString& code);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  signals:
    void submissionFinished(qint64 id, const QString& verdict);

  private:
    QVariant submissionData(const Submission& submission, int column, int role) const;
    QVariant testData(const TestResult& result, int column, int role) const;
    void addResult(int row, const QJsonObject& result);
    void clearResults(int row);

    QList<Submission> m_submissions;
};

}  // namespace verdict::app
