#pragma once
// Runs tests of a TestCasesModel as custom runs on the judge (POST /api/v1/runs, follow its
// events, GET /api/v1/runs/{id}) and puts each verdict into the model. At most two runs are in
// flight; runAll() replaces whatever was still waiting from before.
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "verdict/app/tests_panel/test_case.h"

namespace verdict::app {
class ServerSession;
}

namespace verdict::app::tests_panel {

class TestCasesModel;

class TestRunner : public QObject {
    Q_OBJECT
  public:
    static constexpr int kMaxInFlight = 2;

    TestRunner(ServerSession* session, TestCasesModel* model, QObject* parent = nullptr);

    // Every runnable test, in table order; tests still waiting from before are dropped.
    void runAll(const QString& language, const QString& source);
    // Adds the given tests to the queue (a test already waiting is not queued twice).
    void run(const QList<quint64>& ids, const QString& language, const QString& source);
    // Drops the waiting tests (back to "Not run"); runs already on the judge finish.
    void cancelPending();

    int pendingCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return m_inFlight; }
    bool isBusy() const { return m_inFlight > 0 || !m_queue.isEmpty(); }

  signals:
    // A test ended in CE: the compiler's output, for diagnostics on the code.
    void compileFailed(quint64 id, const QString& output);
    // One test got its final result.
    void testFinished(quint64 id, verdict::app::tests_panel::TestState state);
    // Nothing is waiting or in flight any more.
    void allFinished();
    void busyChanged(bool busy);

  private:
    struct Job {
        quint64 id = 0;
        quint64 ticket = 0;  // which request of this test; older answers are ignored
        QString language;
        QString source;
        QString input;
        QString expected;
        Validation validation;
    };
    void startNext();
    void post(const Job& job);
    void onRunEvent(const Job& job, qint64 runId, const QJsonObject& event);
    void fetchResult(const Job& job, qint64 runId);
    void finish(const Job& job, const TestRunResult& result);
    void fail(const Job& job, const QString& message);
    bool isCurrent(const Job& job) const;
    void enqueue(quint64 id, const QString& language, const QString& source);
    void updateBusy();

    ServerSession* m_session;
    TestCasesModel* m_model;
    QList<Job> m_queue;
    QHash<quint64, quint64> m_tickets;  // test id → its latest ticket
    quint64 m_nextTicket = 1;
    int m_inFlight = 0;
    bool m_busy = false;
};

}  // namespace verdict::app::tests_panel
