#include "verdict/app/workspace/workspace_keys.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace verdict::app {

namespace {

// A JSON array of the parts is unambiguous ("a","bc" differs from "ab","c").
QString hashOf(const QJsonArray& parts) {
    const QByteArray bytes = QJsonDocument(parts).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

}  // namespace

QString ProblemKey::fileId() const {
    return hashOf({server, problem});
}

QString BufferKey::fileId() const {
    return hashOf({server, problem, language});
}

}  // namespace verdict::app
