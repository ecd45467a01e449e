// Settings: defaults, round trip through the file, validation, change signals.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "verdict/app/settings/settings.h"

using verdict::app::Settings;
using verdict::editor::ThemeMode;

class SettingsTest : public QObject {
    Q_OBJECT
  private slots:
    void init() { m_file = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_count)); }

    void defaults() {
        Settings settings(m_file);
        QCOMPARE(settings.theme(), ThemeMode::System);
        QCOMPARE(settings.editorFontFamily(), Settings::defaultFontFamily());
        QCOMPARE(settings.editorFontSize(), 11);
        QCOMPARE(settings.tabWidth(), 4);
        QCOMPARE(settings.uiLanguage(), QString());
        QVERIFY(settings.companionEnabled());
        QCOMPARE(settings.companionPort(), 10043);
        QCOMPARE(settings.autosaveDelayMs(), 1000);
        QCOMPARE(settings.defaultLanguage(), QStringLiteral("cpp"));
        QVERIFY(!settings.confirmBeforeSubmit());
        QCOMPARE(settings.editorFont().pointSize(), 11);
        QVERIFY(!Settings::defaultFontFamily().isEmpty());
    }

    void roundTrip() {
        {
            Settings settings(m_file);
            QVERIFY(settings.setTheme(ThemeMode::Dark));
            QVERIFY(settings.setEditorFontFamily(QStringLiteral("DejaVu Sans Mono")));
            QVERIFY(settings.setEditorFontSize(14));
            QVERIFY(settings.setTabWidth(2));
            QVERIFY(settings.setUiLanguage(QStringLiteral("zh_CN")));
            QVERIFY(settings.setCompanionEnabled(false));
            QVERIFY(settings.setCompanionPort(27121));
            QVERIFY(settings.setAutosaveDelayMs(2500));
            QVERIFY(settings.setDefaultLanguage(QStringLiteral("python3")));
            QVERIFY(settings.setConfirmBeforeSubmit(true));
            settings.sync();
        }
        Settings reread(m_file);
        QCOMPARE(reread.theme(), ThemeMode::Dark);
        QCOMPARE(reread.editorFontFamily(), QStringLiteral("DejaVu Sans Mono"));
        QCOMPARE(reread.editorFont().family(), QStringLiteral("DejaVu Sans Mono"));
        QCOMPARE(reread.editorFontSize(), 14);
        QCOMPARE(reread.tabWidth(), 2);
        QCOMPARE(reread.uiLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(reread.uiLanguageAtStart(), QStringLiteral("zh_CN"));
        QVERIFY(!reread.companionEnabled());
        QCOMPARE(reread.companionPort(), 27121);
        QCOMPARE(reread.autosaveDelayMs(), 2500);
        QCOMPARE(reread.defaultLanguage(), QStringLiteral("python3"));
        QVERIFY(reread.confirmBeforeSubmit());
    }

    void refusesInvalidValues() {
        Settings settings(m_file);
        QSignalSpy changed(&settings, &Settings::changed);
        QVERIFY(!settings.setCompanionPort(80));
        QVERIFY(!settings.setCompanionPort(65536));
        QVERIFY(!settings.setCompanionPort(-1));
        QVERIFY(!settings.setEditorFontSize(5));
        QVERIFY(!settings.setEditorFontSize(73));
        QVERIFY(!settings.setEditorFontFamily(QStringLiteral("   ")));
        QVERIFY(!settings.setTabWidth(0));
        QVERIFY(!settings.setTabWidth(17));
        QVERIFY(!settings.setUiLanguage(QStringLiteral("fr")));
        QVERIFY(!settings.setAutosaveDelayMs(99));
        QVERIFY(!settings.setAutosaveDelayMs(60001));
        QVERIFY(!settings.setDefaultLanguage(QString()));
        QVERIFY(!settings.setDefaultLanguage(QStringLiteral("C++ 17")));
        QCOMPARE(changed.count(), 0);
        settings.sync();
        QCOMPARE(settings.companionPort(), 10043);
        QCOMPARE(QSettings(m_file, QSettings::IniFormat).allKeys(), QStringList());
        QVERIFY(settings.setCompanionPort(1024));
        QVERIFY(settings.setCompanionPort(65535));
        QCOMPARE(settings.companionPort(), 65535);
    }

    void handEditedValuesFallBackToDefaults() {
        {
            QSettings file(m_file, QSettings::IniFormat);
            file.setValue(QStringLiteral("companion/port"), 22);
            file.setValue(QStringLiteral("editor/tabWidth"), QStringLiteral("wide"));
            file.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
            file.setValue(QStringLiteral("appearance/uiLanguage"), QStringLiteral("xx"));
        }
        Settings settings(m_file);
        QCOMPARE(settings.companionPort(), Settings::kDefaultCompanionPort);
        QCOMPARE(settings.tabWidth(), Settings::kDefaultTabWidth);
        QCOMPARE(settings.theme(), ThemeMode::System);
        QCOMPARE(settings.uiLanguage(), QString());
    }

    void signalsOnlyRealChanges() {
        Settings settings(m_file);
        QSignalSpy changed(&settings, &Settings::changed);
        QSignalSpy theme(&settings, &Settings::themeChanged);
        QSignalSpy companion(&settings, &Settings::companionChanged);
        QSignalSpy font(&settings, &Settings::editorFontChanged);
        QVERIFY(settings.setTheme(ThemeMode::System));
        QVERIFY(settings.setCompanionPort(10043));
        QCOMPARE(changed.count(), 0);
        QVERIFY(settings.setTheme(ThemeMode::Light));
        QCOMPARE(theme.count(), 1);
        QCOMPARE(theme.at(0).at(0).value<ThemeMode>(), ThemeMode::Light);
        QVERIFY(settings.setCompanionPort(12345));
        QCOMPARE(companion.count(), 1);
        QCOMPARE(companion.at(0).at(0).toBool(), true);
        QCOMPARE(companion.at(0).at(1).toInt(), 12345);
        QVERIFY(settings.setEditorFontSize(20));
        QCOMPARE(font.count(), 1);
        QCOMPARE(font.at(0).at(0).value<QFont>().pointSize(), 20);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(1).at(0).value<Settings::Key>(), Settings::Key::Companion);
    }

    void restoreDefaultsClearsAndAnnounces() {
        Settings settings(m_file);
        QVERIFY(settings.setTabWidth(8));
        QVERIFY(settings.setConfirmBeforeSubmit(true));
        QSignalSpy changed(&settings, &Settings::changed);
        QSignalSpy tabWidth(&settings, &Settings::tabWidthChanged);
        settings.restoreDefaults();
        QCOMPARE(settings.tabWidth(), 4);
        QVERIFY(!settings.confirmBeforeSubmit());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(tabWidth.count(), 1);
        QCOMPARE(tabWidth.at(0).at(0).toInt(), 4);
    }

    void applyStoresTheValidValuesAndReportsTheRest() {
        Settings settings(m_file);
        Settings::Values values = Settings::defaults();
        values.tabWidth = 3;
        values.companionPort = 99;
        QVERIFY(!settings.apply(values));
        QCOMPARE(settings.tabWidth(), 3);
        QCOMPARE(settings.companionPort(), 10043);
        values.companionPort = 20000;
        QVERIFY(settings.apply(values));
        QCOMPARE(settings.values().companionPort, 20000);
    }

  private:
    QTemporaryDir m_dir;
    QString m_file;
    int m_count = 0;
};

QTEST_MAIN(SettingsTest)
#include "settings_test.moc"
