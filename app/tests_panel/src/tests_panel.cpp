#include "verdict/app/tests_panel/tests_panel.h"

#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "verdict/app/tests_panel/output_diff_view.h"
#include "verdict/app/tests_panel/test_cases_model.h"
#include "verdict/app/tests_panel/test_runner.h"

namespace verdict::app::tests_panel {

namespace {

QToolButton* buttonFor(QAction* action) {
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QString summaryOf(const TestCase& test) {
    const TestRunResult& result = test.result;
    QString summary = stateDescription(result.state);
    if (result.cpuMs >= 0)
        summary += TestsPanel::tr(" · %1 ms CPU · %2 KiB").arg(result.cpuMs).arg(result.memoryKib);
    if (!result.message.isEmpty())
        summary += u'\n' + result.message;
    return summary;
}

}  // namespace

TestsPanel::TestsPanel(ServerSession* session, QWidget* parent)
    : QWidget(parent),
      m_model(new TestCasesModel(this)),
      m_runner(new TestRunner(session, m_model, this)),
      m_diff(new OutputDiffView),
      m_table(new QTableView),
      m_tabs(new QTabWidget),
      m_runAll(new QAction(tr("Run &all tests"), this)),
      m_runSelected(new QAction(tr("Run &selected tests"), this)),
      m_addTest(new QAction(tr("&Add test"), this)),
      m_removeTest(new QAction(tr("&Remove test"), this)) {
    m_tabs->addTab(m_diff, tr("Result"));
    m_tabs->addTab(buildEditor(), tr("Edit test"));
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildTable());
    split->addWidget(m_tabs);
    split->setSizes({260, 640});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setUpActions();
    connectModel();
    updateActions();
    loadEditor();
}

void TestsPanel::setUpActions() {
    m_runAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runAll->setToolTip(tr("Run every sample and own test on the judge (Ctrl+R)"));
    m_runSelected->setToolTip(tr("Run the selected tests on the judge (Ctrl+Shift+R)"));
    connect(m_runAll, &QAction::triggered, this, &TestsPanel::runAll);
    connect(m_runSelected, &QAction::triggered, this, &TestsPanel::runSelected);
    connect(m_addTest, &QAction::triggered, this, &TestsPanel::addTest);
    connect(m_removeTest, &QAction::triggered, this, &TestsPanel::removeTest);
}

QWidget* TestsPanel::buildTable() {
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TestCasesModel::NameColumn,
                                                      QHeaderView::Stretch);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_runSelected, m_runAll, m_addTest, m_removeTest})
        buttons->addWidget(buttonFor(action));
    buttons->addStretch(1);
    auto* left = new QWidget;
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    return left;
}

void TestsPanel::connectModel() {
    auto refresh = [this] {
        showCurrent();
        loadEditor();
        updateActions();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TestsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TestsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TestsPanel::updateActions);
    connect(m_model, &TestCasesModel::resultChanged, this, [this](quint64 id) {
        const TestCase* test = m_model->testAt(currentRow());
        if (test && test->id == id)
            showCurrent();
    });
    connect(m_runner, &TestRunner::compileFailed, this,
            [this](quint64, const QString& output) { emit compileFailed(output); });
}

QWidget* TestsPanel::buildEditor() {
    m_editor = new QWidget;
    m_nameEdit = new QLineEdit;
    m_inputEdit = new QPlainTextEdit;
    m_expectedEdit = new QPlainTextEdit;
    for (QPlainTextEdit* edit : {m_inputEdit, m_expectedEdit}) {
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_expectedEdit->setPlaceholderText(tr("Leave empty to just see the output."));
    auto* form = new QFormLayout(m_editor);
    form->addRow(tr("Name"), m_nameEdit);
    form->addRow(tr("Input"), m_inputEdit);
    form->addRow(tr("Expected output"), m_expectedEdit);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &TestsPanel::saveEditor);
    connect(m_inputEdit, &QPlainTextEdit::textChanged, this, &TestsPanel::saveEditor);
    connect(m_expectedEdit, &QPlainTextEdit::textChanged, this, &TestsPanel::saveEditor);
    return m_editor;
}

void TestsPanel::setProblem(const QJsonObject& problem) {
    m_runner->cancelPending();
    m_model->setProblem(problem);
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void TestsPanel::selectRow(int row) {
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int TestsPanel::currentRow() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TestsPanel::runAll() {
    if (!m_source)
        return;
    const auto [language, source] = m_source();
    m_runner->runAll(language, source);
}

void TestsPanel::runSelected() {
    if (!m_source)
        return;
    QList<quint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(TestCasesModel::TestIdRole).toULongLong());
    std::sort(ids.begin(), ids.end());  // table order: ids grow with the rows
    const auto [language, source] = m_source();
    m_runner->run(ids, language, source);
}

void TestsPanel::addTest() {
    const TestCase* current = m_model->testAt(currentRow());
    // A new test starts as a copy of the selected one's input: the usual way to vary a sample.
    const int row = m_model->addOwnTest({}, current ? current->input : QString(), {});
    selectRow(row);
    m_tabs->setCurrentWidget(m_editor);
    m_inputEdit->setFocus();
}

void TestsPanel::removeTest() {
    const int row = currentRow();
    if (m_model->removeTest(row) && m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void TestsPanel::showCurrent() {
    const TestCase* test = m_model->testAt(currentRow());
    if (!test) {
        m_diff->clear();
        return;
    }
    DiffTexts texts;
    texts.input = test->input;
    texts.expected = test->expected;
    texts.actual = test->result.output;
    texts.errors = test->result.state == TestState::CompileError ? test->result.compileOutput
                                                                 : test->result.errorOutput;
    m_diff->showTexts(texts, summaryOf(*test));
}

void TestsPanel::loadEditor() {
    const TestCase* test = m_model->testAt(currentRow());
    const bool own = test && test->own;
    m_loadingEditor = true;
    m_nameEdit->setText(own ? test->name : QString());
    m_inputEdit->setPlainText(own ? test->input : QString());
    m_expectedEdit->setPlainText(own ? test->expected : QString());
    m_loadingEditor = false;
    m_editor->setEnabled(own);
    m_editor->setToolTip(own ? QString() : tr("Samples are read-only: add your own test."));
}

void TestsPanel::saveEditor() {
    const int row = currentRow();
    const TestCase* test = m_model->testAt(row);
    if (m_loadingEditor || !test || !test->own)
        return;
    const QString name = m_nameEdit->text().trimmed();
    m_model->editOwnTest(row, name.isEmpty() ? test->name : name, m_inputEdit->toPlainText(),
                         m_expectedEdit->toPlainText());
}

void TestsPanel::updateActions() {
    const TestCase* current = m_model->testAt(currentRow());
    m_runAll->setEnabled(!m_model->runnableIds().isEmpty());
    m_runSelected->setEnabled(m_table->selectionModel()->hasSelection());
    m_removeTest->setEnabled(current && current->own);
}

}  // namespace verdict::app::tests_panel
