// Find and replace: plain, regex with groups, case, whole word, wrap, counts, UTF-8 offsets.

#include "verdict/editor/find_replace.h"
#include "verdict/editor/code_editor.h"

#include <QtTest>

using namespace verdict::editor;

namespace {

// The column where the (one-line) selection starts.
int selectionColumn(CodeEditor& editor) {
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    editor.getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    return indexFrom;
}

}  // namespace

class FindReplaceTest : public QObject {
    Q_OBJECT
  private slots:
    void countsWithOptions_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<int>("count");
        QTest::newRow("plain, any case") << "sum" << false << false << false << 4;
        QTest::newRow("plain, case") << "sum" << true << false << false << 3;
        QTest::newRow("whole word") << "sum" << false << true << false << 3;
        QTest::newRow("regex") << R"(\bsum\w*)" << true << false << true << 3;
        QTest::newRow("regex anchors per line") << "^int" << true << false << true << 2;
        QTest::newRow("plain dot is literal") << "." << true << false << false << 1;
        QTest::newRow("bad regex") << "(" << true << false << true << 0;
        QTest::newRow("empty") << "" << true << false << false << 0;
    }

    void countsWithOptions() {
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWord);
        QFETCH(bool, regex);
        QFETCH(int, count);
        CodeEditor editor;
        editor.setText(QStringLiteral("int sum = 0;\nint summary = SUM;\n// sum total.\n"));
        FindReplace find(editor);
        QCOMPARE(find.count(pattern, {caseSensitive, wholeWord, regex, true}), count);
    }

    void findNextWrapsAndFindPrevious() {
        CodeEditor editor;
        editor.setText(QStringLiteral("a x b x c x\n"));
        FindReplace find(editor);
        const FindOptions options;
        QVERIFY(find.findNext(QStringLiteral("x"), options));
        QCOMPARE(editor.selectedText(), QStringLiteral("x"));
        QCOMPARE(selectionColumn(editor), 2);
        find.findNext(QStringLiteral("x"), options);
        find.findNext(QStringLiteral("x"), options);
        QCOMPARE(selectionColumn(editor), 10);
        QVERIFY(find.findNext(QStringLiteral("x"), options));  // wraps
        QCOMPARE(selectionColumn(editor), 2);
        QVERIFY(find.findPrevious(QStringLiteral("x"), options));  // wraps backwards
        QCOMPARE(selectionColumn(editor), 10);
        QVERIFY(find.findPrevious(QStringLiteral("x"), options));
        QCOMPARE(selectionColumn(editor), 6);
        FindOptions noWrap;
        noWrap.wrap = false;
        editor.setCursorPosition(0, 11);
        QVERIFY(!find.findNext(QStringLiteral("x"), noWrap));
    }

    void replaceAllWithGroupsIsOneUndo() {
        CodeEditor editor;
        editor.setText(QStringLiteral("swap(a, b);\nswap(cé, d);\nkeep(x, y);\n"));
        FindReplace find(editor);
        FindOptions options;
        options.regex = true;
        options.caseSensitive = true;
        const int replaced = find.replaceAll(QStringLiteral(R"(swap\((\w+), (\w+)\))"),
                                             QStringLiteral(R"(swap(\2, \1))"), options);
        QCOMPARE(replaced, 2);
        QCOMPARE(editor.text(), QStringLiteral("swap(b, a);\nswap(d, cé);\nkeep(x, y);\n"));
        editor.undo();
        QCOMPARE(editor.text(), QStringLiteral("swap(a, b);\nswap(cé, d);\nkeep(x, y);\n"));
    }

    void replaceAllAcrossMultibyteText() {
        CodeEditor editor;
        editor.setText(QStringLiteral("ü-x ✓-x 😀-x\n"));
        FindReplace find(editor);
        QCOMPARE(find.replaceAll(QStringLiteral("x"), QStringLiteral("yy"), {}), 3);
        QCOMPARE(editor.text(), QStringLiteral("ü-yy ✓-yy 😀-yy\n"));
    }

    void replaceAllWithEmptyMatches() {
        CodeEditor editor;
        editor.setText(QStringLiteral("a\nb\n"));
        FindReplace find(editor);
        FindOptions options;
        options.regex = true;
        QCOMPARE(find.replaceAll(QStringLiteral("^(?=.)"), QStringLiteral("> "), options), 2);
        QCOMPARE(editor.text(), QStringLiteral("> a\n> b\n"));
    }

    void replaceOneAtATime() {
        CodeEditor editor;
        editor.setText(QStringLiteral("cat cat cat\n"));
        FindReplace find(editor);
        const FindOptions options;
        QVERIFY(!find.replace(QStringLiteral("cat"), QStringLiteral("dog"), options));  // selects
        QVERIFY(find.replace(QStringLiteral("cat"), QStringLiteral("dog"), options));
        QCOMPARE(editor.text(), QStringLiteral("dog cat cat\n"));
        QCOMPARE(editor.selectedText(), QStringLiteral("cat"));
        QVERIFY(find.replace(QStringLiteral("cat"), QStringLiteral("dog"), options));
        QCOMPARE(editor.text(), QStringLiteral("dog dog cat\n"));
    }

    void expandEscapes() {
        const QRegularExpression re(QStringLiteral("(a)(b)"));
        const QRegularExpressionMatch m = re.match(QStringLiteral("ab"));
        QCOMPARE(FindReplace::expand(QStringLiteral(R"(\2\1\n\t\\)"), m, true),
                 QStringLiteral("ba\n\t\\"));
        QCOMPARE(FindReplace::expand(QStringLiteral(R"(\2)"), m, false), QStringLiteral(R"(\2)"));
    }
};

QTEST_MAIN(FindReplaceTest)
#include "find_replace_test.moc"
