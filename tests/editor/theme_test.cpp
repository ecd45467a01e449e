// Themes reach every part of the editor: lexer styles, margins, fold margin, caret line.

#include "verdict/editor/theme.h"
#include "verdict/editor/code_editor.h"
#include "verdict/editor/language_syntax.h"

#include <Qsci/qscilexer.h>

#include <QApplication>
#include <QtTest>

using namespace verdict::editor;

namespace {

using Base = QsciScintillaBase;

QColor fromRgb(long value) {
    return QColor(static_cast<int>(value & 0xff), static_cast<int>((value >> 8) & 0xff),
                  static_cast<int>((value >> 16) & 0xff));
}

QColor styleBack(CodeEditor& editor, int style) {
    return fromRgb(editor.SendScintilla(Base::SCI_STYLEGETBACK, static_cast<unsigned long>(style)));
}

QColor styleFore(CodeEditor& editor, int style) {
    return fromRgb(editor.SendScintilla(Base::SCI_STYLEGETFORE, static_cast<unsigned long>(style)));
}

bool isDark(const QColor& color) {
    return color.lightness() < 80;
}

}  // namespace

class ThemeTest : public QObject {
    Q_OBJECT
  private slots:
    void roleFromDescription_data() {
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("role");
        QTest::newRow("c comment") << "C comment" << int(StyleRole::Comment);
        QTest::newRow("keyword") << "Keyword" << int(StyleRole::Keyword);
        QTest::newRow("secondary") << "Secondary keywords and identifiers" << int(StyleRole::Type);
        QTest::newRow("unclosed") << "Unclosed string" << int(StyleRole::Error);
        QTest::newRow("string") << "Double-quoted string" << int(StyleRole::String);
        QTest::newRow("number") << "Number" << int(StyleRole::Number);
        QTest::newRow("preprocessor") << "Pre-processor block" << int(StyleRole::Preprocessor);
        QTest::newRow("operator") << "Operator" << int(StyleRole::Operator);
        QTest::newRow("identifier") << "Identifier" << int(StyleRole::Text);
        QTest::newRow("inactive") << "Inactive keyword" << int(StyleRole::Inactive);
        QTest::newRow("javadoc") << "JavaDoc keyword" << int(StyleRole::Comment);
    }

    void roleFromDescription() {
        QFETCH(QString, description);
        QFETCH(int, role);
        QCOMPARE(int(roleForStyleDescription(description)), role);
    }

    void paletteChoosesTheTheme() {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x202020));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0f0f0));
        QVERIFY(Theme::forPalette(dark).isDark);
        QVERIFY(!Theme::forPalette(light).isDark);
        QVERIFY(Theme::resolve(ThemeMode::Light, dark).name == QLatin1String("light"));
        QVERIFY(Theme::resolve(ThemeMode::Dark, light).isDark);
    }

    // Dark everywhere: every lexer style, the default style, margins, fold margin, caret line.
    void darkThemeIsDarkEverywhere_data() {
        QTest::addColumn<QString>("language");
        for (const QString& id : SyntaxCatalogue::builtin().ids()) {
            QTest::newRow(qPrintable(id)) << id;
        }
        QTest::newRow("plain text") << QString();
    }

    void darkThemeIsDarkEverywhere() {
        QFETCH(QString, language);
        CodeEditor editor;
        editor.setThemeMode(ThemeMode::Dark);
        editor.setLanguage(language);
        const Theme& theme = editor.theme();
        QVERIFY(theme.isDark);
        QVERIFY(isDark(styleBack(editor, Base::STYLE_DEFAULT)));
        QVERIFY(isDark(styleBack(editor, Base::STYLE_LINENUMBER)));
        QCOMPARE(styleBack(editor, Base::STYLE_LINENUMBER), theme.marginPaper);
        QCOMPARE(styleFore(editor, Base::STYLE_LINENUMBER), theme.marginText);
        if (QsciLexer* lexer = editor.lexer()) {
            for (int style = 0; style < Base::STYLE_DEFAULT; ++style) {
                if (lexer->description(style).isEmpty()) {
                    continue;
                }
                QVERIFY2(isDark(styleBack(editor, style)),
                         qPrintable(QStringLiteral("style %1 (%2) has a light paper")
                                        .arg(style)
                                        .arg(lexer->description(style))));
                QVERIFY2(styleFore(editor, style).lightness() > 100,
                         qPrintable(lexer->description(style)));
            }
        }
        QCOMPARE(fromRgb(editor.SendScintilla(Base::SCI_GETCARETLINEBACK)), theme.currentLine);
        QVERIFY(editor.SendScintilla(Base::SCI_GETCARETLINEVISIBLE) != 0);
    }

    void lightThemeColoursKeywords() {
        CodeEditor editor;
        editor.setThemeMode(ThemeMode::Light);
        editor.setLanguage(QStringLiteral("cpp"));
        QCOMPARE(styleBack(editor, Base::STYLE_DEFAULT), Theme::light().paper);
        QCOMPARE(styleFore(editor, 5), Theme::light().keyword);  // SCE_C_WORD
        QCOMPARE(styleFore(editor, 1), Theme::light().comment);  // SCE_C_COMMENT
        QCOMPARE(styleBack(editor, Base::STYLE_LINENUMBER), Theme::light().marginPaper);
    }

    void switchingThemeRepaintsMargins() {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("go"));
        editor.setThemeMode(ThemeMode::Light);
        editor.setThemeMode(ThemeMode::Dark);
        QCOMPARE(styleBack(editor, Base::STYLE_LINENUMBER), Theme::dark().marginPaper);
        QCOMPARE(styleBack(editor, 0), Theme::dark().paper);
        editor.setLanguage(QStringLiteral("python3"));  // a new lexer keeps the theme
        QCOMPARE(styleBack(editor, 0), Theme::dark().paper);
        QCOMPARE(styleBack(editor, Base::STYLE_LINENUMBER), Theme::dark().marginPaper);
    }

    void systemModeFollowsThePalette() {
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x202020));
        QApplication::setPalette(dark);
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("cpp"));
        QVERIFY(editor.theme().isDark);
        QPalette light = original;
        light.setColor(QPalette::Window, QColor(0xf5f5f5));
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QVERIFY(!editor.theme().isDark);
        QCOMPARE(styleBack(editor, Base::STYLE_DEFAULT), Theme::light().paper);
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(ThemeTest)
#include "theme_test.moc"
