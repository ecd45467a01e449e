// Real compiler output, as the judge returns it, becomes diagnostics at the right places.

#include "verdict/editor/compiler_output_parser.h"

#include <QtTest>

using namespace verdict::editor;

Q_DECLARE_METATYPE(verdict::editor::Diagnostic)

namespace {

Diagnostic error(int line, int column, const QString& message, const QString& file) {
    return {line, column, Severity::Error, message, file};
}

Diagnostic warning(int line, int column, const QString& message, const QString& file) {
    return {line, column, Severity::Warning, message, file};
}

}  // namespace

class CompilerOutputParserTest : public QObject {
    Q_OBJECT
  private slots:
    void parses_data() {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QList<Diagnostic>>("expected");

        QTest::newRow("gcc")
            << QStringLiteral(
                   "main.cpp: In function 'int main()':\n"
                   "main.cpp:7:5: error: 'y' was not declared in this scope\n"
                   "    7 |     y = 3;\n"
                   "      |     ^\n"
                   "main.cpp:5:9: warning: unused variable 'x' [-Wunused-variable]\n"
                   "    5 |     int x;\n"
                   "      |         ^\n"
                   "In file included from main.cpp:1:\n"
                   "main.cpp:12:10:   required from here\n"
                   "main.cpp:9:1: note: declared here\n")
            << QList<Diagnostic>{
                   error(7, 5, "'y' was not declared in this scope", "main.cpp"),
                   warning(5, 9, "unused variable 'x' [-Wunused-variable]", "main.cpp")};

        QTest::newRow("clang fatal")
            << QStringLiteral(
                   "main.c:2:10: fatal error: 'nope.h' file not found\n#include \"nope.h\"\n       "
                   "  ^~~~~~~~\n1 error generated.\n")
            << QList<Diagnostic>{error(2, 10, "'nope.h' file not found", "main.c")};

        QTest::newRow("python traceback")
            << QStringLiteral(
                   "Traceback (most recent call last):\n"
                   "  File \"/box/main.py\", line 9, in <module>\n"
                   "    main()\n"
                   "  File \"/box/main.py\", line 4, in main\n"
                   "    print(1 / 0)\n"
                   "          ~~^~~\n"
                   "ZeroDivisionError: division by zero\n")
            << QList<Diagnostic>{
                   error(4, 0, "ZeroDivisionError: division by zero", "/box/main.py")};

        QTest::newRow("python syntax error")
            << QStringLiteral(
                   "  File \"main.py\", line 3\n"
                   "    print(\n"
                   "         ^\n"
                   "SyntaxError: '(' was never closed\n")
            << QList<Diagnostic>{error(3, 0, "SyntaxError: '(' was never closed", "main.py")};

        QTest::newRow("rustc")
            << QStringLiteral(
                   "error[E0308]: mismatched types\n"
                   " --> main.rs:3:18\n"
                   "  |\n"
                   "3 |     let x: i32 = \"a\";\n"
                   "  |            ---   ^^^ expected `i32`, found `&str`\n"
                   "\n"
                   "warning: unused variable: `y`\n"
                   " --> main.rs:4:9\n"
                   "\n"
                   "error: aborting due to previous error\n"
                   "For more information about this error, try `rustc --explain E0308`.\n")
            << QList<Diagnostic>{error(3, 18, "mismatched types", "main.rs"),
                                 warning(4, 9, "unused variable: `y`", "main.rs")};

        QTest::newRow("javac") << QStringLiteral(
                                      "Main.java:5: error: ';' expected\n"
                                      "        int x = 3\n"
                                      "                 ^\n"
                                      "Main.java:8: error: cannot find symbol\n"
                                      "        foo();\n"
                                      "        ^\n"
                                      "  symbol:   method foo()\n"
                                      "  location: class Main\n"
                                      "2 errors\n")
                               << QList<Diagnostic>{error(5, 18, "';' expected", "Main.java"),
                                                    error(8, 9, "cannot find symbol", "Main.java")};

        QTest::newRow("go") << QStringLiteral(
                                   "# command-line-arguments\n./main.go:6:2: undefined: y\n")
                            << QList<Diagnostic>{error(6, 2, "undefined: y", "./main.go")};

        QTest::newRow("ghc")
            << QStringLiteral(
                   "main.hs:3:8: error: [GHC-88464]\n    Variable not in scope: y :: Integer\n")
            << QList<Diagnostic>{
                   error(3, 8, "[GHC-88464] Variable not in scope: y :: Integer", "main.hs")};

        QTest::newRow("fpc") << QStringLiteral(
                                    "main.pas(4,3) Error: Identifier not found \"y\"\nmain.pas(7) "
                                    "Fatal: There were 1 errors\n")
                             << QList<Diagnostic>{
                                    error(4, 3, "Identifier not found \"y\"", "main.pas")};

        QTest::newRow("mcs") << QStringLiteral(
                                    "main.cs(5,9): error CS0103: The name `y' does not exist in "
                                    "the current context\n")
                             << QList<Diagnostic>{error(
                                    5, 9,
                                    "CS0103: The name `y' does not exist in the current context",
                                    "main.cs")};

        QTest::newRow("ocaml") << QStringLiteral(
                                      "File \"main.ml\", line 2, characters 10-11:\n2 | let () = "
                                      "y\n              ^\nError: Unbound value y\n")
                               << QList<Diagnostic>{error(2, 11, "Unbound value y", "main.ml")};

        QTest::newRow("crlf") << QStringLiteral("a.cpp:1:2: error: boom\r\n")
                              << QList<Diagnostic>{error(1, 2, "boom", "a.cpp")};
        QTest::newRow("nothing") << QStringLiteral("compiled fine\n") << QList<Diagnostic>{};
    }

