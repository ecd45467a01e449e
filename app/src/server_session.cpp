#include "verdict/app/server_session.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <nlohmann/json.hpp>

#include "verdict/app/json_bridge.h"

namespace verdict::app {

// Each follow() holds a pool thread until its submission is done: leave room for requests.
ServerSession::ServerSession(QObject* parent) : QObject(parent) {
    constexpr int kThreads = 16;
    QThreadPool* pool = QThreadPool::globalInstance();
    pool->setMaxThreadCount(std::max(pool->maxThreadCount(), kThreads));
}

void ServerSession::deliver(QObject* context, std::function<void()> work) {
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, work = std::move(work)] {
            if (guard)
                work();
        },
        Qt::QueuedConnection);
}

ServerSession::~ServerSession() {
    cancelFollows();
}

void ServerSession::cancelFollows() {
    for (const auto& stream : m_streams)
        stream->cancel();
    m_streams.clear();
}

void ServerSession::setConnection(const client::ServerAddress& address, const QString& token) {
    if (address.toString() != m_address.toString() || token != m_token)
        cancelFollows();
    m_address = address;
    m_token = token;
}

void ServerSession::request(const QString& what, Call call, Done done) {
    QPointer<ServerSession> self(this);
    const auto address = m_address;
    const auto token = m_token.toStdString();
    (void)QtConcurrent::run([self, what, address, token, call, done] {
        client::Client api(address, token);
        auto result = call(api);
        if (!self)
            return;
        deliver(self, [self, what, result, done] {
            if (result)
                return done(*result.value);
            emit self->requestFailed(what, QString::fromStdString(result.error.describe()));
        });
    });
}

void ServerSession::fetchProblems() {
    request(
        "problems", [](client::Client& api) { return api.get("/api/v1/problems"); },
        [this](const nlohmann::json& value) { emit problemsFetched(toQt(value).toArray()); });
}

void ServerSession::fetchProblem(int id) {
    const std::string path = "/api/v1/problems/" + std::to_string(id);
    request(
        "problem", [path](client::Client& api) { return api.get(path); },
        [this](const nlohmann::json& value) { emit problemFetched(toQt(value).toObject()); });
}

void ServerSession::fetchLanguages() {
    request(
        "languages", [](client::Client& api) { return api.get("/api/v1/languages"); },
        [this](const nlohmann::json& value) { emit languagesFetched(toQt(value).toArray()); });
}

void ServerSession::fetchSubmission(qint64 id) {
    const std::string path = "/api/v1/submissions/" + std::to_string(id);
    request(
        "submission", [path](client::Client& api) { return api.get(path); },
        [this](const nlohmann::json& value) { emit submissionFetched(toQt(value).toObject()); });
}

void ServerSession::submit(int problemId, const QString& language, const QString& source) {
    const nlohmann::json body = {{"problem", problemId},
                                 {"language", language.toStdString()},
                                 {"source", source.toStdString()}};
    request(
        "submit", [body](client::Client& api) { return api.post("/api/v1/submissions", body); },
        [this, problemId, language, source](const nlohmann::json& value) {
            const qint64 id = value.value("id", std::int64_t{0});
            emit submitted(id, problemId, language, source);
            follow(
                client::Target::Submission, id,
                [this, id](const QJsonObject& event) { emit submissionEventReceived(id, event); },
                [this, id](const QString& message) { emit followFailed(id, message); });
        });
}

void ServerSession::follow(client::Target target, qint64 id, OnEvent onEvent, OnFailed onFailed) {
    QPointer<ServerSession> self(this);
    auto stream = std::make_shared<client::EventStream>(m_address, m_token.toStdString());
    m_streams.insert(stream);
    (void)QtConcurrent::run([self, stream, target, id, onEvent, onFailed] {
        auto forward = [self, onEvent](const nlohmann::json& event) {
            const QJsonObject object = toQt(event).toObject();
            deliver(self, [onEvent, object] { onEvent(object); });
        };
        auto done = stream->follow(target, id, forward);
        const bool cancelled = !done && done.error.code == "cancelled";
        const QString message = QString::fromStdString(done.error.describe());
        deliver(self, [self, stream, done = bool(done), cancelled, onFailed, message] {
            self->m_streams.erase(stream);
            if (!done && !cancelled)
                onFailed(message);
        });
    });
}

}  // namespace verdict::app
