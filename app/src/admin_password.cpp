#include "verdict/app/admin_password.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace verdict::app {

namespace {

constexpr int kLength = 24;
constexpr char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

QString randomPassword() {
    QString password;
    auto* random = QRandomGenerator::system();
    for (int i = 0; i < kLength; ++i)
        password += QChar(kAlphabet[random->bounded(int(sizeof(kAlphabet)) - 1)]);
    return password;
}

}  // namespace

QString loadOrCreateAdminPassword(const QString& directory, QString& error) {
    const QString path = QDir(directory).filePath(QStringLiteral("admin-password"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        QString password = QString::fromUtf8(existing.readAll()).trimmed();
        if (!password.isEmpty())
            return password;
    }
    QSaveFile file(path);
    const QString password = randomPassword();
    // Owner only, before any byte is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(password.toUtf8() + '\n') < 0 || !file.commit()) {
        error = QCoreApplication::translate("verdict::app", "Cannot write %1: %2")
                    .arg(path, file.errorString());
        return {};
    }
    return password;
}

}  // namespace verdict::app
