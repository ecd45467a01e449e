// KeywordLexer and its SyntaxScanner: the style bytes Scintilla ends up with, per language.

#include "verdict/editor/code_editor.h"
#include "verdict/editor/language_syntax.h"
#include "verdict/editor/syntax_scanner.h"

#include <QtTest>

using namespace verdict::editor;

namespace {

// The style of the first byte of the first occurrence of needle (after skip earlier ones).
int styleOf(CodeEditor& editor, const QByteArray& needle, int occurrence = 0) {
    const QByteArray bytes = editor.text().toUtf8();
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = bytes.indexOf(needle, at + 1);
    }
    if (at < 0) {
        return -1;
    }
    return static_cast<int>(
        editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(at)));
}

void styleAll(CodeEditor& editor) {
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0UL, -1L);
}

constexpr int kKeyword = static_cast<int>(TokenStyle::Keyword);
constexpr int kType = static_cast<int>(TokenStyle::Type);
constexpr int kString = static_cast<int>(TokenStyle::String);
constexpr int kComment = static_cast<int>(TokenStyle::Comment);
constexpr int kNumber = static_cast<int>(TokenStyle::Number);
constexpr int kConstant = static_cast<int>(TokenStyle::Constant);
constexpr int kDefault = static_cast<int>(TokenStyle::Default);
constexpr int kOperator = static_cast<int>(TokenStyle::Operator);
constexpr int kAnnotation = static_cast<int>(TokenStyle::Annotation);

}  // namespace

class KeywordLexerTest : public QObject {
    Q_OBJECT
  private slots:
    void styles_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QByteArray>("needle");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<int>("style");

        const QString go = QStringLiteral(
            "package main\n/* block\n still comment */\nfunc main() {\n"
            "\tvar s string = \"hi // not a comment\"\n\tx := `raw\nfunc` // done\n\t_ = 'a' + "
            "42\n}\n");
        QTest::newRow("go keyword") << "go" << go << QByteArray("package") << 0 << kKeyword;
        QTest::newRow("go block comment, 2nd line")
            << "go" << go << QByteArray("still") << 0 << kComment;
        QTest::newRow("go keyword after comment")
            << "go" << go << QByteArray("func") << 0 << kKeyword;
        QTest::newRow("go type") << "go" << go << QByteArray("string") << 0 << kType;
        QTest::newRow("go // inside string") << "go" << go << QByteArray("// not") << 0 << kString;
        QTest::newRow("go raw string spans lines")
            << "go" << go << QByteArray("func`") << 0 << kString;
        QTest::newRow("go line comment") << "go" << go << QByteArray("// done") << 0 << kComment;
        QTest::newRow("go rune") << "go" << go << QByteArray("'a'") << 0 << kString;
        QTest::newRow("go number") << "go" << go << QByteArray("42") << 0 << kNumber;
        QTest::newRow("go plain identifier") << "go" << go << QByteArray("main") << 1 << kDefault;

        const QString rust = QStringLiteral(
            "fn longest<'a>(x: &'a str) -> &'a str { x }\n/* outer /* inner */ still */ let c = "
            "'z';\n"
            "let v: Vec<i64> = Vec::new(); // ünïcode\nlet s = \"multi\nline\";\n");
        QTest::newRow("rust fn") << "rust" << rust << QByteArray("fn") << 0 << kKeyword;
        QTest::newRow("rust lifetime is no char")
            << "rust" << rust << QByteArray("a str") << 0 << kDefault;
        QTest::newRow("rust nested comment")
            << "rust" << rust << QByteArray("still") << 0 << kComment;
        QTest::newRow("rust after nested comment")
            << "rust" << rust << QByteArray("let") << 0 << kKeyword;
        QTest::newRow("rust char") << "rust" << rust << QByteArray("'z'") << 0 << kString;
        QTest::newRow("rust type") << "rust" << rust << QByteArray("i64") << 0 << kType;
        QTest::newRow("rust utf-8 comment")
            << "rust" << rust << QByteArray("\xc3\xbc") << 0 << kComment;
        QTest::newRow("rust multi-line string")
            << "rust" << rust << QByteArray("line\"") << 0 << kString;
        QTest::newRow("rust brace") << "rust" << rust << QByteArray("{") << 0 << kOperator;

        const QString haskell = QStringLiteral(
            "module Main where\n{- a {- nested -} comment -}\nmain :: IO ()\nmain = do -- go\n"
            "  let x' = 1\n  print x'\n");
        QTest::newRow("haskell keyword")
            << "haskell" << haskell << QByteArray("module") << 0 << kKeyword;
        QTest::newRow("haskell nested comment")
            << "haskell" << haskell << QByteArray("comment") << 0 << kComment;
        QTest::newRow("haskell type") << "haskell" << haskell << QByteArray("IO") << 0 << kType;
        QTest::newRow("haskell line comment")
            << "haskell" << haskell << QByteArray("-- go") << 0 << kComment;
        QTest::newRow("haskell prime is identifier")
            << "haskell" << haskell << QByteArray("x'") << 0 << kDefault;

        const QString ada =
            QStringLiteral("PROCEDURE Main IS\nBEGIN -- start\n   Put_Line (\"hi\");\nEND Main;\n");
        QTest::newRow("ada case-insensitive keyword")
            << "ada" << ada << QByteArray("PROCEDURE") << 0 << kKeyword;
        QTest::newRow("ada comment") << "ada" << ada << QByteArray("-- start") << 0 << kComment;
        QTest::newRow("ada constant") << "ada" << ada << QByteArray("Put_Line") << 0 << kConstant;

