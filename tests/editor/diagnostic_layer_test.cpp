// Diagnostics from real compiler output land on the right lines: markers, squiggles, annotations.

#include "verdict/editor/diagnostic_layer.h"
#include "verdict/editor/code_editor.h"
#include "verdict/editor/compiler_output_parser.h"

#include <QtTest>

using namespace verdict::editor;

namespace {

using Base = QsciScintillaBase;

bool hasMarker(CodeEditor& editor, int line0, int marker) {
    return (editor.markersAtLine(line0) & (1u << marker)) != 0;
}

bool indicatorAt(CodeEditor& editor, int line0, int index, int indicator) {
    const long pos = editor.positionFromLineIndex(line0, index);
    return editor.SendScintilla(Base::SCI_INDICATORVALUEAT, static_cast<unsigned long>(indicator),
                                pos) != 0;
}

QString annotationOf(CodeEditor& editor, int line0) {
    return editor.annotation(line0);
}

const char* const kCpp = R"(#include <cstdio>

int main() {
    int x;
    y = 3;
    printf("%d\n", x);
}
)";

}  // namespace

class DiagnosticLayerTest : public QObject {
    Q_OBJECT
  private slots:
    void gccErrorsAndWarnings() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("cpp"));
        editor.setText(QString::fromLatin1(kCpp));
        const QString output = QStringLiteral(
            "main.cpp: In function 'int main()':\n"
            "main.cpp:5:5: error: 'y' was not declared in this scope\n"
            "main.cpp:4:9: warning: unused variable 'x' [-Wunused-variable]\n");
        editor.setDiagnostics(parseCompilerOutput(output, QStringLiteral("main.cpp")));

        QCOMPARE(editor.diagnostics().size(), 2);
        QVERIFY(hasMarker(editor, 4, DiagnosticLayer::kErrorMarker));
        QVERIFY(hasMarker(editor, 3, DiagnosticLayer::kWarningMarker));
        QVERIFY(!hasMarker(editor, 2, DiagnosticLayer::kErrorMarker));
        QVERIFY(indicatorAt(editor, 4, 4, DiagnosticLayer::kErrorIndicator));    // y
        QVERIFY(!indicatorAt(editor, 4, 6, DiagnosticLayer::kErrorIndicator));   // =
        QVERIFY(indicatorAt(editor, 3, 8, DiagnosticLayer::kWarningIndicator));  // x
        QVERIFY(annotationOf(editor, 4).contains(QLatin1String("'y' was not declared")));
        QVERIFY(annotationOf(editor, 3).startsWith(QLatin1String("warning:")));
        QVERIFY(annotationOf(editor, 0).isEmpty());
        QCOMPARE(editor.diagnosticsOnLine(5),
                 QStringLiteral("error: 'y' was not declared in this scope"));
        // Error and warning annotations use different styles.
        QVERIFY(editor.SendScintilla(Base::SCI_ANNOTATIONGETSTYLE, 4UL) !=
                editor.SendScintilla(Base::SCI_ANNOTATIONGETSTYLE, 3UL));
    }

    void pythonTracebackWithoutColumnUnderlinesTheLine() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("python3"));
        editor.setText(QStringLiteral("import sys\n\ndef main():\n    print(1 / 0)\n\nmain()\n"));
        editor.setDiagnostics(parseCompilerOutput(
            QStringLiteral("Traceback (most recent call last):\n"
                           "  File \"main.py\", line 6, in <module>\n    main()\n"
                           "  File \"main.py\", line 4, in main\n    print(1 / 0)\n"
                           "ZeroDivisionError: division by zero\n")));
        QVERIFY(hasMarker(editor, 3, DiagnosticLayer::kErrorMarker));
        QVERIFY(!indicatorAt(editor, 3, 2, DiagnosticLayer::kErrorIndicator));  // indentation
        QVERIFY(indicatorAt(editor, 3, 4, DiagnosticLayer::kErrorIndicator));
        QVERIFY(indicatorAt(editor, 3, 15, DiagnosticLayer::kErrorIndicator));
        QVERIFY(annotationOf(editor, 3).contains(QLatin1String("ZeroDivisionError")));
    }

    void rustcAndJavac() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("rust"));
        editor.setText(QStringLiteral("fn main() {\n    let s = 1;\n    let x: i32 = \"a\";\n}\n"));
        editor.setDiagnostics(parseCompilerOutput(
            QStringLiteral("error[E0308]: mismatched types\n --> main.rs:3:18\n  |\n\n"
                           "warning: unused variable: `s`\n --> main.rs:2:9\n")));
        QVERIFY(hasMarker(editor, 2, DiagnosticLayer::kErrorMarker));
        QVERIFY(hasMarker(editor, 1, DiagnosticLayer::kWarningMarker));
        QVERIFY(indicatorAt(editor, 2, 17, DiagnosticLayer::kErrorIndicator));

        CodeEditor java;
        java.setLanguage(QStringLiteral("java"));
        java.setText(
            QStringLiteral("public class Main {\n    public static void main(String[] a) {\n"
                           "        int x = 3\n    }\n}\n"));
        java.setDiagnostics(parseCompilerOutput(QStringLiteral(
            "Main.java:3: error: ';' expected\n        int x = 3\n                 ^\n1 error\n")));
        QVERIFY(hasMarker(java, 2, DiagnosticLayer::kErrorMarker));
        QVERIFY(indicatorAt(java, 2, 16, DiagnosticLayer::kErrorIndicator));  // at the line end
    }

    void unicodeColumnsAreCharacters() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("cpp"));
        editor.setText(QStringLiteral("auto s = \"ééé\"; zz;\n"));
        editor.setDiagnostics({{1, 17, Severity::Error, QStringLiteral("zz"), {}}});
        QVERIFY(indicatorAt(editor, 0, 16, DiagnosticLayer::kErrorIndicator));
        QVERIFY(!indicatorAt(editor, 0, 14, DiagnosticLayer::kErrorIndicator));
    }

    void clearRemovesEverything() {
        CodeEditor editor;
        editor.setText(QString::fromLatin1(kCpp));
        editor.setDiagnostics({{5, 5, Severity::Error, QStringLiteral("boom"), {}}});
        editor.clearDiagnostics();
        QVERIFY(editor.diagnostics().isEmpty());
        QVERIFY(!hasMarker(editor, 4, DiagnosticLayer::kErrorMarker));
        QVERIFY(!indicatorAt(editor, 4, 4, DiagnosticLayer::kErrorIndicator));
        QVERIFY(annotationOf(editor, 4).isEmpty());
    }

    void outOfRangeLinesAreClamped() {
        CodeEditor editor;
        editor.setText(QStringLiteral("one\ntwo\n"));
        editor.setDiagnostics({{99, 1, Severity::Error, QStringLiteral("at the end"), {}}});
        QVERIFY(hasMarker(editor, editor.lines() - 1, DiagnosticLayer::kErrorMarker));
    }

    void nextDiagnosticWraps() {
        CodeEditor editor;
        editor.setText(QString::fromLatin1(kCpp));
        editor.setDiagnostics({{2, 1, Severity::Warning, QStringLiteral("a"), {}},
                               {5, 5, Severity::Error, QStringLiteral("b"), {}}});
        editor.goToLine(3);
        editor.goToNextDiagnostic();
        int line = 0;
        int index = 0;
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, 4);
        editor.goToNextDiagnostic();
        editor.getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
    }

    void markersFollowEdits() {
        CodeEditor editor;
        editor.setText(QString::fromLatin1(kCpp));
        editor.setDiagnostics({{5, 5, Severity::Error, QStringLiteral("b"), {}}});
        editor.insertAt(QStringLiteral("// new line\n"), 0, 0);
        QVERIFY(hasMarker(editor, 5, DiagnosticLayer::kErrorMarker));
    }
};

QTEST_MAIN(DiagnosticLayerTest)
#include "diagnostic_layer_test.moc"
