#include "verdict/app/workspace/workspace_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include "atomic_file.h"
#include "workspace_files.h"

namespace verdict::app {

namespace {

constexpr char kBuffers[] = "buffers";
constexpr char kTests[] = "tests";
constexpr char kSession[] = "session.json";

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)
};

// Only names this store writes: 64 hex digits and ".json".
bool isOwnFileName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}\\.json$"));
    return pattern.match(name).hasMatch();
}

// Reads every file of one folder with decode; leftovers of an interrupted write are removed.
template <typename Item, typename Decode>
QList<Item> loadFolder(const QString& path, Decode decode, QStringList* skipped) {
    QList<Item> items;
    QDir dir(path);
    const auto names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        if (atomic_file::isLeftoverTemporary(name)) {
            dir.remove(name);
            continue;
        }
        if (!isOwnFileName(name))
            continue;
        QFile file(dir.filePath(name));
        QString error;
        Item item;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            error = decode(file.readAll(), name.chopped(5), &item);
        if (!error.isEmpty())
            skipped->append(Text::tr("Skipped %1: %2").arg(file.fileName(), error));
        else
            items.append(item);
    }
    return items;
}

QJsonObject loadSession(const QString& path, QStringList* skipped) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};  // no session yet: a first start
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        skipped->append(
            Text::tr("Skipped %1: not valid JSON; the session starts afresh").arg(path));
        return {};
    }
    return document.object();
}

}  // namespace

WorkspaceStore::WorkspaceStore(QString directory) : m_directory(std::move(directory)) {}

QString WorkspaceStore::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace"));
}

QString WorkspaceStore::folder(const char* name) const {
    return QDir(m_directory).filePath(QString::fromLatin1(name));
}

WorkspaceStore::LoadResult WorkspaceStore::load() const {
    LoadResult result;
    result.contents.buffers =
        loadFolder<SavedBuffer>(folder(kBuffers), workspace_files::decodeBuffer, &result.skipped);
    result.contents.tests =
        loadFolder<SavedTests>(folder(kTests), workspace_files::decodeTests, &result.skipped);
    result.contents.session = loadSession(folder(kSession), &result.skipped);
    return result;
}

QStringList WorkspaceStore::write(const WorkspaceChanges& changes) const {
    QStringList errors;
    QString error;
    const auto put = [&](const QString& path, const QByteArray& bytes) {
        if (!atomic_file::write(path, bytes, &error))
            errors << error;
    };
    for (const char* name : {kBuffers, kTests})
        if (!QDir().mkpath(folder(name)))
            errors << Text::tr("Cannot create %1").arg(folder(name));
    for (const auto& buffer : changes.buffers)
        put(QDir(folder(kBuffers)).filePath(buffer.key.fileId() + ".json"),
            workspace_files::encodeBuffer(buffer));
    for (const auto& tests : changes.tests)
        put(QDir(folder(kTests)).filePath(tests.key.fileId() + ".json"),
            workspace_files::encodeTests(tests));
    if (!changes.session.isEmpty())
        put(folder(kSession), QJsonDocument(changes.session).toJson(QJsonDocument::Compact));
    if (!changes.buffers.isEmpty())
        atomic_file::syncFolder(folder(kBuffers));
    if (!changes.tests.isEmpty())
        atomic_file::syncFolder(folder(kTests));
    if (!changes.session.isEmpty())
        atomic_file::syncFolder(m_directory);
    return errors;
}

}  // namespace verdict::app
