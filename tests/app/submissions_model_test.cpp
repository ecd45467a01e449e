// SubmissionsModel fed recorded event sequences: order, per-test rows, final verdict, rejudge.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "verdict/app/submissions_filter.h"
#include "verdict/app/submissions_model.h"

using verdict::app::SubmissionsModel;

namespace {

QJsonObject parsed(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

QList<QJsonObject> acceptedRun() {
    return {parsed(R"({"seq":1,"status":"queued"})"),
            parsed(R"({"seq":2,"status":"compiling","attempt":1})"),
            parsed(R"({"seq":3,"status":"running","test":0,"tests":2})"),
            parsed(R"({"seq":4,"status":"running","test":1,"tests":2,"result":
                {"name":"sample/1","verdict":"AC","cpu_ms":3,"wall_ms":5,"memory_kib":2048}})"),
            parsed(R"({"seq":5,"status":"running","test":2,"tests":2,"result":
                {"name":"secret/1","verdict":"AC","cpu_ms":7,"wall_ms":9,"memory_kib":4096}})"),
            parsed(R"({"seq":6,"status":"done","verdict":"AC","tests":2})")};
}

QString status(const SubmissionsModel& model, int row = 0) {
    return model.index(row, SubmissionsModel::StatusColumn).data().toString();
}

}  // namespace

class SubmissionsModelTest : public QObject {
    Q_OBJECT
  private slots:
    void followsTheStatesInOrder() {
        SubmissionsModel model;
        model.addSubmission(7, "A plus B", "python3");
        const QStringList expected = {"Queued",      "Compiling",   "Running",
                                      "Test 1 of 2", "Test 2 of 2", "Accepted"};
        const auto events = acceptedRun();
        for (int i = 0; i < events.size(); ++i) {
            QVERIFY(model.applyEvent(7, events[i]));
            QCOMPARE(status(model), expected[i]);
        }
        QCOMPARE(model.index(0, 0).data(SubmissionsModel::VerdictRole).toString(), "AC");
    }

    void keepsOneRowPerTest() {
        SubmissionsModel model;
        model.addSubmission(7, "A plus B", "python3");
        for (const auto& e : acceptedRun())
            model.applyEvent(7, e);
        const QModelIndex parent = model.index(0, 0);
        QCOMPARE(model.rowCount(parent), 2);
        QCOMPARE(model.index(1, 0, parent).data().toString(), "secret/1");
        QCOMPARE(model.index(1, SubmissionsModel::StatusColumn, parent).data().toString(),
                 "Accepted");
        QCOMPARE(model.index(1, SubmissionsModel::TimeColumn, parent).data().toString(), "7 ms");
        QCOMPARE(model.index(1, SubmissionsModel::MemoryColumn, parent).data().toString(),
                 "4.0 MiB");
        QCOMPARE(model.parent(model.index(1, 0, parent)), parent);
        QCOMPARE(model.index(0, SubmissionsModel::TimeColumn).data().toString(), "7 ms");
    }

    void ignoresRepeatedAndStaleEvents() {
        SubmissionsModel model;
        model.addSubmission(7, "A plus B", "python3");
        const auto events = acceptedRun();
        QVERIFY(model.applyEvent(7, events[0]));
        QVERIFY(model.applyEvent(7, events[3]));
        QVERIFY(!model.applyEvent(7, events[3]));  // repeated
        QVERIFY(!model.applyEvent(7, events[1]));  // older than what was shown
        QVERIFY(!model.applyEvent(8, events[4]));  // unknown submission
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(status(model), "Test 1 of 2");
    }

