#include "verdict/app/bundled_problems.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <nlohmann/json.hpp>
#include <string>

#include "verdict/client/client.h"
#include "verdict/packages/zip_create.h"

namespace verdict::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app", text);
}

// Uploads one folder; true when it is on the server afterwards.
bool uploadOne(client::Client& client, const QDir& folder, const QTemporaryDir& scratch,
               UploadReport& report) {
    const QString name = folder.dirName();
    const QString archive = scratch.filePath(name + QStringLiteral(".zip"));
    std::string zipError;
    if (!packages::zipDirectory(folder.absolutePath().toStdString(), archive.toStdString(), "",
                                zipError)) {
        report.error = tr("Cannot zip %1: %2").arg(name, QString::fromStdString(zipError));
        return false;
    }
    QFile file(archive);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("Cannot read %1: %2").arg(archive, file.errorString());
        return false;
    }
    auto result = client.postBytes("/api/v1/problems?name=" + name.toStdString(),
                                   file.readAll().toStdString(), "application/zip");
    if (result) {
        report.uploaded << name;
        return true;
    }
    if (result.error.status == 409) {
        report.present << name;
        return true;
    }
    report.error =
        tr("Uploading %1 failed: %2").arg(name, QString::fromStdString(result.error.describe()));
    return false;
}

// The short names the server lists; empty when it cannot say (then every upload is tried, and
// a 409 still means present).
QStringList problemsOnServer(client::Client& client) {
    QStringList names;
    const auto listed = client.get("/api/v1/problems");
    if (listed && listed.value->is_array())
        for (const auto& problem : *listed.value)
            names << QString::fromStdString(problem.value("short_name", std::string()));
    return names;
}

}  // namespace

QString bundledProblemsDirectory() {
    if (QString path = qEnvironmentVariable("VERDICT_PROBLEMS_DIR"); !path.isEmpty())
        return path;
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/verdict/problems");
    if (QDir(installed).exists())
        return QDir(installed).canonicalPath();
    return QStringLiteral(VERDICT_SOURCE_PROBLEMS);
}

UploadReport uploadBundledProblems(client::Client& client, const QString& directory) {
    UploadReport report;
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        report.error = tr("Cannot create a temporary directory: %1").arg(scratch.errorString());
        return report;
    }
    const QDir root(directory);
    const auto folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (folders.isEmpty())
        report.error = tr("No problems found in %1").arg(directory);
    // What the server already has is not zipped and sent again (a later start stays fast).
    const QStringList present = problemsOnServer(client);
    for (const QString& name : folders) {
        if (present.contains(name)) {
            report.present << name;
            continue;
        }
        if (!uploadOne(client, QDir(root.filePath(name)), scratch, report))
            break;
    }
    return report;
}

}  // namespace verdict::app
