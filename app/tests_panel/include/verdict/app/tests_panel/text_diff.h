#pragma once
// What the output diff shows, prepared off the UI thread: each text cut to what a text view
// takes without stalling (lines, characters, line length), a note saying how much was left
// out, and which lines of expected vs actual output differ (line by line, whitespace- and
// case-tolerant like the judge's default comparison).
#include <QList>
#include <QString>

namespace verdict::app::tests_panel {

struct DisplayLimits {
    // A QPlainTextEdit takes ~25 ms to load this much (20,000 lines took ~50 ms).
    qsizetype maxChars = 256 * 1024;
    qsizetype maxLines = 5000;
    qsizetype maxLineChars = 4096;  // longer lines end in " …"
};

struct ShownText {
    QString text;
    qsizetype totalLines = 0;
    qsizetype totalBytes = 0;  // UTF-8
    qsizetype shownLines = 0;
    qsizetype shownBytes = 0;
    bool truncated = false;  // lines left out
    bool linesCut = false;   // some line shortened
    qsizetype cutAtChars = 0;
};
ShownText shownText(const QString& text, const DisplayLimits& limits = {});
// "Showing the first 20,000 of 5,242,880 lines (0.2 of 50.0 MiB)." or "" when all is shown.
QString truncationNote(const ShownText& shown);

struct LineDiff {
    QList<bool> expectedDiffers;  // per shown line
    QList<bool> actualDiffers;
    qsizetype firstDifference = -1;  // line index (0-based); -1: none in the shown part
};
LineDiff diffLines(const QString& expected, const QString& actual);

struct DiffTexts {
    QString input;
    QString expected;
    QString actual;
    QString errors;  // stderr, or the compiler's output
};
struct PreparedDiff {
    ShownText input, expected, actual, errors;
    LineDiff lines;
};
PreparedDiff prepareDiff(const DiffTexts& texts, const DisplayLimits& limits = {});

}  // namespace verdict::app::tests_panel
