#pragma once
// Reads Qt Linguist .ts files and compares them: which messages are stale against the sources,
// which are untranslated, which translations lost a placeholder.

#include <QList>
#include <QString>
#include <QStringList>

namespace verdict::translations {

// One <message> of a .ts file; a message is identified by context, source and comment.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QStringList translations;  // one, or one per plural form
    QString type;              // "", "unfinished", "vanished", "obsolete"
    QStringList locations;     // "file:line" when lupdate wrote locations
    bool numerus = false;

    QString key() const;
    // Human-readable: context: "source" (comment).
    QString describe() const;
    bool isObsolete() const;
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;  // empty when the file was read completely
};

TsFile readTsFile(const QString& path);

// How a committed .ts differs from a fresh lupdate run over the sources.
struct StaleReport {
    QStringList missing;   // in the sources, not in the committed file
    QStringList obsolete;  // in the committed file, gone from the sources (or marked so)
    bool isStale() const { return !missing.isEmpty() || !obsolete.isEmpty(); }
};

StaleReport compareWithSources(const TsFile& committed, const TsFile& fresh);

// Messages without a finished translation in every plural form.
QStringList unfinishedMessages(const TsFile& file);

// Messages whose translation drops or adds a %1..%99 placeholder.
QStringList placeholderMismatches(const TsFile& file);

}  // namespace verdict::translations
