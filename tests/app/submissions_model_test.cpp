// SubmissionsModel fed recorded event sequences: order, per-test rows, final verdict, rejudge.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(SubmissionsModelTest)
#include "submissions_model_test.moc"