        const QString nim =
            QStringLiteral("#[ block\n]# proc main() =\n  echo \"\"\"a\nb\"\"\" # end\n");
        QTest::newRow("nim block comment") << "nim" << nim << QByteArray("block") << 0 << kComment;
        QTest::newRow("nim keyword after block")
            << "nim" << nim << QByteArray("proc") << 0 << kKeyword;
        QTest::newRow("nim triple string") << "nim" << nim << QByteArray("b\"\"\"") << 0 << kString;
        QTest::newRow("nim comment") << "nim" << nim << QByteArray("# end") << 0 << kComment;

        const QString kotlin = QStringLiteral("@JvmStatic fun main() { val s = \"\"\"x\"\"\" }\n");
        QTest::newRow("kotlin annotation")
            << "kotlin" << kotlin << QByteArray("@JvmStatic") << 0 << kAnnotation;
        QTest::newRow("kotlin fun") << "kotlin" << kotlin << QByteArray("fun") << 0 << kKeyword;

        const QString lisp =
            QStringLiteral("(defun f (x) ; c\n  #| block |# (format t \"~a\" x))\n");
        QTest::newRow("lisp keyword") << "lisp" << lisp << QByteArray("defun") << 0 << kKeyword;
        QTest::newRow("lisp comment") << "lisp" << lisp << QByteArray("; c") << 0 << kComment;
        QTest::newRow("lisp block") << "lisp" << lisp << QByteArray("block") << 0 << kComment;
        QTest::newRow("lisp string") << "lisp" << lisp << QByteArray("\"~a\"") << 0 << kString;
    }

    void styles() {
        QFETCH(QString, language);
        QFETCH(QString, source);
        QFETCH(QByteArray, needle);
        QFETCH(int, occurrence);
        QFETCH(int, style);
        CodeEditor editor;
        editor.setLanguage(language);
        editor.setText(source);
        styleAll(editor);
        QCOMPARE(styleOf(editor, needle, occurrence), style);
    }

    void editsRestyleFollowingLines() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("go"));
        editor.setText(QStringLiteral("x := 1\nfunc f() {}\n"));
        styleAll(editor);
        QCOMPARE(styleOf(editor, "func"), kKeyword);
        editor.insertAt(QStringLiteral("/* "), 0, 0);  // opens a comment that never closes
        styleAll(editor);
        QCOMPARE(styleOf(editor, "func"), kComment);
    }

    void bracesSetFoldLevels() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("go"));
        editor.setText(QStringLiteral("func main() {\n\tx := 1\n}\n"));
        styleAll(editor);
        const auto level = [&](int line) {
            return editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL,
                                        static_cast<unsigned long>(line));
        };
        QVERIFY(level(0) & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG);
        QCOMPARE(level(1) & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK,
                 QsciScintillaBase::SC_FOLDLEVELBASE + 1);
    }

    void indentationSetsFoldLevelsWithoutBraces() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("haskell"));
        editor.setText(QStringLiteral("main = do\n  let x = 1\n\n  print x\nf = 2\n"));
        styleAll(editor);
        const auto level = [&](int line) {
            return editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL,
                                        static_cast<unsigned long>(line));
        };
        QVERIFY(level(0) & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG);
        QVERIFY(!(level(1) & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG));
        QCOMPARE(level(1) & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK,
                 QsciScintillaBase::SC_FOLDLEVELBASE + 1);
        QVERIFY(level(2) & QsciScintillaBase::SC_FOLDLEVELWHITEFLAG);
        QCOMPARE(level(4) & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK,
                 QsciScintillaBase::SC_FOLDLEVELBASE);
        // An indented line below turns "f = 2" into a fold header.
        editor.insertAt(QStringLiteral("  g = 3\n"), 5, 0);
        styleAll(editor);
        QVERIFY(level(4) & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG);
        editor.foldLine(0);
        QVERIFY(!editor.SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, 1UL));
    }

    void bracesMatchInOurLexer() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("rust"));
        editor.setText(QStringLiteral("fn f() { let s = \"}\"; { } }\n"));
        styleAll(editor);
        editor.setCursorPosition(0, 7);  // on the first {
        editor.moveToMatchingBrace();
        int line = 0;
        int index = 0;
        editor.getCursorPosition(&line, &index);
        QCOMPARE(index, 27);  // the last }, not the one in the string
    }

    void scanStateRoundTrips() {
        const ScanState state{2, 3, -1, 17};
        QCOMPARE(ScanState::decode(state.encode()), state);
        QCOMPARE(ScanState::decode(ScanState{}.encode()), ScanState{});
    }

    void scannerCoversEveryByte() {
        const LanguageSyntax* rust = SyntaxCatalogue::builtin().find(QStringLiteral("rust"));
        QVERIFY(rust != nullptr);
        const SyntaxScanner scanner(*rust);
        const QByteArray line = "let é = \"ß\"; // ✓\r\n";
        QList<StyleRun> runs;
        scanner.scanLine(line, {}, runs);
        int total = 0;
        for (const StyleRun& run : runs) {
            total += run.length;
        }
        QCOMPARE(total, line.size());
    }
};

QTEST_MAIN(KeywordLexerTest)
#include "keyword_lexer_test.moc"
