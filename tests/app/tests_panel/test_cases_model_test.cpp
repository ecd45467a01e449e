// TestCasesModel: samples from a problem (interactive and cut ones disabled with a reason), own
// tests added, edited, removed and round-tripped through JSON, and a result's life cycle.
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "verdict/app/tests_panel/test_cases_model.h"

using verdict::app::tests_panel::TestCasesModel;
using verdict::app::tests_panel::TestRunResult;
using verdict::app::tests_panel::TestState;

namespace {

QJsonObject problem(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

const char* const kAplusb = R"({"id": 7, "name": "A plus B",
    "type": {"scoring": false, "interactive": false, "multi_pass": false},
    "samples": [{"name": "sample/1", "input": "1 2\n", "output": "3\n", "truncated": false},
                {"name": "sample/2", "input": "5 5\n", "output": "10\n", "truncated": false},
                {"name": "sample/big", "input": "...", "output": "...", "truncated": true}]})";

const char* const kInteractive = R"({"id": 8, "name": "Guess",
    "type": {"scoring": false, "interactive": true, "multi_pass": false},
    "samples": [{"name": "sample/1", "interaction": ">5\n<higher\n", "truncated": false}]})";

}  // namespace

class TestCasesModelTest : public QObject {
    Q_OBJECT
  private slots:
    void loadsTheSamples() {
        TestCasesModel model;
        model.setProblem(problem(kAplusb));
        QCOMPARE(model.problemId(), 7);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.sampleCount(), 3);
        QCOMPARE(model.index(0, TestCasesModel::NameColumn).data().toString(), "sample/1");
        QCOMPARE(model.index(1, TestCasesModel::StateColumn).data().toString(), "Not run");
        QCOMPARE(model.testAt(1)->input, "5 5\n");
        QCOMPARE(model.testAt(1)->expected, "10\n");
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEnabled);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));  // samples read-only
        // The cut sample cannot be trusted: disabled, and the table says why.
        QVERIFY(!model.testAt(2)->runnable());
        QVERIFY(!(model.flags(model.index(2, 0)) & Qt::ItemIsEnabled));
        QVERIFY(model.index(2, TestCasesModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("64 KiB"));
        QCOMPARE(model.runnableIds().size(), 2);
        QVERIFY(!model.editOwnTest(0, "x", "1 1\n", "2\n"));
        QVERIFY(!model.removeTest(0));
    }

    void disablesInteractiveSamples() {
        TestCasesModel model;
        model.setProblem(problem(kInteractive));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.testAt(0)->runnable());
        QCOMPARE(model.testAt(0)->input, ">5\n<higher\n");
        QVERIFY(model.runnableIds().isEmpty());
        QCOMPARE(model.index(0, TestCasesModel::StateColumn).data().toString(), "cannot run");
        QVERIFY(model.index(0, TestCasesModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("Interactive"));
    }

    void addsEditsAndRemovesOwnTests() {
        TestCasesModel model;
        model.setProblem(problem(kAplusb));
        QSignalSpy changed(&model, &TestCasesModel::ownTestsChanged);
        const int row = model.addOwnTest({}, "2 2\n", "4\n");
        QCOMPARE(row, 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.testAt(row)->name, "my test 1");
        QVERIFY(model.testAt(row)->own);
        QVERIFY(model.flags(model.index(row, TestCasesModel::NameColumn)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(row, TestCasesModel::NameColumn), "negatives"));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.testAt(row)->name, "negatives");
        QVERIFY(!model.setData(model.index(row, TestCasesModel::NameColumn), "  "));
        QVERIFY(model.editOwnTest(row, "negatives", "-1 -2\n", "-3\n"));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(model.testAt(row)->input, "-1 -2\n");
        QVERIFY(model.editOwnTest(row, "negatives", "-1 -2\n", "-3\n"));  // nothing new
        QCOMPARE(changed.count(), 3);
        QCOMPARE(model.addOwnTest("empty", "", ""), 4);
        QCOMPARE(model.testAt(4)->hasExpected(), false);
        QCOMPARE(model.runnableIds().size(), 4);
        QVERIFY(model.removeTest(3));
        QCOMPARE(changed.count(), 5);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.testAt(3)->name, "empty");
    }

    void roundTripsOwnTestsThroughJson() {
        TestCasesModel model;
        model.setProblem(problem(kAplusb));
        model.addOwnTest("big", "1000000000 1000000000\n", "2000000000\n");
        model.addOwnTest("no answer", "0 0\n", "");
        const QJsonArray saved = model.ownTestsJson();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).toObject().value("name").toString(), "big");
        QCOMPARE(saved.at(1).toObject().value("expected").toString(), "");

        TestCasesModel other;
        QSignalSpy changed(&other, &TestCasesModel::ownTestsChanged);
        other.setProblem(problem(kAplusb));
        other.setOwnTestsJson(saved);
        QCOMPARE(changed.count(), 0);  // loading is not an edit
        QCOMPARE(other.rowCount(), 5);
        QCOMPARE(other.ownTestsJson(), saved);
        other.setOwnTestsJson(saved);  // replaces, does not append
        QCOMPARE(other.rowCount(), 5);
        // Another problem: its own tests are the workspace's to load.
        other.setProblem(problem(kInteractive));
        QVERIFY(other.ownTestsJson().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void followsARunsStates() {
        TestCasesModel model;
        model.setProblem(problem(kAplusb));
        const quint64 id = model.testAt(0)->id;
        QSignalSpy results(&model, &TestCasesModel::resultChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.setState(id, TestState::Queued);
        QCOMPARE(model.index(0, TestCasesModel::StateColumn).data().toString(), "Queued");
        model.setState(id, TestState::Running);
        QCOMPARE(model.index(0, TestCasesModel::StateColumn).data().toString(), "Running");
        TestRunResult result;
        result.state = TestState::Accepted;
        result.cpuMs = 12;
        result.memoryKib = 3400;
        result.output = "3\n";
        model.setResult(id, result);
        QCOMPARE(model.index(0, TestCasesModel::StateColumn).data().toString(), "AC");
        QCOMPARE(model.index(0, TestCasesModel::TimeColumn).data().toString(), "12 ms");
        QCOMPARE(model.index(0, TestCasesModel::MemoryColumn).data().toString(), "3400 KiB");
        QCOMPARE(model.index(0, 0).data(TestCasesModel::StateRole).toInt(),
                 int(TestState::Accepted));
        QCOMPARE(results.count(), 3);
        QCOMPARE(data.count(), 3);
        model.setState(id, TestState::Queued);  // a new run forgets the old numbers
        QVERIFY(model.index(0, TestCasesModel::TimeColumn).data().isNull());
        model.setState(9999, TestState::Running);  // unknown ids are ignored
        QCOMPARE(results.count(), 4);
    }

    void editingAnOwnTestForgetsItsResult() {
        TestCasesModel model;
        const int row = model.addOwnTest("t", "1 2\n", "3\n");
        TestRunResult result;
        result.state = TestState::WrongAnswer;
        model.setResult(model.testAt(row)->id, result);
        QSignalSpy results(&model, &TestCasesModel::resultChanged);
        model.editOwnTest(row, "renamed", "1 2\n", "3\n");  // a rename keeps it
        QCOMPARE(model.testAt(row)->result.state, TestState::WrongAnswer);
        model.editOwnTest(row, "renamed", "1 3\n", "3\n");
        QCOMPARE(model.testAt(row)->result.state, TestState::NotRun);
        QCOMPARE(results.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCasesModelTest)
#include "test_cases_model_test.moc"
