#pragma once
// Between the client library's nlohmann::json and Qt's JSON types (the models and views use Qt's).
#include <QJsonObject>
#include <QJsonValue>
#include <nlohmann/json_fwd.hpp>

namespace verdict::app {

QJsonValue toQt(const nlohmann::json& value);
nlohmann::json toJson(const QJsonValue& value);

}  // namespace verdict::app
