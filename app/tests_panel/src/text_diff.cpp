#include "verdict/app/tests_panel/text_diff.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QStringView>

namespace verdict::app::tests_panel {

namespace {

qsizetype utf8Length(QStringView text) {
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }
    return bytes;
}

qsizetype lineCount(QStringView text) {
    if (text.isEmpty())
        return 0;
    return text.count(u'\n') + (text.endsWith(u'\n') ? 0 : 1);
}

QList<QStringView> splitLines(QStringView text) {
    QList<QStringView> lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();  // the final newline ends a line, it does not start one
    return lines;
}

qsizetype skipSpaces(QStringView text, qsizetype at) {
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    return at;
}

qsizetype tokenEnd(QStringView text, qsizetype at) {
    while (at < text.size() && !text.at(at).isSpace())
        ++at;
    return at;
}

// Same tokens in the same order, whatever the spacing, letters compared case-insensitively.
bool sameLine(QStringView a, QStringView b) {
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        i = skipSpaces(a, i);
        j = skipSpaces(b, j);
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        const qsizetype endA = tokenEnd(a, i);
        const qsizetype endB = tokenEnd(b, j);
        if (a.mid(i, endA - i).compare(b.mid(j, endB - j), Qt::CaseInsensitive) != 0)
            return false;
        i = endA;
        j = endB;
    }
}

}  // namespace

ShownText shownText(const QString& text, const DisplayLimits& limits) {
    ShownText shown;
    shown.cutAtChars = limits.maxLineChars;
    shown.totalLines = lineCount(text);
    shown.totalBytes = utf8Length(text);
    qsizetype position = 0;
    shown.text.reserve(std::min(text.size(), limits.maxChars + limits.maxLineChars + 2));
    while (position < text.size() && shown.shownLines < limits.maxLines &&
           shown.text.size() < limits.maxChars) {
        qsizetype end = text.indexOf(u'\n', position);
        const bool lastLine = end < 0;
        if (lastLine)
            end = text.size();
        QStringView line = QStringView(text).mid(position, end - position);
        if (line.size() > limits.maxLineChars) {
            line = line.left(limits.maxLineChars);
            shown.linesCut = true;
        }
        shown.text += line;
        shown.shownBytes += utf8Length(line);
        if (line.size() < end - position)
            shown.text += QStringLiteral(" …");
        if (!lastLine) {
            shown.text += u'\n';
            ++shown.shownBytes;
        }
        ++shown.shownLines;
        position = end + 1;
    }
    shown.truncated = shown.shownLines < shown.totalLines;
    return shown;
}

QString truncationNote(const ShownText& shown) {
    const QLocale locale;
    constexpr double kMiB = 1024.0 * 1024.0;
    const QString shownMiB = locale.toString(double(shown.shownBytes) / kMiB, 'f', 1);
    const QString totalMiB = locale.toString(double(shown.totalBytes) / kMiB, 'f', 1);
    const char* const context = "verdict::app::tests_panel::TextDiff";
    QStringList notes;
    if (shown.truncated) {
        notes << QCoreApplication::translate(context,
                                             "Showing the first %1 of %2 lines (%3 of %4 MiB).")
                     .arg(locale.toString(shown.shownLines), locale.toString(shown.totalLines),
                          shownMiB, totalMiB);
    }
    if (shown.linesCut && shown.truncated) {
        notes << QCoreApplication::translate(context, "Lines over %1 characters are cut short.")
                     .arg(locale.toString(shown.cutAtChars));
    } else if (shown.linesCut) {
        notes << QCoreApplication::translate(
                     context, "Lines over %1 characters are cut short (%2 of %3 MiB shown).")
                     .arg(locale.toString(shown.cutAtChars), shownMiB, totalMiB);
    }
    return notes.join(u' ');
}

LineDiff diffLines(const QString& expected, const QString& actual) {
    const QList<QStringView> left = splitLines(expected);
    const QList<QStringView> right = splitLines(actual);
    LineDiff diff;
    diff.expectedDiffers.resize(left.size());
    diff.actualDiffers.resize(right.size());
    const qsizetype lines = std::max(left.size(), right.size());
    for (qsizetype i = 0; i < lines; ++i) {
        const QStringView a = i < left.size() ? left.at(i) : QStringView();
        const QStringView b = i < right.size() ? right.at(i) : QStringView();
        if (sameLine(a, b))
            continue;
        if (i < left.size())
            diff.expectedDiffers[i] = true;
        if (i < right.size())
            diff.actualDiffers[i] = true;
        if (diff.firstDifference < 0)
            diff.firstDifference = i;
    }
    return diff;
}

PreparedDiff prepareDiff(const DiffTexts& texts, const DisplayLimits& limits) {
    PreparedDiff prepared;
    prepared.input = shownText(texts.input, limits);
    prepared.expected = shownText(texts.expected, limits);
    prepared.actual = shownText(texts.actual, limits);
    prepared.errors = shownText(texts.errors, limits);
    if (!texts.expected.isEmpty())
        prepared.lines = diffLines(prepared.expected.text, prepared.actual.text);
    return prepared;
}

}  // namespace verdict::app::tests_panel
