// ThemeController: dark and light palettes for the whole application, back to the system's,
// following system palette changes, and editors painted to match.
#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

#include "verdict/app/settings/palettes.h"
#include "verdict/app/settings/theme_controller.h"
#include "verdict/editor/code_editor.h"

using verdict::app::ThemeController;
using verdict::editor::Theme;
using verdict::editor::ThemeMode;

namespace {

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

// The background Scintilla paints for a style (the text area, the line number margin, ...).
QColor styleBack(verdict::editor::CodeEditor& editor, int style) {
    const auto bgr = editor.SendScintilla(QsciScintilla::SCI_STYLEGETBACK, style);
    return QColor(static_cast<int>(bgr & 0xff), static_cast<int>((bgr >> 8) & 0xff),
                  static_cast<int>((bgr >> 16) & 0xff));
}

}  // namespace

class ThemeControllerTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        m_systemStyle = QApplication::style()->name();
        m_systemWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY2(!isDark(QApplication::palette()), "the offscreen platform's palette is light");
    }

    void darkAppliesPaletteAndStyleAndEmits() {
        ThemeController controller;
        QSignalSpy changed(&controller, &ThemeController::themeChanged);
        controller.setMode(ThemeMode::Dark);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(0).value<Theme>().isDark);
        QVERIFY(controller.theme().isDark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 verdict::app::darkPalette().color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 verdict::app::darkPalette().color(QPalette::Base));
        // A widget made afterwards gets the dark palette too.
        QWidget widget;
        QVERIFY(isDark(widget.palette()));
        controller.setMode(ThemeMode::Dark);
        QCOMPARE(changed.count(), 1);
    }

    void systemPutsBackTheStartingLook() {
        ThemeController controller;
        controller.setMode(ThemeMode::Dark);
        QSignalSpy changed(&controller, &ThemeController::themeChanged);
        controller.setMode(ThemeMode::System);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!changed.at(0).at(0).value<Theme>().isDark);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
    }

    void systemModeFollowsPaletteChanges() {
        ThemeController controller;
        controller.setMode(ThemeMode::Light);
        controller.setMode(ThemeMode::System);
        QSignalSpy changed(&controller, &ThemeController::themeChanged);
        // What the platform does when the desktop turns dark: a new application palette.
        QApplication::setPalette(verdict::app::darkPalette());
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(0).value<Theme>().isDark);
        QVERIFY(controller.theme().isDark);
        QApplication::setPalette(QPalette());
        QCOMPARE(changed.count(), 2);
        QVERIFY(!controller.theme().isDark);
    }

    void forcedModesIgnoreOtherPaletteChanges() {
        ThemeController controller;
        controller.setMode(ThemeMode::Light);
        QSignalSpy changed(&controller, &ThemeController::themeChanged);
        QApplication::setPalette(verdict::app::darkPalette());
        QCOMPARE(changed.count(), 0);
        QVERIFY(!controller.theme().isDark);
        controller.setMode(ThemeMode::System);
    }

    void editorsFollowTheController() {
        ThemeController controller;
        verdict::editor::CodeEditor editor;
        editor.setLanguage(QStringLiteral("cpp"));
        controller.attach(&editor);
        controller.setMode(ThemeMode::Dark);
        QVERIFY(editor.theme().isDark);
        QCOMPARE(styleBack(editor, QsciScintilla::STYLE_DEFAULT), Theme::dark().paper);
        QCOMPARE(styleBack(editor, QsciScintilla::STYLE_LINENUMBER), Theme::dark().marginPaper);
        controller.setMode(ThemeMode::Light);
        QVERIFY(!editor.theme().isDark);
        QCOMPARE(styleBack(editor, QsciScintilla::STYLE_LINENUMBER), Theme::light().marginPaper);
        controller.setMode(ThemeMode::System);
        QVERIFY(!editor.theme().isDark);
        // An editor made while the theme is dark starts dark.
        controller.setMode(ThemeMode::Dark);
        verdict::editor::CodeEditor later;
        controller.attach(&later);
        QVERIFY(later.theme().isDark);
        controller.setMode(ThemeMode::System);
    }

    void destroyedEditorsAreLetGo() {
        ThemeController controller;
        {
            verdict::editor::CodeEditor editor;
            controller.attach(&editor);
        }
        controller.setMode(ThemeMode::Dark);
        controller.setMode(ThemeMode::System);
    }

  private:
    QString m_systemStyle;
    QColor m_systemWindow;
};

QTEST_MAIN(ThemeControllerTest)
#include "theme_controller_test.moc"
