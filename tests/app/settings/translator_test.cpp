// Translator: which built-in language a setting or the system's preferences pick, and that
// installing one really translates the IDE's strings (and removing it brings English back).
#include <QCoreApplication>
#include <QTest>

#include "verdict/app/settings/settings.h"
#include "verdict/app/translator.h"

using verdict::app::Translator;

namespace {

QString settingsTitle() {
    return QCoreApplication::translate("verdict::app::SettingsDialog", "Settings");
}

}  // namespace

class TranslatorTest : public QObject {
    Q_OBJECT
  private slots:
    void everySettingsLanguageIsBuiltIn() {
        const QStringList available = Translator::availableLanguages();
        QCOMPARE(available, (QStringList{QStringLiteral("de"), QStringLiteral("ru"),
                                         QStringLiteral("zh_CN")}));
        for (const QString& language : verdict::app::Settings::uiLanguages())
            if (!language.isEmpty() && language != QLatin1String("en"))
                QVERIFY2(available.contains(language), qPrintable(language));
    }

    void resolve_data() {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit") << "ru" << QStringList{"de-DE"} << "ru";
        QTest::newRow("explicit English") << "en" << QStringList{"de-DE"} << "en";
        QTest::newRow("unknown setting") << "fr" << QStringList{"de-DE"} << "en";
        QTest::newRow("system German") << "" << QStringList{"de-AT", "de"} << "de";
        QTest::newRow("system Chinese") << "" << QStringList{"zh-Hans-CN", "zh-CN"} << "zh_CN";
        QTest::newRow("Singapore Chinese") << "" << QStringList{"zh-SG"} << "zh_CN";
        QTest::newRow("traditional Chinese") << "" << QStringList{"zh-TW", "zh-Hant-TW"} << "en";
        QTest::newRow("second preference") << "" << QStringList{"fr-FR", "ru-RU"} << "ru";
        QTest::newRow("English first") << "" << QStringList{"en-GB", "de-DE"} << "en";
        QTest::newRow("nothing known") << "" << QStringList{"ja-JP"} << "en";
        QTest::newRow("C locale") << "" << QStringList{"C"} << "en";
    }

    void resolve() {
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Translator::resolve(setting, system), expected);
    }

    void installsGermanAndRemovesIt() {
        QCOMPARE(settingsTitle(), QStringLiteral("Settings"));
        {
            Translator translator;
            QCOMPARE(translator.install(QStringLiteral("de")), QStringLiteral("de"));
            QCOMPARE(settingsTitle(), QStringLiteral("Einstellungen"));
            QCOMPARE(translator.install(QStringLiteral("ru")), QStringLiteral("ru"));
            QCOMPARE(settingsTitle(), QStringLiteral("Настройки"));
            QCOMPARE(translator.install(QStringLiteral("en")), QStringLiteral("en"));
            QCOMPARE(settingsTitle(), QStringLiteral("Settings"));
            QCOMPARE(translator.install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
            QCOMPARE(settingsTitle(), QStringLiteral("设置"));
        }
        QCOMPARE(settingsTitle(), QStringLiteral("Settings"));
    }
};

QTEST_MAIN(TranslatorTest)
#include "translator_test.moc"
