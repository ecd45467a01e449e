#pragma once
// The IDE's connection to a server: every API call runs on a worker thread with its own Client
// (the client library blocks), and its answer comes back to the UI thread as a signal.
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
#include <nlohmann/json_fwd.hpp>

#include "verdict/client/client.h"

namespace verdict::app {

class ServerSession : public QObject {
    Q_OBJECT
  public:
    explicit ServerSession(QObject* parent = nullptr);

    void setConnection(const client::ServerAddress& address, const QString& token);
    bool isConnected() const { return !m_token.isEmpty(); }

    void fetchProblems();
    void fetchProblem(int id);
    void fetchLanguages();
    void fetchSubmission(qint64 id);
    // Posts the submission, then follows its events until the final one.
    void submit(int problemId, const QString& language, const QString& source);

  signals:
    void problemsFetched(const QJsonArray& problems);
    void problemFetched(const QJsonObject& problem);
    void languagesFetched(const QJsonArray& languages);
    void submissionFetched(const QJsonObject& submission);
    void submitted(qint64 id, int problemId, const QString& language);
    void submissionEventReceived(qint64 id, const QJsonObject& event);
    void followFailed(qint64 id, const QString& message);
    // `what` names the request ("problems", "submit", ...); `message` is for people.
    void requestFailed(const QString& what, const QString& message);

  private:
    using Call = std::function<client::Result<nlohmann::json>(client::Client&)>;
    using Done = std::function<void(const nlohmann::json&)>;
    void request(const QString& what, Call call, Done done);
    void follow(qint64 id);

    client::ServerAddress m_address;
    QString m_token;
};

}  // namespace verdict::app
