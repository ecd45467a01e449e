#pragma once
// The IDE's connection to a server: every API call runs on a worker thread with its own Client
// (the client library blocks), and its answer comes back to the UI thread as a signal.
// Features build their own calls on request() and follow(); callbacks always run on the UI
// thread, and never after the session is gone.
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <set>

#include "verdict/client/client.h"
#include "verdict/client/event_stream.h"

namespace verdict::app {

class ServerSession : public QObject {
    Q_OBJECT
  public:
    explicit ServerSession(QObject* parent = nullptr);
    // Cancels the follows still running, so quitting does not wait for their submissions.
    ~ServerSession() override;

    // Another server (or user) cancels the follows of the previous one.
    void setConnection(const client::ServerAddress& address, const QString& token);
    int activeFollows() const { return int(m_streams.size()); }
    bool isConnected() const { return !m_token.isEmpty(); }
    const client::ServerAddress& address() const { return m_address; }
    const QString& token() const { return m_token; }

    using Call = std::function<client::Result<nlohmann::json>(client::Client&)>;
    using Done = std::function<void(const nlohmann::json&)>;
    // Runs `call` off the UI thread with a fresh Client; then `done` with its value, or
    // requestFailed(what, message).
    void request(const QString& what, Call call, Done done);
    using OnEvent = std::function<void(const QJsonObject& event)>;
    using OnFailed = std::function<void(const QString& message)>;
    // Follows a submission's or a run's events until "done" (reconnecting and resuming by
    // itself); each event reaches `onEvent`, a final failure `onFailed`.
    void follow(client::Target target, qint64 id, OnEvent onEvent, OnFailed onFailed);
    // Runs `work` on the UI thread later, unless `context` is gone by then.
    static void deliver(QObject* context, std::function<void()> work);

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
    void submitted(qint64 id, int problemId, const QString& language, const QString& source);
    void submissionEventReceived(qint64 id, const QJsonObject& event);
    void followFailed(qint64 id, const QString& message);
    // `what` names the request ("problems", "submit", ...); `message` is for people.
    void requestFailed(const QString& what, const QString& message);

  private:
    void cancelFollows();

    client::ServerAddress m_address;
    QString m_token;
    // The streams being followed (touched on the UI thread only; EventStream::cancel is safe
    // from here while follow() runs on a pool thread).
    std::set<std::shared_ptr<client::EventStream>> m_streams;
};

}  // namespace verdict::app
