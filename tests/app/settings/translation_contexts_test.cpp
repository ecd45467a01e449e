// A string is translated only when the context lupdate files it under is the one the code asks
// for at run time. Files that route tr() through a helper of their own,
//   QString tr(const char* text) { return QCoreApplication::translate("Ctx", text); }
// are where the two part: lupdate names the context after the enclosing class or namespace.
// This runs the real lupdate over app/ and editor/ and checks every string of such a file.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "ts_messages.h"

namespace ts = verdict::translations;

namespace {

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The contexts a source file asks for: its tr() helper's and every literal translate("X", ...).
struct FileContexts {
    QString helper;
    QStringList literal;
};

FileContexts contextsIn(const QString& text) {
    static const QRegularExpression helper(
        QStringLiteral(R"re(QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w*\s*\)\s*\{\s*return\s+)re"
                       R"re(QCoreApplication::translate\s*\(\s*"([^"]+)")re"));
    static const QRegularExpression literal(
        QStringLiteral(R"re(QCoreApplication::translate\s*\(\s*"([^"]+)")re"));
    FileContexts contexts;
    contexts.helper = helper.match(text).captured(1);
    for (const auto& match : literal.globalMatch(text))
        contexts.literal.append(match.captured(1));
    return contexts;
}

}  // namespace

class TranslationContextsTest : public QObject {
    Q_OBJECT
  private slots:
    void helperContextsMatchLupdate() {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("all.ts"));
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"),
                              QStringLiteral("absolute")};
        // The -I flags of the IDE's own include dirs, as the build passes them (one a line).
        const QString includes = readText(QStringLiteral(VERDICT_LUPDATE_INCLUDES));
        QVERIFY2(includes.contains(QStringLiteral("-I")), VERDICT_LUPDATE_INCLUDES);
        arguments << includes.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        arguments << QStringLiteral(VERDICT_SOURCE_DIR "/app")
                  << QStringLiteral(VERDICT_SOURCE_DIR "/editor") << QStringLiteral("-ts")
                  << output;
        QProcess lupdate;
        lupdate.start(QStringLiteral(VERDICT_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const ts::TsFile file = ts::readTsFile(output);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QVERIFY(file.messages.size() > 50);

        QHash<QString, FileContexts> cache;
        QStringList wrong;
        for (const ts::TsMessage& message : file.messages) {
            for (const QString& location : message.locations) {
                const QString path =
                    QDir::cleanPath(dir.filePath(location.section(QLatin1Char(':'), 0, 0)));
                if (!cache.contains(path))
                    cache.insert(path, contextsIn(readText(path)));
                const FileContexts& contexts = cache[path];
                if (contexts.helper.isEmpty() || contexts.helper == message.context ||
                    contexts.literal.contains(message.context))
                    continue;
                wrong.append(QStringLiteral("%1: \"%2\" is filed under %3, the code asks %4")
                                 .arg(QDir(QStringLiteral(VERDICT_SOURCE_DIR))
                                          .relativeFilePath(dir.filePath(location)),
                                      message.source, message.context, contexts.helper));
            }
        }
        // One line each: Qt Test cuts a long failure message short.
        for (const QString& line : wrong)
            qWarning().noquote() << line;
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 strings will never be translated "
                                                            "(listed above)")
                                                 .arg(wrong.size())));
    }
};

QTEST_MAIN(TranslationContextsTest)
#include "translation_contexts_test.moc"
