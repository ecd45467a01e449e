// The build's stale check: the real lupdate over sources in a temporary dir, then the real
// verdict-ts-check against committed files that are fresh, missing a string, or keep an old one.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ts_messages.h"

namespace ts = verdict::translations;

namespace {

const QString kCommand = QStringLiteral("cmake --build B --target update_translations");

bool writeFile(const QString& path, const QByteArray& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QByteArray source(const QStringList& messages) {
    QByteArray text = "#include <QCoreApplication>\nvoid show() {\n";
    for (const QString& message : messages)
        text += "    QCoreApplication::translate(\"Sample\", \"" + message.toUtf8() + "\");\n";
    return text + "}\n";
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

}  // namespace

class TsCheckTest : public QObject {
    Q_OBJECT
  private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("src")));
        m_committed = m_dir->filePath(QStringLiteral("verdict_de.ts"));
        m_fresh = m_dir->filePath(QStringLiteral("fresh.ts"));
    }

    void freshFilePasses() {
        setSources({"Open", "Close %1"});
        lupdate(m_committed, {"-no-obsolete"});
        const Run result = check();
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.output.isEmpty(), qPrintable(result.output));
    }

    void newStringFails() {
        setSources({"Open", "Close %1"});
        lupdate(m_committed, {"-no-obsolete"});
        setSources({"Open", "Close %1", "Save &as…"});
        const Run result = check();
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("Sample: \"Save &as…\"")),
                 qPrintable(result.output));
        QVERIFY2(result.output.contains(QStringLiteral("missing from verdict_de.ts")),
                 qPrintable(result.output));
        QVERIFY2(result.output.contains(kCommand), qPrintable(result.output));
    }

    void removedStringFails() {
        setSources({"Open", "Close %1"});
        lupdate(m_committed, {"-no-obsolete"});
        setSources({"Open"});
        const Run result = check();
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("no longer in the sources")),
                 qPrintable(result.output));
        QVERIFY2(result.output.contains(QStringLiteral("Sample: \"Close %1\"")),
                 qPrintable(result.output));
    }

    void vanishedEntryFails() {
        // lupdate without -no-obsolete keeps a removed string as type="vanished".
        setSources({"Open", "Close %1"});
        lupdate(m_committed, {});
        // lupdate drops an untranslated string at once; a translated one stays, as vanished.
        QByteArray text = readAll(m_committed);
        text.replace("<translation type=\"unfinished\"></translation>",
                     "<translation>Übersetzt</translation>");
        QVERIFY(writeFile(m_committed, text));
        setSources({"Open"});
        lupdate(m_committed, {});
        QVERIFY(readAll(m_committed).contains("type=\"vanished\""));
        const Run result = check();
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.output.contains(QStringLiteral("Sample: \"Close %1\"")),
                 qPrintable(result.output));
    }

    void reportsUnfinishedAndBrokenPlaceholders() {
        const QByteArray text = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>Sample</name>
<message><source>Open</source><translation>Öffnen</translation></message>
<message><source>Close %1</source><translation>Schließen</translation></message>
<message><source>Save</source><translation type="unfinished"></translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
</context>
</TS>
)";
        QVERIFY(writeFile(m_committed, text));
        const ts::TsFile file = ts::readTsFile(m_committed);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.language, QStringLiteral("de"));
        QCOMPARE(file.messages.size(), 4);
        QCOMPARE(ts::unfinishedMessages(file), QStringList{QStringLiteral("Sample: \"Save\"")});
        QCOMPARE(ts::placeholderMismatches(file),
                 QStringList{QStringLiteral("Sample: \"Close %1\" -> \"Schließen\"")});
    }

    void unreadableFileIsAnError() {
        QVERIFY(writeFile(m_committed, "<html>not a ts file</html>"));
        QVERIFY(!ts::readTsFile(m_committed).error.isEmpty());
        QVERIFY(!ts::readTsFile(m_dir->filePath(QStringLiteral("missing.ts"))).error.isEmpty());
    }

  private:
    void setSources(const QStringList& messages) {
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("src/sample.cpp")), source(messages)));
    }

    void lupdate(const QString& target, const QStringList& options) {
        const Run result = run(
            QStringLiteral(VERDICT_LUPDATE),
            options + QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                  QStringLiteral("none"), m_dir->filePath(QStringLiteral("src")),
                                  QStringLiteral("-ts"), target});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    // What the build does: a throwaway lupdate run, then verdict-ts-check.
    Run check() {
        QFile::remove(m_fresh);
        lupdate(m_fresh, {QStringLiteral("-no-obsolete")});
        return run(QStringLiteral(VERDICT_TS_CHECK),
                   {QStringLiteral("--regenerate"), kCommand, m_fresh, m_committed});
    }

    static QByteArray readAll(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_committed;
    QString m_fresh;
};

QTEST_MAIN(TsCheckTest)
#include "ts_check_test.moc"
