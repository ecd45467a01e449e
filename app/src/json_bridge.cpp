#include "verdict/app/json_bridge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <nlohmann/json.hpp>

namespace verdict::app {

// Both go through text wrapped in an array, so that scalars convert too.
QJsonValue toQt(const nlohmann::json& value) {
    const QByteArray text = QByteArray::fromStdString(nlohmann::json::array({value}).dump());
    return QJsonDocument::fromJson(text).array().at(0);
}

nlohmann::json toJson(const QJsonValue& value) {
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return nlohmann::json::parse(text.toStdString()).at(0);
}

}  // namespace verdict::app
