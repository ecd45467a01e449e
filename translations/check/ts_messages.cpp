#include "ts_messages.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace verdict::translations {

namespace {

void readTranslation(QXmlStreamReader& xml, TsMessage& message) {
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translations = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.translations.append(xml.readElementText());
        else
            xml.skipCurrentElement();
    }
}

QString readLocation(QXmlStreamReader& xml) {
    const QString file = xml.attributes().value(QLatin1String("filename")).toString();
    const QString line = xml.attributes().value(QLatin1String("line")).toString();
    xml.skipCurrentElement();
    return line.isEmpty() ? file : file + QLatin1Char(':') + line;
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context) {
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else if (xml.name() == QLatin1String("location"))
            message.locations.append(readLocation(xml));
        else
            xml.skipCurrentElement();
    }
    return message;
}

void readContext(QXmlStreamReader& xml, TsFile& file) {
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("name"))
            name = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            file.messages.append(readMessage(xml, name));
        else
            xml.skipCurrentElement();
    }
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2})"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

}  // namespace

QString TsMessage::key() const {
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

QString TsMessage::describe() const {
    QString text = context + QStringLiteral(": \"") + source + QLatin1Char('"');
    if (!comment.isEmpty())
        text += QStringLiteral(" (") + comment + QLatin1Char(')');
    return text;
}

bool TsMessage::isObsolete() const {
    return type == QLatin1String("vanished") || type == QLatin1String("obsolete");
}

TsFile readTsFile(const QString& path) {
    TsFile file;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        file.error = QStringLiteral("cannot open %1: %2").arg(path, input.errorString());
        return file;
    }
    QXmlStreamReader xml(&input);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        file.error = QStringLiteral("%1 is not a Qt Linguist .ts file").arg(path);
        return file;
    }
    file.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("context"))
            readContext(xml, file);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        file.error = QStringLiteral("%1, line %2: %3")
                         .arg(path)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
    return file;
}

StaleReport compareWithSources(const TsFile& committed, const TsFile& fresh) {
    QSet<QString> inSources;
    for (const TsMessage& message : fresh.messages)
        if (!message.isObsolete())
            inSources.insert(message.key());
    QSet<QString> inCommitted;
    StaleReport report;
    for (const TsMessage& message : committed.messages) {
        if (message.isObsolete() || !inSources.contains(message.key()))
            report.obsolete.append(message.describe());
        else
            inCommitted.insert(message.key());
    }
    for (const TsMessage& message : fresh.messages)
        if (!message.isObsolete() && !inCommitted.contains(message.key()))
            report.missing.append(message.describe());
    return report;
}

QStringList unfinishedMessages(const TsFile& file) {
    QStringList unfinished;
    for (const TsMessage& message : file.messages) {
        const bool empty = message.translations.isEmpty() ||
                           std::any_of(message.translations.begin(), message.translations.end(),
                                       [](const QString& text) { return text.isEmpty(); });
        if (!message.isObsolete() && (message.type == QLatin1String("unfinished") || empty))
            unfinished.append(message.describe());
    }
    return unfinished;
}

QStringList placeholderMismatches(const TsFile& file) {
    QStringList mismatches;
    for (const TsMessage& message : file.messages) {
        if (message.isObsolete() || message.numerus)
            continue;
        const QSet<QString> expected = placeholders(message.source);
        for (const QString& translation : message.translations)
            if (!translation.isEmpty() && placeholders(translation) != expected)
                mismatches.append(message.describe() + QStringLiteral(" -> \"") + translation +
                                  QLatin1Char('"'));
    }
    return mismatches;
}

}  // namespace verdict::translations
