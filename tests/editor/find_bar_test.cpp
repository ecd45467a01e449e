// The find/replace bar: count, next/previous by keys, regex errors said, replace and replace all,
// Escape closes and gives the editor its focus back.
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "verdict/editor/code_editor.h"
#include "verdict/editor/find_bar.h"

using verdict::editor::CodeEditor;
using verdict::editor::FindBar;
using verdict::editor::FindOptions;

class FindBarTest : public QObject {
    Q_OBJECT
    CodeEditor* m_editor = nullptr;
    FindBar* m_bar = nullptr;
    QWidget* m_window = nullptr;

  private slots:
    void init() {
        m_window = new QWidget;
        m_editor = new CodeEditor(m_window);
        m_bar = new FindBar(m_editor, m_window);
        m_editor->setText("int a = 1;\nint b = 22;\nlong c = a + b;\n");
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanup() { delete m_window; }

    void countsAndWalksTheMatches() {
        m_bar->showFind();
        QVERIFY(m_bar->isVisible());
        QVERIFY(!m_bar->replaceVisible());
        QTest::keyClicks(m_bar->patternEdit(), "int");
        QTRY_COMPARE(m_bar->status(), QStringLiteral("2 matches"));
        QTest::keyClick(m_bar->patternEdit(), Qt::Key_Return);
        QCOMPARE(m_editor->selectedText(), QStringLiteral("int"));
        int line = 0, index = 0;
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        QTest::keyClick(m_bar->patternEdit(), Qt::Key_Return);
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QTest::keyClick(m_bar->patternEdit(), Qt::Key_Return, Qt::ShiftModifier);
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        m_bar->patternEdit()->setText("nothing-like-this");
        m_bar->updateCount();
        QCOMPARE(m_bar->status(), QStringLiteral("No matches"));
        QVERIFY(!m_bar->findNext());
    }

    void saysWhyARegexIsMalformed() {
        m_bar->showFind();
        m_bar->setOptions(FindOptions{false, false, true, true});
        m_bar->patternEdit()->setText("(a");
        m_bar->updateCount();
        QVERIFY(m_bar->status().startsWith("Invalid regular expression"));
        QVERIFY(!m_bar->findNext());
        m_bar->patternEdit()->setText("[0-9]+");
        m_bar->updateCount();
        QCOMPARE(m_bar->status(), QStringLiteral("2 matches"));
    }

    void replacesWithGroups() {
        m_bar->showReplace();
        QVERIFY(m_bar->replaceVisible());
        m_bar->setOptions(FindOptions{true, true, true, true});
        m_bar->patternEdit()->setText("(int) (\\w)");
        m_bar->replacementEdit()->setText("long \\2");
        QCOMPARE(m_bar->replaceAll(), 2);
        QCOMPARE(m_editor->text(), QStringLiteral("long a = 1;\nlong b = 22;\nlong c = a + b;\n"));
        QCOMPARE(m_bar->status(), QStringLiteral("Replaced 2 matches"));
        m_editor->undo();  // one undo step for all of them
        QVERIFY(m_editor->text().startsWith("int a = 1;\nint b"));
    }

    void takesTheSelectionAndClosesOnEscape() {
        m_editor->setSelection(2, 0, 2, 4);  // "long"
        m_bar->showFind();
        QCOMPARE(m_bar->patternEdit()->text(), QStringLiteral("long"));
        QTest::keyClick(m_bar->patternEdit(), Qt::Key_Escape);
        QVERIFY(!m_bar->isVisible());
    }
};

QTEST_MAIN(FindBarTest)
#include "find_bar_test.moc"
