#include "verdict/app/import/package_upload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <filesystem>

#include "verdict/app/import/package_check.h"
#include "verdict/app/import/short_names.h"
#include "verdict/client/client.h"
#include "verdict/packages/zip_create.h"

namespace verdict::app::imports {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app::imports", text);
}

QString describe(const client::ClientError& error) {
    return QString::fromStdString(error.describe());
}

// The zip to send: the file itself, or the folder zipped into `scratch`.
bool packageBytes(const QString& path, bool isZip, QByteArray& bytes, QString& error) {
    QString archive = path;
    QTemporaryDir scratch;
    if (!isZip) {
        if (!scratch.isValid()) {
            error = tr("Cannot create a temporary directory: %1").arg(scratch.errorString());
            return false;
        }
        archive = scratch.filePath(QStringLiteral("package.zip"));
        std::string zipError;
        if (!packages::zipDirectory(std::filesystem::path(path.toStdString()),
                                    std::filesystem::path(archive.toStdString()), "", zipError)) {
            error = tr("Cannot zip %1: %2").arg(path, QString::fromStdString(zipError));
            return false;
        }
    }
    QFile file(archive);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(archive, file.errorString());
        return false;
    }
    bytes = file.readAll();
    return true;
}

QStringList takenNames(client::Client& api, QString& error) {
    QStringList names;
    auto list = api.get("/api/v1/problems");
    if (!list) {
        error = tr("Cannot list the server's problems: %1").arg(describe(list.error));
        return names;
    }
    for (const auto& problem : *list.value)
        names << QString::fromStdString(problem.value("short_name", std::string()));
    return names;
}

client::Result<nlohmann::json> post(client::Client& api, const QString& shortName,
                                    const QByteArray& bytes) {
    return api.postBytes("/api/v1/problems?name=" + shortName.toStdString(), bytes.toStdString(),
                         "application/zip");
}

void accept(const nlohmann::json& answer, UploadOutcome& outcome) {
    outcome.id = answer.value("id", 0);
    outcome.shortName = QString::fromStdString(answer.value("short_name", std::string()));
    outcome.name = QString::fromStdString(answer.value("name", std::string()));
}

}  // namespace

UploadOutcome uploadPackage(client::Client& api, const UploadRequest& request) {
    UploadOutcome outcome;
    const PackageCheck check = checkPackage(request.path);
    if (!check.ok()) {
        outcome.error = check.error;
        return outcome;
    }
    QString shortName = shortNameFrom(request.shortName);
    if (shortName.isEmpty())
        shortName = check.suggestedShortName;
    QByteArray bytes;
    if (!packageBytes(request.path, check.isZip, bytes, outcome.error))
        return outcome;
    auto answer = post(api, shortName, bytes);
    if (!answer && answer.error.status == 409) {
        const QStringList taken = takenNames(api, outcome.error);
        if (!outcome.error.isEmpty())
            return outcome;
        outcome.freeShortName = freeShortName(shortName, taken);
        if (request.onConflict == ConflictPolicy::Fail) {
            outcome.error = tr("A problem named \"%1\" is already on the server. Import it as "
                               "\"%2\" instead?")
                                .arg(shortName, outcome.freeShortName);
            return outcome;
        }
        answer = post(api, outcome.freeShortName, bytes);
    }
    if (!answer) {
        outcome.error =
            answer.error.status == 422
                ? tr("The server refused the package %1:\n%2")
                      .arg(request.path, QString::fromStdString(answer.error.message))
                : tr("Uploading %1 failed: %2").arg(request.path, describe(answer.error));
        return outcome;
    }
    accept(*answer.value, outcome);
    return outcome;
}

}  // namespace verdict::app::imports
