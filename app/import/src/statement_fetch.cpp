#include "verdict/app/import/statement_fetch.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <memory>

#include "verdict/app/server_session.h"
#include "verdict/client/transport.h"

namespace verdict::app::imports {

namespace {

namespace http = boost::beast::http;

constexpr std::chrono::seconds kTimeout{30};

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app::imports", text);
}

std::string target(int problemId, const QString& language, const QString& format) {
    QByteArray path = "/api/v1/problems/" + QByteArray::number(problemId) +
                      "/statement?format=" + QUrl::toPercentEncoding(format);
    if (!language.isEmpty())
        path += "&language=" + QUrl::toPercentEncoding(language);
    return path.toStdString();
}

// The server's {"error": {"message"}} of a failed call, else the start of its body.
QString serverMessage(const client::HttpResponse& response) {
    const auto json = nlohmann::json::parse(response.body(), nullptr, false);
    if (json.is_object() && json.contains("error") && json["error"].is_object())
        return QString::fromStdString(json["error"].value("message", std::string()));
    return QString::fromStdString(response.body().substr(0, 200));
}

}  // namespace

bool isPdfStatement(const QJsonObject& problem) {
    return problem.value("statement").toObject().value("format").toString() == QLatin1String("pdf");
}

StatementFile fetchStatementFile(const client::Client& api, int problemId, const QString& language,
                                 const QString& format) {
    StatementFile file;
    const auto& address = api.address();
    client::Transport transport(address, kTimeout);
    client::HttpRequest request{http::verb::get,
                                address.prefix + target(problemId, language, format), 11};
    request.set(http::field::user_agent, "verdict-ide");
    request.set(http::field::authorization, "Bearer " + api.token());
    client::HttpResponse response;
    client::ClientError error;
    if (!transport.exchange(request, response, error)) {
        file.error =
            tr("Cannot fetch the statement: %1").arg(QString::fromStdString(error.describe()));
        return file;
    }
    if (response.result_int() != 200) {
        file.error = tr("Cannot fetch the statement: %1 (HTTP %2)")
                         .arg(serverMessage(response))
                         .arg(response.result_int());
        return file;
    }
    file.bytes = QByteArray::fromStdString(response.body());
    file.contentType = QString::fromStdString(std::string(response[http::field::content_type]));
    return file;
}

void fetchStatement(ServerSession* session, int problemId, const QString& language,
                    const QString& format, QObject* context,
                    std::function<void(const StatementFile&)> done) {
    auto file = std::make_shared<StatementFile>();
    QPointer<QObject> guard(context);
    session->request(
        QStringLiteral("statement"),
        [file, problemId, language, format](client::Client& api) {
            *file = fetchStatementFile(api, problemId, language, format);
            client::Result<nlohmann::json> finished;
            finished.value = nlohmann::json::object();
            return finished;
        },
        [file, guard, done](const nlohmann::json&) {
            if (guard)
                done(*file);
        });
}

}  // namespace verdict::app::imports
