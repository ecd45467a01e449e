// SettingsDialog: shows Settings, stores on Apply/OK only, Cancel keeps, Restore Defaults fills.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "verdict/app/settings/settings_dialog.h"

using verdict::app::Settings;
using verdict::app::SettingsDialog;
using verdict::editor::ThemeMode;

namespace {

template <typename T>
T* field(SettingsDialog& dialog, const char* name) {
    auto* widget = dialog.findChild<T*>(QString::fromLatin1(name));
    if (widget == nullptr)
        qFatal("no field %s", name);
    return widget;
}

QPushButton* button(SettingsDialog& dialog, QDialogButtonBox::StandardButton which) {
    return dialog.findChild<QDialogButtonBox*>()->button(which);
}

void selectData(QComboBox* combo, const QVariant& data) {
    combo->setCurrentIndex(combo->findData(data));
    QVERIFY(combo->currentIndex() >= 0);
}

}  // namespace

class SettingsDialogTest : public QObject {
    Q_OBJECT
  private slots:
    void init() { m_file = m_dir.filePath(QStringLiteral("dialog-%1.ini").arg(++m_count)); }

    void showsTheStoredValues() {
        Settings settings(m_file);
        QVERIFY(settings.setTheme(ThemeMode::Dark));
        QVERIFY(settings.setCompanionPort(20202));
        QVERIFY(settings.setCompanionEnabled(false));
        QVERIFY(settings.setDefaultLanguage(QStringLiteral("rust")));
        SettingsDialog dialog(&settings);
        QCOMPARE(field<QComboBox>(dialog, "theme")->currentData().toInt(),
                 static_cast<int>(ThemeMode::Dark));
        QCOMPARE(field<QSpinBox>(dialog, "companionPort")->value(), 20202);
        QVERIFY(!field<QSpinBox>(dialog, "companionPort")->isEnabled());
        QCOMPARE(field<QComboBox>(dialog, "defaultLanguage")->currentData().toString(),
                 QStringLiteral("rust"));
        QCOMPARE(dialog.formValues().fontFamily, settings.editorFontFamily());
        QCOMPARE(field<QComboBox>(dialog, "uiLanguage")->count(), Settings::uiLanguages().size());
    }

    void applyStoresTheForm() {
        Settings settings(m_file);
        SettingsDialog dialog(&settings);
        dialog.setLanguageChoices({{QStringLiteral("cpp"), QStringLiteral("C++ 20")},
                                   {QStringLiteral("python3"), QStringLiteral("Python 3")}});
        selectData(field<QComboBox>(dialog, "theme"), static_cast<int>(ThemeMode::Light));
        field<QSpinBox>(dialog, "companionPort")->setValue(30303);
        field<QSpinBox>(dialog, "tabWidth")->setValue(8);
        field<QCheckBox>(dialog, "confirmSubmit")->setChecked(true);
        selectData(field<QComboBox>(dialog, "defaultLanguage"), QStringLiteral("python3"));
        QCOMPARE(settings.theme(), ThemeMode::System);
        button(dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.theme(), ThemeMode::Light);
        QCOMPARE(settings.companionPort(), 30303);
        QCOMPARE(settings.tabWidth(), 8);
        QVERIFY(settings.confirmBeforeSubmit());
        QCOMPARE(settings.defaultLanguage(), QStringLiteral("python3"));
    }

    void untouchedFontAliasSurvivesOk() {
        Settings settings(m_file);
        // A fontconfig alias: the font box lists real families only.
        QVERIFY(settings.setEditorFontFamily(QStringLiteral("monospace")));
        SettingsDialog dialog(&settings);
        QCOMPARE(dialog.formValues().fontFamily, QStringLiteral("monospace"));
        QVERIFY(dialog.apply());
        QCOMPARE(settings.editorFontFamily(), QStringLiteral("monospace"));
        auto* box = field<QFontComboBox>(dialog, "fontFamily");
        QVERIFY(box->count() > 1);
        const int other = box->currentIndex() == 0 ? 1 : 0;
        box->setCurrentIndex(other);
        QVERIFY(dialog.apply());
        QCOMPARE(settings.editorFontFamily(), box->itemText(other));
    }

    void cancelKeepsTheSettings() {
        Settings settings(m_file);
        SettingsDialog dialog(&settings);
        dialog.show();
        field<QSpinBox>(dialog, "fontSize")->setValue(30);
        button(dialog, QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(settings.editorFontSize(), Settings::kDefaultFontSize);
    }

    void okStoresAndCloses() {
        Settings settings(m_file);
        SettingsDialog dialog(&settings);
        dialog.show();
        field<QSpinBox>(dialog, "autosaveDelay")->setValue(3000);
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.autosaveDelayMs(), 3000);
    }

    void restoreDefaultsFillsTheFormOnly() {
        Settings settings(m_file);
        QVERIFY(settings.setTabWidth(2));
        QVERIFY(settings.setConfirmBeforeSubmit(true));
        SettingsDialog dialog(&settings);
        button(dialog, QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(field<QSpinBox>(dialog, "tabWidth")->value(), Settings::kDefaultTabWidth);
        QVERIFY(!field<QCheckBox>(dialog, "confirmSubmit")->isChecked());
        QCOMPARE(settings.tabWidth(), 2);
        button(dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.tabWidth(), Settings::kDefaultTabWidth);
        QVERIFY(!settings.confirmBeforeSubmit());
    }

    void languageChangeSaysItNeedsARestart() {
        Settings settings(m_file);
        SettingsDialog dialog(&settings);
        auto* note = field<QLabel>(dialog, "restartNote");
        QVERIFY(note->isHidden());
        selectData(field<QComboBox>(dialog, "uiLanguage"), QStringLiteral("de"));
        QVERIFY(!note->isHidden());
        button(dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.uiLanguage(), QStringLiteral("de"));
        // Still not the language this run shows.
        QVERIFY(!note->isHidden());
        selectData(field<QComboBox>(dialog, "uiLanguage"), QString());
        QVERIFY(note->isHidden());
    }

  private:
    QTemporaryDir m_dir;
    QString m_file;
    int m_count = 0;
};

QTEST_MAIN(SettingsDialogTest)
#include "settings_dialog_test.moc"
