#pragma once
// The source of every submission, kept so the contestant can reopen what they submitted:
// workspace/history/<ProblemKey::fileId()>/<time ms>-<submission id>.json, one file per
// submission, written atomically and never rewritten.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace verdict::app {

struct SubmittedSource {
    QString server;
    QString problem;
    QString language;
    qint64 submissionId = 0;
    QDateTime submittedAt;
    QString text;
};

class SubmissionHistory {
  public:
    // The workspace folder (WorkspaceStore::directory()).
    explicit SubmissionHistory(QString workspaceDirectory);

    // Small files written synchronously (a submission is size-limited by the server).
    bool record(const SubmittedSource& source, QString* error = nullptr);
    // Newest first. Files that cannot be read are left out and named in *skipped.
    QList<SubmittedSource> list(const QString& server, const QString& problem,
                                QStringList* skipped = nullptr) const;
    std::optional<SubmittedSource> find(const QString& server, const QString& problem,
                                        qint64 submissionId) const;

  private:
    QString folderOf(const QString& server, const QString& problem) const;

    QString m_directory;
};

}  // namespace verdict::app
