// CodeEditor's behaviour: several carets, go to line, zoom, indentation per language, UTF-8,
// and a 5 MB source.

#include "verdict/editor/code_editor.h"
#include "verdict/editor/templates.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace verdict::editor;

namespace {

using Base = QsciScintillaBase;

}  // namespace

class CodeEditorTest : public QObject {
    Q_OBJECT
  private slots:
    void typingGoesToEverySelection() {
        CodeEditor editor;
        editor.setText(QStringLiteral("a = 1\nb = 2\nc = 3\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // A caret at the start of each line.
        editor.SendScintilla(Base::SCI_SETSELECTION, 0UL, 0L);
        for (int line = 1; line < 3; ++line) {
            const long pos = editor.positionFromLineIndex(line, 0);
            editor.SendScintilla(Base::SCI_ADDSELECTION, static_cast<unsigned long>(pos), pos);
        }
        QCOMPARE(editor.SendScintilla(Base::SCI_GETSELECTIONS), 3L);
        QTest::keyClicks(&editor, QStringLiteral("x_"));
        QCOMPARE(editor.text(), QStringLiteral("x_a = 1\nx_b = 2\nx_c = 3\n"));
    }

    void selectNextOccurrenceAddsSelections() {
        CodeEditor editor;
        editor.setText(QStringLiteral("foo bar foo baz foo\n"));
        editor.setSelection(0, 0, 0, 3);
        editor.selectNextOccurrence();
        editor.selectNextOccurrence();
        QCOMPARE(editor.SendScintilla(Base::SCI_GETSELECTIONS), 3L);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(&editor, QStringLiteral("q"));
        QCOMPARE(editor.text(), QStringLiteral("q bar q baz q\n"));
    }

    void goToLineClamps() {
        CodeEditor editor;
        QString text;
        for (int i = 1; i <= 500; ++i) {
            text += QStringLiteral("line %1\n").arg(i);
        }
        editor.setText(text);
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        int line = 0;
        int index = 0;
        editor.goToLine(250);
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, 249);
        QCOMPARE(index, 0);
        QVERIFY(editor.firstVisibleLine() > 200);  // scrolled there
        editor.goToLine(100000);
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, editor.lines() - 1);
        editor.goToLine(-3);
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
    }

    void zoomInOutReset() {
        CodeEditor editor;
        QCOMPARE(editor.zoomLevel(), 0);
        editor.zoomIn();
        editor.zoomIn();
        QCOMPARE(editor.zoomLevel(), 2);
        editor.zoomOut();
        QCOMPARE(editor.zoomLevel(), 1);
        editor.resetZoom();
        QCOMPARE(editor.zoomLevel(), 0);
    }

    void indentationPerLanguage() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("go"));
        QVERIFY(editor.indentationsUseTabs());
        editor.setLanguage(QStringLiteral("cpp"));
        QVERIFY(!editor.indentationsUseTabs());
        QCOMPARE(editor.indentationWidth(), 4);
        editor.setLanguage(QStringLiteral("ruby"));
        QCOMPARE(editor.indentationWidth(), 2);
        QCOMPARE(editor.tabWidth(), 2);
    }

    void autoIndentKeepsTheIndentation() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("python3"));
        editor.setText(QStringLiteral("def f():\n    x = 1"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setCursorPosition(1, 9);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.text(1), QStringLiteral("    x = 1\n"));
        QCOMPARE(editor.text(2), QStringLiteral("    "));
    }

    void autoIndentAfterAnOpeningBrace_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("cpp") << QStringLiteral("cpp");
        QTest::newRow("go (ours)") << QStringLiteral("go");
    }

    void autoIndentAfterAnOpeningBrace() {
        QFETCH(QString, language);
        CodeEditor editor;
        editor.setLanguage(language);
        editor.setText(QStringLiteral("f() {"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setCursorPosition(0, 5);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.indentation(1), editor.indentationWidth());
    }

    void viewFeaturesAreOn() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("cpp"));
        QVERIFY(editor.marginLineNumbers(0));
        QVERIFY(editor.marginWidth(0) > 0);
        QCOMPARE(editor.folding(), QsciScintilla::BoxedTreeFoldStyle);
        QCOMPARE(editor.braceMatching(), QsciScintilla::SloppyBraceMatch);
        QVERIFY(editor.autoIndent());
        QVERIFY(editor.isUtf8());
        QVERIFY(editor.SendScintilla(Base::SCI_GETMULTIPLESELECTION) != 0);
        QVERIFY(editor.SendScintilla(Base::SCI_GETADDITIONALSELECTIONTYPING) != 0);
        QVERIFY(editor.SendScintilla(Base::SCI_GETCARETLINEVISIBLE) != 0);
    }

    void lineNumberMarginGrowsWithTheFile() {
        CodeEditor editor;
        editor.setText(QStringLiteral("x\n"));
        const int small = editor.marginWidth(0);
        editor.setText(QString(123456, QLatin1Char('\n')));
        QVERIFY(editor.marginWidth(0) > small);
    }

    void utf8RoundTrip() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("cpp"));
        const QString text = QStringLiteral(
            "// Ελληνικά, русский, 中文, emoji 😀, combining é\nint main() { return 0; }\n");
        editor.setText(text);
        QCOMPARE(editor.text(), text);
        QCOMPARE(editor.length(), text.toUtf8().size());  // stored as UTF-8 bytes
        QCOMPARE(editor.text(0).section(QLatin1Char(','), 2, 2), QStringLiteral(" 中文"));
        editor.setCursorPosition(0, 0);
        editor.insert(QStringLiteral("ß"));
        QVERIFY(editor.text().startsWith(QStringLiteral("ß// Ελληνικά")));
    }

    void templateOpens() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("rust"));
        editor.setText(templateFor(QStringLiteral("rust")));
        QVERIFY(editor.text().contains(QLatin1String("fn main()")));
    }

    // Not a timed test: prints how long it took and checks the file is all there.
    void opensAFiveMegabyteSource() {
        QString line = QStringLiteral(
            "    for (int i = 0; i < n; ++i) { total += a[i] * 31 % 1000000007; } // café\n");
        QString text;
        text.reserve(5'300'000);
        while (text.size() < 5'000'000) {
            text += line;
        }
        for (const QString& language : {QStringLiteral("cpp"), QStringLiteral("go")}) {
            CodeEditor editor;
            editor.setLanguage(language);
            editor.resize(800, 600);
            QElapsedTimer timer;
            timer.start();
            editor.setText(text);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            QCoreApplication::processEvents();
            const qint64 loaded = timer.elapsed();
            editor.goToLine(editor.lines() / 2);
            QCoreApplication::processEvents();
            qInfo("%s: 5 MB (%d lines) shown in %lld ms, middle reached after %lld ms",
                  qPrintable(language), editor.lines(), loaded, timer.elapsed());
            QCOMPARE(editor.length(), text.toUtf8().size());
            QVERIFY(editor.lines() > 60'000);
        }
    }
};

QTEST_MAIN(CodeEditorTest)
#include "code_editor_test.moc"
