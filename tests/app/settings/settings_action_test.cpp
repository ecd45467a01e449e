// SettingsAction: Ctrl+, opens one dialog over the Settings, with the language choices.
#include <QComboBox>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>

#include "verdict/app/settings/settings_action.h"
#include "verdict/app/settings/settings_dialog.h"

using verdict::app::Settings;
using verdict::app::SettingsAction;
using verdict::app::SettingsDialog;

class SettingsActionTest : public QObject {
    Q_OBJECT
  private slots:
    void shortcutAndRole() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("a.ini")));
        QMainWindow window;
        SettingsAction action(&settings, &window);
        QCOMPARE(action.shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QCOMPARE(action.menuRole(), QAction::PreferencesRole);
        QVERIFY(action.text().contains(QStringLiteral("Settings")));
    }

    void opensOneDialogWithTheChoices() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("b.ini")));
        QMainWindow window;
        auto* action = new SettingsAction(&settings, &window);
        window.addAction(action);
        action->setLanguageChoices({{QStringLiteral("cpp"), QStringLiteral("C++ 20")},
                                    {QStringLiteral("rust"), QStringLiteral("Rust")}});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(action->dialog() != nullptr && action->dialog()->isVisible());
        SettingsDialog* first = action->dialog();
        QCOMPARE(first->parentWidget(), &window);
        auto* languages = first->findChild<QComboBox*>(QStringLiteral("defaultLanguage"));
        QCOMPARE(languages->count(), 2);
        QCOMPARE(languages->currentText(), QStringLiteral("C++ 20"));
        action->trigger();
        QCOMPARE(action->dialog(), first);
        QCOMPARE(window.findChildren<SettingsDialog*>().size(), 1);
        first->reject();
        QTRY_VERIFY(action->dialog() == nullptr);
        // Closed dialogs are deleted; the next trigger makes a fresh one.
        QTRY_COMPARE(window.findChildren<SettingsDialog*>().size(), 0);
        action->trigger();
        QVERIFY(action->dialog() != nullptr && action->dialog()->isVisible());
        QCOMPARE(window.findChildren<SettingsDialog*>().size(), 1);
    }
};

QTEST_MAIN(SettingsActionTest)
#include "settings_action_test.moc"
