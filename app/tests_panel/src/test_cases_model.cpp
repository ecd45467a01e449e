#include "verdict/app/tests_panel/test_cases_model.h"

#include <QBrush>
#include <QPalette>

namespace verdict::app::tests_panel {

TestCasesModel::TestCasesModel(QObject* parent) : QAbstractTableModel(parent) {}

TestCase TestCasesModel::sampleFrom(const QJsonObject& sample, bool interactive) {
    TestCase test;
    test.id = m_nextId++;
    test.name = sample.value("name").toString();
    if (interactive || sample.contains("interaction")) {
        test.input = sample.value("interaction").toString();
        test.disabledReason =
            tr("Interactive: the sample is a dialogue with the judge's interactor and cannot "
               "be run as a plain test.");
        return test;
    }
    test.input = sample.value("input").toString();
    test.expected = sample.value("output").toString();
    test.validation = m_validation;
    if (sample.contains("validator_args")) {
        test.validation.args.clear();
        for (const QJsonValue& arg : sample.value("validator_args").toArray())
            test.validation.args << arg.toString();
    }
    if (sample.value("truncated").toBool())
        test.disabledReason =
            tr("The server cut this sample at 64 KiB: paste it in full as your own test.");
    return test;
}

void TestCasesModel::setProblem(const QJsonObject& problem) {
    beginResetModel();
    m_tests.clear();
    m_problemId = problem.value("id").toInt();
    const bool interactive = problem.value("type").toObject().value("interactive").toBool();
    const QJsonArray samples = problem.value("samples").toArray();
    // Own tests are compared like the first sample (the flags of the problem's sample group).
    m_validation = {problem.value("validation").toString() == QLatin1String("custom"), {}};
    for (const QJsonValue& arg : samples.at(0).toObject().value("validator_args").toArray())
        m_validation.args << arg.toString();
    for (const QJsonValue& sample : samples)
        m_tests.append(sampleFrom(sample.toObject(), interactive));
    endResetModel();
}

QJsonArray TestCasesModel::ownTestsJson() const {
    QJsonArray tests;
    for (const TestCase& test : m_tests) {
        if (test.own)
            tests.append(QJsonObject{
                {"name", test.name}, {"input", test.input}, {"expected", test.expected}});
    }
    return tests;
}

void TestCasesModel::setOwnTestsJson(const QJsonArray& tests) {
    beginResetModel();
    m_tests.removeIf([](const TestCase& test) { return test.own; });
    for (const QJsonValue& value : tests) {
        const QJsonObject object = value.toObject();
        TestCase test;
        test.id = m_nextId++;
        test.own = true;
        test.name = object.value("name").toString();
        test.input = object.value("input").toString();
        test.expected = object.value("expected").toString();
        test.validation = m_validation;
        m_tests.append(test);
    }
    endResetModel();
}

QString TestCasesModel::nextOwnTestName() const {
    int number = 1;
    for (const TestCase& test : m_tests)
        number += test.own ? 1 : 0;
    return tr("my test %1").arg(number);
}

int TestCasesModel::addOwnTest(const QString& name, const QString& input, const QString& expected) {
    const int row = int(m_tests.size());
    beginInsertRows({}, row, row);
    TestCase test;
    test.id = m_nextId++;
    test.own = true;
    test.name = name.isEmpty() ? nextOwnTestName() : name;
    test.input = input;
    test.expected = expected;
    test.validation = m_validation;
    m_tests.append(test);
    endInsertRows();
    emit ownTestsChanged();
    return row;
}

bool TestCasesModel::removeTest(int row) {
    if (row < 0 || row >= m_tests.size() || !m_tests.at(row).own)
        return false;
    beginRemoveRows({}, row, row);
    m_tests.removeAt(row);
    endRemoveRows();
    emit ownTestsChanged();
    return true;
}

bool TestCasesModel::editOwnTest(int row, const QString& name, const QString& input,
                                 const QString& expected) {
    if (row < 0 || row >= m_tests.size() || !m_tests.at(row).own)
        return false;
    TestCase& test = m_tests[row];
    if (test.name == name && test.input == input && test.expected == expected)
        return true;
    const bool dataChangedToo = test.input != input || test.expected != expected;
    test.name = name;
    test.input = input;
    test.expected = expected;
    if (dataChangedToo && !isPending(test.result.state))
        test.result = {};  // the last run was of another test
    rowChanged(row);
    emit ownTestsChanged();
    if (dataChangedToo)
        emit resultChanged(test.id);
    return true;
}

const TestCase* TestCasesModel::testAt(int row) const {
    return row >= 0 && row < m_tests.size() ? &m_tests.at(row) : nullptr;
}

const TestCase* TestCasesModel::testById(quint64 id) const {
    const int row = rowOf(id);
    return row >= 0 ? &m_tests.at(row) : nullptr;
}

TestCase* TestCasesModel::mutableById(quint64 id) {
    const int row = rowOf(id);
    return row >= 0 ? &m_tests[row] : nullptr;
}

int TestCasesModel::rowOf(quint64 id) const {
    for (int row = 0; row < m_tests.size(); ++row) {
        if (m_tests.at(row).id == id)
            return row;
    }
    return -1;
}

QList<quint64> TestCasesModel::runnableIds() const {
    QList<quint64> ids;
    for (const TestCase& test : m_tests) {
        if (test.runnable())
            ids.append(test.id);
    }
    return ids;
}

int TestCasesModel::sampleCount() const {
    return int(std::count_if(m_tests.begin(), m_tests.end(),
                             [](const TestCase& test) { return !test.own; }));
}

void TestCasesModel::setState(quint64 id, TestState state) {
    TestCase* test = mutableById(id);
    if (!test || test->result.state == state)
        return;
    test->result = {};
    test->result.state = state;
    rowChanged(rowOf(id));
    emit resultChanged(id);
}

void TestCasesModel::setResult(quint64 id, const TestRunResult& result) {
    TestCase* test = mutableById(id);
    if (!test)
        return;
    test->result = result;
    rowChanged(rowOf(id));
    emit resultChanged(id);
}

void TestCasesModel::rowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TestCasesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_tests.size());
}

int TestCasesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestCasesModel::stateData(const TestCase& test, int role) const {
    if (role == Qt::DisplayRole)
        return test.runnable() ? stateLabel(test.result.state) : tr("cannot run");
    if (role == Qt::ToolTipRole) {
        if (!test.runnable())
            return test.disabledReason;
        const QString description = stateDescription(test.result.state);
        return test.result.message.isEmpty() ? description
                                             : description + "\n" + test.result.message;
    }
    if (role == Qt::ForegroundRole) {
        switch (test.result.state) {
            case TestState::Accepted:
                return QBrush(QColor(0x1b, 0x7f, 0x2a));
            case TestState::NotRun:
            case TestState::Queued:
            case TestState::Running:
            case TestState::Ran:
                return {};
            default:
                return QBrush(QColor(0xc0, 0x1c, 0x28));
        }
    }
    return {};
}

QVariant TestCasesModel::data(const QModelIndex& index, int role) const {
    const TestCase* test = testAt(index.row());
    if (!test || !index.isValid())
        return {};
    if (role == TestIdRole)
        return test->id;
    if (role == StateRole)
        return int(test->result.state);
    if (role == OwnRole)
        return test->own;
    switch (index.column()) {
        case NameColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return test->name;
            if (role == Qt::ToolTipRole)
                return test->runnable() ? QVariant() : test->disabledReason;
            return {};
        case StateColumn:
            return stateData(*test, role);
        case TimeColumn:
            if (role == Qt::DisplayRole && test->result.cpuMs >= 0)
                return tr("%1 ms").arg(test->result.cpuMs);
            return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
        case MemoryColumn:
            if (role == Qt::DisplayRole && test->result.memoryKib >= 0)
                return tr("%1 KiB").arg(test->result.memoryKib);
            return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
        default:
            return {};
    }
}

bool TestCasesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const TestCase* test = testAt(index.row());
    if (!test || role != Qt::EditRole || index.column() != NameColumn || !test->own)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    return editOwnTest(index.row(), name, test->input, test->expected);
}

Qt::ItemFlags TestCasesModel::flags(const QModelIndex& index) const {
    const TestCase* test = testAt(index.row());
    if (!test)
        return Qt::NoItemFlags;
    if (!test->runnable())
        return Qt::ItemNeverHasChildren;  // shown greyed out, not selectable
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (test->own && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TestCasesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case NameColumn:
            return tr("Test");
        case StateColumn:
            return tr("Verdict");
        case TimeColumn:
            return tr("CPU");
        case MemoryColumn:
            return tr("Memory");
        default:
            return {};
    }
}

}  // namespace verdict::app::tests_panel
