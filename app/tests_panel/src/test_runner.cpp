#include "verdict/app/tests_panel/test_runner.h"

#include <QPointer>
#include <memory>
#include <nlohmann/json.hpp>

#include "verdict/app/json_bridge.h"
#include "verdict/app/server_session.h"
#include "verdict/app/tests_panel/run_verdict.h"
#include "verdict/app/tests_panel/test_cases_model.h"

namespace verdict::app::tests_panel {

namespace {

using JsonResult = client::Result<nlohmann::json>;

// The server's refusals a contestant can act on, in words; anything else as described.
QString describeFailure(const client::ClientError& error) {
    const std::string& code = error.code;
    if (code == "rate_limited")
        return TestRunner::tr("Too many runs at once: the judge asks to wait a little.");
    if (code == "queue_full")
        return TestRunner::tr("The judge's run queue is full: try again shortly.");
    if (code == "source_too_large")
        return TestRunner::tr("The source is over the custom-run limit of 64 KiB.");
    if (code == "stdin_too_large")
        return TestRunner::tr("The input is over the custom-run limit of 1 MiB.");
    if (code == "unknown_language" || code == "language_unavailable")
        return TestRunner::tr("The judge cannot run this language: %1")
            .arg(QString::fromStdString(error.message));
    return QString::fromStdString(error.describe());
}

// Failures travel as values ({"failure": text}) so that each reaches its own test instead of
// ServerSession::requestFailed.
JsonResult orFailure(JsonResult result) {
    if (result)
        return result;
    JsonResult out;
    out.value = nlohmann::json{{"failure", describeFailure(result.error).toStdString()}};
    return out;
}

QString failureOf(const nlohmann::json& value) {
    return value.is_object() && value.contains("failure")
               ? QString::fromStdString(value["failure"].get<std::string>())
               : QString();
}

}  // namespace

TestRunner::TestRunner(ServerSession* session, TestCasesModel* model, QObject* parent)
    : QObject(parent), m_session(session), m_model(model) {}

void TestRunner::runAll(const QString& language, const QString& source) {
    cancelPending();
    run(m_model->runnableIds(), language, source);
}

void TestRunner::run(const QList<quint64>& ids, const QString& language, const QString& source) {
    for (quint64 id : ids)
        enqueue(id, language, source);
    startNext();
}

void TestRunner::enqueue(quint64 id, const QString& language, const QString& source) {
    const TestCase* test = m_model->testById(id);
    if (!test || !test->runnable())
        return;
    for (const Job& job : m_queue) {
        if (job.id == id)
            return;
    }
    const quint64 ticket = m_nextTicket++;
    m_tickets.insert(id, ticket);
    m_queue.append({id, ticket, language, source, test->input, test->expected, test->validation});
    m_model->setState(id, TestState::Queued);
}

void TestRunner::cancelPending() {
    const QList<Job> dropped = std::exchange(m_queue, {});
    for (const Job& job : dropped) {
        if (isCurrent(job)) {
            m_tickets.remove(job.id);
            m_model->setState(job.id, TestState::NotRun);
        }
    }
    updateBusy();
}

void TestRunner::updateBusy() {
    if (isBusy() == m_busy)
        return;
    m_busy = isBusy();
    emit busyChanged(m_busy);
    if (!m_busy)
        emit allFinished();
}

bool TestRunner::isCurrent(const Job& job) const {
    return m_tickets.value(job.id) == job.ticket && m_model->testById(job.id);
}

void TestRunner::startNext() {
    while (m_inFlight < kMaxInFlight && !m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        if (!isCurrent(job))
            continue;  // removed meanwhile
        ++m_inFlight;
        post(job);
    }
    updateBusy();
}

void TestRunner::post(const Job& job) {
    if (!m_session->isConnected()) {
        ServerSession::deliver(this, [this, job] { fail(job, tr("Not connected to a judge.")); });
        return;
    }
    const nlohmann::json body = {{"language", job.language.toStdString()},
                                 {"source", job.source.toStdString()},
                                 {"stdin", job.input.toStdString()}};
    QPointer<TestRunner> self(this);
    m_session->request(
        "run", [body](client::Client& api) { return orFailure(api.post("/api/v1/runs", body)); },
        [self, job](const nlohmann::json& value) {
            if (!self)
                return;
            if (const QString failure = failureOf(value); !failure.isEmpty())
                return self->fail(job, failure);
            const qint64 runId = value.value("id", std::int64_t{0});
            self->m_session->follow(
                client::Target::Run, runId,
                [self, job, runId](const QJsonObject& event) {
                    if (self)
                        self->onRunEvent(job, runId, event);
                },
                [self, job](const QString& message) {
                    if (self)
                        self->fail(job, message);
                });
        });
}

void TestRunner::onRunEvent(const Job& job, qint64 runId, const QJsonObject& event) {
    const QString status = event.value("status").toString();
    if (status == QLatin1String("running") && isCurrent(job))
        m_model->setState(job.id, TestState::Running);
    else if (status == QLatin1String("done"))
        fetchResult(job, runId);
}

void TestRunner::fetchResult(const Job& job, qint64 runId) {
    // The comparison runs on the worker too: an own test's expected output may be large.
    auto outcome = std::make_shared<TestRunResult>();
    const std::string path = "/api/v1/runs/" + std::to_string(runId);
    const QString expected = job.expected;
    const Validation validation = job.validation;
    QPointer<TestRunner> self(this);
    m_session->request(
        "run result",
        [path, expected, validation, outcome](client::Client& api) {
            auto result = orFailure(api.get(path));
            if (const QString failure = failureOf(*result.value); !failure.isEmpty()) {
                outcome->state = TestState::Error;
                outcome->message = failure;
            } else {
                *outcome = judgeRun(toQt(*result.value).toObject(), expected, validation);
            }
            return result;
        },
        [self, job, outcome](const nlohmann::json&) {
            if (self)
                self->finish(job, *outcome);
        });
}

void TestRunner::fail(const Job& job, const QString& message) {
    TestRunResult result;
    result.state = TestState::Error;
    result.message = message;
    finish(job, result);
}

void TestRunner::finish(const Job& job, const TestRunResult& result) {
    --m_inFlight;
    if (isCurrent(job)) {
        m_model->setResult(job.id, result);
        emit testFinished(job.id, result.state);
        if (result.state == TestState::CompileError) {
            // The same source waiting to run would fail to compile the same way.
            const QList<Job> waiting = std::exchange(m_queue, {});
            QList<quint64> skippedAfterCompileError;
            for (const Job& other : waiting) {
                if (other.language != job.language || other.source != job.source)
                    m_queue.append(other);
                else if (isCurrent(other))
                    skippedAfterCompileError.append(other.id);
            }
            for (quint64 id : skippedAfterCompileError) {
                m_model->setResult(id, result);
                emit testFinished(id, result.state);
            }
            emit compileFailed(job.id, result.compileOutput);
        }
    }
    startNext();
}

}  // namespace verdict::app::tests_panel
