#include "verdict/app/import/package_check.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <filesystem>

#include "verdict/app/import/short_names.h"
#include "verdict/packages/package.h"

namespace verdict::app::imports {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app::imports", text);
}

bool looksLikePackage(const QDir& root) {
    return root.exists(QStringLiteral("problem.yaml")) ||
           QFileInfo(root.filePath(QStringLiteral("data"))).isDir();
}

QString describe(const packages::Diagnostics& diagnostics) {
    QStringList lines;
    for (const auto& diagnostic : diagnostics.errors())
        lines << QString::fromStdString(diagnostic.toString());
    return lines.join('\n');
}

QString suggestName(const QFileInfo& file, const QString& displayName) {
    QString name = shortNameFrom(file.isDir() ? file.fileName() : file.completeBaseName());
    if (name.isEmpty())
        name = shortNameFrom(displayName);
    return name.isEmpty() ? QStringLiteral("problem") : name;
}

}  // namespace

PackageCheck checkPackage(const QString& path) {
    PackageCheck check;
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.exists()) {
        check.error = tr("%1 does not exist.").arg(shown);
        return check;
    }
    check.isZip = file.isFile();
    const QString suffix = file.suffix().toLower();
    if (check.isZip && suffix != QLatin1String("zip") && suffix != QLatin1String("kpp")) {
        check.error = tr("%1 is neither a folder nor a .zip file.").arg(shown);
        return check;
    }
    if (!check.isZip && !looksLikePackage(QDir(path))) {
        check.error = tr("No problem.yaml and no data/ folder in %1: it is not a problem package.")
                          .arg(shown);
        return check;
    }
    const auto loaded = packages::loadPackage(std::filesystem::path(path.toStdString()));
    if (!loaded.ok()) {
        check.error =
            tr("%1 is not a valid problem package:\n%2").arg(shown, describe(loaded.diagnostics));
        return check;
    }
    const packages::Package& package = *loaded.package;
    if (!looksLikePackage(QDir(QString::fromStdString(package.root.string())))) {
        check.error = tr("No problem.yaml and no data/ folder in %1: it is not a problem package.")
                          .arg(shown);
        return check;
    }
    if (package.judgedCases().empty()) {
        check.error = tr("%1 has no test cases: data/sample and data/secret are empty or missing.")
                          .arg(shown);
        return check;
    }
    check.displayName = QString::fromStdString(package.config.displayName());
    check.suggestedShortName = suggestName(file, check.displayName);
    return check;
}

}  // namespace verdict::app::imports
