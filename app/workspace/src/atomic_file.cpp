#include "atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace verdict::app::atomic_file {

bool write(const QString& path, const QByteArray& data, QString* error) {
    QSaveFile file(path);
    // QSaveFile::commit() fsyncs the temporary file before the rename.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("verdict::app", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

void syncFolder(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);  // best effort: some file systems refuse it on folders
    ::close(fd);
}

bool isLeftoverTemporary(const QString& fileName) {
    static const QRegularExpression pattern(QStringLiteral("^.+\\.json\\.[A-Za-z0-9]{6}$"));
    return pattern.match(fileName).hasMatch();
}

}  // namespace verdict::app::atomic_file
