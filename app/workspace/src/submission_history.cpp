#include "verdict/app/workspace/submission_history.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

#include "atomic_file.h"
#include "verdict/app/workspace/workspace_keys.h"
#include "workspace_files.h"

namespace verdict::app {

namespace {

constexpr auto kFormat = "verdict-submission-1";

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SubmissionHistory)
};

QJsonObject encode(const SubmittedSource& source) {
    return {{"format", kFormat},
            {"server", source.server},
            {"problem", source.problem},
            {"language", source.language},
            {"submissionId", QString::number(source.submissionId)},
            {"submittedAt", source.submittedAt.toUTC().toString(Qt::ISODateWithMs)},
            {"sha256", workspace_files::sha256Hex(source.text.toUtf8())},
            {"text", source.text}};
}

std::optional<SubmittedSource> decode(const QByteArray& bytes) {
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.value("format").toString() != QLatin1String(kFormat))
        return std::nullopt;
    SubmittedSource source{
        object.value("server").toString(),
        object.value("problem").toString(),
        object.value("language").toString(),
        object.value("submissionId").toString().toLongLong(),
        QDateTime::fromString(object.value("submittedAt").toString(), Qt::ISODateWithMs),
        object.value("text").toString()};
    if (workspace_files::sha256Hex(source.text.toUtf8()) != object.value("sha256").toString())
        return std::nullopt;
    return source;
}

}  // namespace

SubmissionHistory::SubmissionHistory(QString workspaceDirectory)
    : m_directory(std::move(workspaceDirectory)) {}

QString SubmissionHistory::folderOf(const QString& server, const QString& problem) const {
    return QDir(m_directory).filePath("history/" + ProblemKey{server, problem}.fileId());
}

bool SubmissionHistory::record(const SubmittedSource& source, QString* error) {
    const QString folder = folderOf(source.server, source.problem);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = Text::tr("Cannot create %1").arg(folder);
        return false;
    }
    // The time first: names sort by age, and a submission id reused by a reset server never
    // overwrites an older source.
    const QString name = QStringLiteral("%1-%2.json")
                             .arg(source.submittedAt.toMSecsSinceEpoch(), 13, 10, QChar('0'))
                             .arg(source.submissionId);
    if (!atomic_file::write(QDir(folder).filePath(name),
                            QJsonDocument(encode(source)).toJson(QJsonDocument::Compact), error))
        return false;
    atomic_file::syncFolder(folder);
    return true;
}

QList<SubmittedSource> SubmissionHistory::list(const QString& server, const QString& problem,
                                               QStringList* skipped) const {
    static const QRegularExpression pattern(QStringLiteral("^\\d+-\\d+\\.json$"));
    QDir dir(folderOf(server, problem));
    QList<SubmittedSource> sources;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (!pattern.match(name).hasMatch())
            continue;
        QFile file(dir.filePath(name));
        std::optional<SubmittedSource> source;
        if (file.open(QIODevice::ReadOnly))
            source = decode(file.readAll());
        if (source && source->server == server && source->problem == problem)
            sources.append(*source);
        else if (skipped)
            skipped->append(Text::tr("Skipped %1: unreadable or damaged").arg(file.fileName()));
    }
    return sources;
}

std::optional<SubmittedSource> SubmissionHistory::find(const QString& server,
                                                       const QString& problem,
                                                       qint64 submissionId) const {
    const auto sources = list(server, problem);
    const auto it = std::find_if(sources.begin(), sources.end(), [&](const auto& source) {
        return source.submissionId == submissionId;
    });
    if (it == sources.end())
        return std::nullopt;
    return *it;
}

}  // namespace verdict::app
