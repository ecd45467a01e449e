#pragma once
// The workspace on disk (QStandardPaths::AppDataLocation/workspace): one file per buffer, one per
// problem's own tests, and session.json, each written atomically. Loading skips a missing,
// truncated or corrupted file, keeps the rest, and says what it skipped.
#include <QString>
#include <QStringList>

#include "verdict/app/workspace/workspace_contents.h"

namespace verdict::app {

class WorkspaceStore {
  public:
    explicit WorkspaceStore(QString directory);
    // AppDataLocation/workspace; call after the application's name is set.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }

    struct LoadResult {
        WorkspaceContents contents;
        QStringList skipped;  // one translated message per file that could not be used
    };
    LoadResult load() const;

    // Writes exactly the files of these changes; returns the errors (empty when all went to
    // disk). Safe to call on a worker thread with a snapshot, one call at a time.
    QStringList write(const WorkspaceChanges& changes) const;

  private:
    QString folder(const char* name) const;

    QString m_directory;
};

}  // namespace verdict::app
