#include "verdict/editor/templates.h"

#include "resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace verdict::editor {
namespace {

const QJsonObject& templates() {
    static const QJsonObject all =
        QJsonDocument::fromJson(bundledData(QStringLiteral("templates.json")))
            .object()["templates"]
            .toObject();
    return all;
}

}  // namespace

QString templateFor(const QString& languageId) {
    QString text;
    for (const QJsonValue& line : templates()[languageId].toArray()) {
        text += line.toString() + QLatin1Char('\n');
    }
    return text;
}

QStringList templateLanguages() {
    return templates().keys();
}

}  // namespace verdict::editor