    void parses() {
        QFETCH(QString, output);
        QFETCH(QList<Diagnostic>, expected);
        const QList<Diagnostic> actual = parseCompilerOutput(output);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual[i].line, expected[i].line);
            QCOMPARE(actual[i].column, expected[i].column);
            QCOMPARE(actual[i].severity, expected[i].severity);
            QCOMPARE(actual[i].message, expected[i].message);
            QCOMPARE(actual[i].file, expected[i].file);
        }
    }

    void keepsOnlyTheMainFile() {
        const QString output = QStringLiteral(
            "/usr/include/c++/12/bits/stl_vector.h:100:5: error: inside the library\n"
            "main.cpp:3:1: error: ours\n");
        const QList<Diagnostic> ours = parseCompilerOutput(output, QStringLiteral("main.cpp"));
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours[0].message, QStringLiteral("ours"));
    }

    void pythonPicksTheInnermostUserFrame() {
        const QString output = QStringLiteral(
            "Traceback (most recent call last):\n"
            "  File \"main.py\", line 2, in <module>\n"
            "    json.loads('{')\n"
            "  File \"/usr/lib/python3.11/json/__init__.py\", line 346, in loads\n"
            "    return _default_decoder.decode(s)\n"
            "json.decoder.JSONDecodeError: Expecting property name: line 1 column 2 (char 1)\n");
        const QList<Diagnostic> ours = parseCompilerOutput(output, QStringLiteral("main.py"));
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours[0].line, 2);
        QVERIFY(ours[0].message.startsWith(QLatin1String("json.decoder.JSONDecodeError")));
        QCOMPARE(ours[0].outputLine, 1);  // the frame's line, where a click in the log lands
    }

    // The compile log is clickable: each diagnostic knows the output line that names it.
    void recordsTheOutputLine() {
        const QString output = QStringLiteral(
            "main.cpp: In function 'int main()':\n"
            "main.cpp:3:5: error: 'x' was not declared in this scope\n"
            "    3 |     x = 1;\n"
            "error[E0425]: cannot find value `y` in this scope\n"
            " --> main.rs:4:13\n");
        const QList<Diagnostic> all = parseCompilerOutput(output);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].outputLine, 1);
        QCOMPARE(all[1].outputLine, 3);
    }
};

QTEST_MAIN(CompilerOutputParserTest)
#include "compiler_output_parser_test.moc"
