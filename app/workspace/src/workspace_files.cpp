#include "workspace_files.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace verdict::app::workspace_files {

namespace {

constexpr auto kBufferFormat = "verdict-buffer-1";
constexpr auto kTestsFormat = "verdict-tests-1";

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)
};

// Parses a file of the given format; empty message on success.
QString parseObject(const QByteArray& bytes, const char* format, QJsonObject* object) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Text::tr("not valid JSON (%1 at byte %2); it may be truncated")
            .arg(error.errorString())
            .arg(error.offset);
    *object = document.object();
    if (object->value("format").toString() != QLatin1String(format))
        return Text::tr("unknown format");
    return {};
}

}  // namespace

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray encodeBuffer(const SavedBuffer& buffer) {
    const QJsonObject object{{"format", kBufferFormat},
                             {"server", buffer.key.server},
                             {"problem", buffer.key.problem},
                             {"language", buffer.key.language},
                             {"sha256", sha256Hex(buffer.text.toUtf8())},
                             {"text", buffer.text}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString decodeBuffer(const QByteArray& bytes, const QString& fileId, SavedBuffer* buffer) {
    QJsonObject object;
    if (QString error = parseObject(bytes, kBufferFormat, &object); !error.isEmpty())
        return error;
    const BufferKey key{object.value("server").toString(), object.value("problem").toString(),
                        object.value("language").toString()};
    if (key.fileId() != fileId)
        return Text::tr("its contents do not match its name");
    const QString text = object.value("text").toString();
    if (sha256Hex(text.toUtf8()) != object.value("sha256").toString())
        return Text::tr("the text does not match its checksum");
    *buffer = {key, text};
    return {};
}

QByteArray encodeTests(const SavedTests& tests) {
    const QJsonObject object{{"format", kTestsFormat},
                             {"server", tests.key.server},
                             {"problem", tests.key.problem},
                             {"tests", tests.tests}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString decodeTests(const QByteArray& bytes, const QString& fileId, SavedTests* tests) {
    QJsonObject object;
    if (QString error = parseObject(bytes, kTestsFormat, &object); !error.isEmpty())
        return error;
    const ProblemKey key{object.value("server").toString(), object.value("problem").toString()};
    if (key.fileId() != fileId)
        return Text::tr("its contents do not match its name");
    if (!object.value("tests").isArray())
        return Text::tr("it has no list of tests");
    *tests = {key, object.value("tests").toArray()};
    return {};
}

}  // namespace verdict::app::workspace_files