    void reportsTheFinalVerdictOnce() {
        SubmissionsModel model;
        QSignalSpy finished(&model, &SubmissionsModel::submissionFinished);
        model.addSubmission(7, "A plus B", "cpp");
        model.applyEvent(7, parsed(R"({"seq":1,"status":"queued"})"));
        model.applyEvent(7, parsed(R"({"seq":2,"status":"compiling","attempt":1})"));
        model.applyEvent(7, parsed(R"({"seq":3,"status":"done","verdict":"CE","tests":0})"));
        model.applyEvent(7, parsed(R"({"seq":3,"status":"done","verdict":"CE","tests":0})"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toString(), "CE");
        QCOMPARE(status(model), "Compilation error");
    }

    void startsOverOnARejudge() {
        SubmissionsModel model;
        model.addSubmission(7, "A plus B", "python3");
        for (const auto& e : acceptedRun())
            model.applyEvent(7, e);
        QVERIFY(model.applyEvent(7, parsed(R"({"seq":7,"status":"queued"})")));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(status(model), "Queued");
        QVERIFY(model.index(0, 0).data(SubmissionsModel::VerdictRole).toString().isEmpty());
    }

    void keepsSubmissionsApart() {
        SubmissionsModel model;
        model.addSubmission(1, "A plus B", "python3");
        model.addSubmission(2, "Socks", "cpp");
        model.addSubmission(1, "A plus B", "python3");  // known: no second row
        QCOMPARE(model.rowCount(), 2);
        model.applyEvent(2, parsed(R"({"seq":1,"status":"queued"})"));
        model.applyEvent(2, parsed(R"({"seq":2,"status":"compiling","attempt":1})"));
        QCOMPARE(status(model, 0), "Queued");
        QCOMPARE(status(model, 1), "Compiling");
        QCOMPARE(model.index(1, SubmissionsModel::ProblemColumn).data().toString(), "Socks");
    }

    // History from GET /submissions: a finished one with its tests, an unfinished one waiting
    // for its events; a known id is not added twice.
    void takesHistoryFromTheServer() {
        SubmissionsModel model;
        const QJsonObject done = parsed(
            R"({"id": 4, "problem": 2, "language": "cpp", "status": "done", "verdict": "WA",
                "result": {"verdict": "WA", "tests": [
                    {"name": "sample/1", "verdict": "AC", "cpu_ms": 3, "memory_kib": 900},
                    {"name": "secret/1", "verdict": "WA", "cpu_ms": 5, "memory_kib": 910}]}})");
        QVERIFY(model.addFromServer(done, "Socks", "C++"));
        QVERIFY(!model.addFromServer(done, "Socks", "C++"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(status(model), "Wrong answer");
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.index(0, 0).data(SubmissionsModel::ProblemIdRole).toInt(), 2);
        QVERIFY(model.addFromServer(parsed(R"({"id": 5, "problem": 1, "status": "running"})"),
                                    "A plus B", "Python 3"));
        QVERIFY(model.applyEvent(5, parsed(R"({"seq":1,"status":"queued"})")));
        QCOMPARE(status(model, 1), "Queued");
        QVERIFY(!model.addFromServer(parsed(R"({"status": "done"})"), "x", "y"));  // no id
    }

    // The panel's filter: one problem's submissions (with their test rows) or all, by id.
    void filtersByProblem() {
        SubmissionsModel model;
        model.addSubmission(9, "Socks", "cpp", 2);
        model.addSubmission(3, "A plus B", "python3", 1);
        model.addSubmission(5, "Socks", "cpp", 2);
        verdict::app::SubmissionsFilter filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, 0).data(SubmissionsModel::SubmissionIdRole).toInt(), 3);
        filter.setProblem(2);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.index(0, 0).data(SubmissionsModel::SubmissionIdRole).toInt(), 5);
        QCOMPARE(filter.index(1, 0).data(SubmissionsModel::SubmissionIdRole).toInt(), 9);
        model.applyEvent(5, parsed(R"({"seq":1,"status":"queued"})"));
        model.applyEvent(5, parsed(R"({"seq":2,"status":"running","test":1,"tests":1,
            "result":{"name":"sample/1","verdict":"AC","cpu_ms":1,"memory_kib":1}})"));
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        filter.setProblem(7);
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(SubmissionsModelTest)
#include "submissions_model_test.moc"
