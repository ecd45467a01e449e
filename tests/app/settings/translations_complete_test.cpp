// Every message of the committed translations is translated, with its placeholders (%1, …) and
// its keyboard shortcut (&X) kept. On failure it lists what is missing, file by file.
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include "ts_messages.h"

namespace ts = verdict::translations;

namespace {

// A "&X" mnemonic (not "&&", not an HTML entity such as "&amp;").
bool hasMnemonic(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("&(?![&\\s]|[a-zA-Z]+;|#\\d+;)"));
    return pattern.match(text).hasMatch();
}

QStringList lostMnemonics(const ts::TsFile& file) {
    QStringList lost;
    for (const ts::TsMessage& message : file.messages) {
        if (message.isObsolete() || !hasMnemonic(message.source))
            continue;
        for (const QString& translation : message.translations)
            if (!translation.isEmpty() && !hasMnemonic(translation))
                lost.append(message.describe() + QStringLiteral(" -> \"") + translation +
                            QLatin1Char('"'));
    }
    return lost;
}

QString listed(const QString& title, const QStringList& lines) {
    return title + QStringLiteral(" (%1):\n  ").arg(lines.size()) +
           lines.join(QStringLiteral("\n  "));
}

}  // namespace

class TranslationsCompleteTest : public QObject {
    Q_OBJECT
  private slots:
    void complete_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << "de";
        QTest::newRow("Simplified Chinese") << "zh_CN";
        QTest::newRow("Russian") << "ru";
    }

    void complete() {
        QFETCH(QString, language);
        const QString path =
            QStringLiteral(VERDICT_TRANSLATIONS_DIR "/verdict_%1.ts").arg(language);
        const ts::TsFile file = ts::readTsFile(path);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        // lupdate writes the language with a country ("de_DE"); the script tells zh_CN from zh_TW.
        QCOMPARE(QLocale(file.language).language(), QLocale(language).language());
        QCOMPARE(QLocale(file.language).script(), QLocale(language).script());
        QVERIFY(!file.messages.isEmpty());
        const QStringList unfinished = ts::unfinishedMessages(file);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(listed(path + QStringLiteral(": not translated"), unfinished)));
        const QStringList placeholders = ts::placeholderMismatches(file);
        QVERIFY2(placeholders.isEmpty(),
                 qPrintable(listed(path + QStringLiteral(": placeholders differ"), placeholders)));
        const QStringList mnemonics = lostMnemonics(file);
        QVERIFY2(mnemonics.isEmpty(),
                 qPrintable(listed(path + QStringLiteral(": shortcut (&) lost"), mnemonics)));
    }
};

QTEST_MAIN(TranslationsCompleteTest)
#include "translations_complete_test.moc"
