#include "verdict/editor/find_replace.h"

#include <Qsci/qsciscintilla.h>

#include <QList>

namespace verdict::editor {
namespace {

using Base = QsciScintillaBase;

// UTF-8 bytes of UTF-16 text, without converting it.
qsizetype utf8Size(QStringView text) {
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80) {
            bytes += 1;
        } else if (unit < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

struct Replacement {
    qsizetype startByte = 0;
    qsizetype endByte = 0;
    QByteArray text;
};

}  // namespace

FindReplace::FindReplace(QsciScintilla& editor) : m_editor(editor) {}

QRegularExpression FindReplace::expression(const QString& pattern, const FindOptions& options) {
    if (pattern.isEmpty()) {
        return QRegularExpression(QStringLiteral("("));  // invalid: nothing to search for
    }
    QString source = options.regex ? pattern : QRegularExpression::escape(pattern);
    if (options.wholeWord) {
        source = QStringLiteral("\\b(?:") + source + QStringLiteral(")\\b");
    }
    QRegularExpression::PatternOptions flags =
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::MultilineOption;
    if (!options.caseSensitive) {
        flags |= QRegularExpression::CaseInsensitiveOption;
    }
    return QRegularExpression(source, flags);
}

QString FindReplace::expand(const QString& replacement, const QRegularExpressionMatch& match,
                            bool regex) {
    if (!regex) {
        return replacement;
    }
    QString result;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        if (c != QLatin1Char('\\') || i + 1 == replacement.size()) {
            result += c;
            continue;
        }
        const QChar next = replacement[++i];
        if (next.isDigit()) {
            result += match.captured(next.digitValue());
        } else if (next == QLatin1Char('n')) {
            result += QLatin1Char('\n');
        } else if (next == QLatin1Char('t')) {
            result += QLatin1Char('\t');
        } else {
            result += next;
        }
    }
    return result;
}

bool FindReplace::findNext(const QString& pattern, const FindOptions& options) {
    const QRegularExpression re = expression(pattern, options);
    if (!re.isValid()) {
        return false;
    }
    const QString text = m_editor.text();
    const qsizetype from = selectionEndChars();
    QRegularExpressionMatch m = re.match(text, from);
    // An empty match where the caret is would be found again and again: step past it.
    if (m.hasMatch() && m.capturedLength() == 0 && m.capturedStart() == from &&
        selectionStartChars() == from) {
        m = re.match(text, from + 1);
    }
    if (!m.hasMatch() && options.wrap) {
        m = re.match(text, 0);
    }
    if (!m.hasMatch()) {
        return false;
    }
    selectChars(m.capturedStart(), m.capturedEnd());
    return true;
}

bool FindReplace::findPrevious(const QString& pattern, const FindOptions& options) {
    const QRegularExpression re = expression(pattern, options);
    if (!re.isValid()) {
        return false;
    }
    const QString text = m_editor.text();
    const qsizetype before = selectionStartChars();
    QRegularExpressionMatch previous;
    QRegularExpressionMatch last;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < before) {
            previous = m;
        }
        last = m;
    }
    const QRegularExpressionMatch& chosen = previous.hasMatch() || !options.wrap ? previous : last;
    if (!chosen.hasMatch()) {
        return false;
    }
    selectChars(chosen.capturedStart(), chosen.capturedEnd());
    return true;
}

bool FindReplace::replace(const QString& pattern, const QString& replacement,
                          const FindOptions& options) {
    const QRegularExpression re = expression(pattern, options);
    if (!re.isValid()) {
        return false;
    }
    const qsizetype start = selectionStartChars();
    const qsizetype end = selectionEndChars();
    const QRegularExpressionMatch m =
        re.match(m_editor.text(), start, QRegularExpression::NormalMatch,
                 QRegularExpression::AnchorAtOffsetMatchOption);
    const bool selectionMatches = m.hasMatch() && m.capturedEnd() == end && start != end;
    if (selectionMatches) {
        m_editor.replaceSelectedText(expand(replacement, m, options.regex));
    }
    findNext(pattern, options);
    return selectionMatches;
}

int FindReplace::replaceAll(const QString& pattern, const QString& replacement,
                            const FindOptions& options) {
    const QRegularExpression re = expression(pattern, options);
    if (!re.isValid()) {
        return 0;
    }
    const QString text = m_editor.text();
    QList<Replacement> replacements;
    qsizetype charPos = 0;
    qsizetype bytePos = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bytePos += utf8Size(QStringView(text).sliced(charPos, m.capturedStart() - charPos));
        const qsizetype startByte = bytePos;
        bytePos += utf8Size(m.capturedView());
        charPos = m.capturedEnd();
        replacements.append({startByte, bytePos, expand(replacement, m, options.regex).toUtf8()});
    }
    // From the end backwards, so the earlier byte positions stay valid.
    m_editor.beginUndoAction();
    for (auto r = replacements.rbegin(); r != replacements.rend(); ++r) {
        m_editor.SendScintilla(Base::SCI_SETTARGETRANGE, static_cast<unsigned long>(r->startByte),
                               static_cast<long>(r->endByte));
        m_editor.SendScintilla(Base::SCI_REPLACETARGET, static_cast<unsigned long>(r->text.size()),
                               r->text.constData());
    }
    m_editor.endUndoAction();
    return static_cast<int>(replacements.size());
}

int FindReplace::count(const QString& pattern, const FindOptions& options) const {
    const QRegularExpression re = expression(pattern, options);
    if (!re.isValid()) {
        return 0;
    }
    int matches = 0;
    for (auto it = re.globalMatch(m_editor.text()); it.hasNext(); it.next()) {
        ++matches;
    }
    return matches;
}

void FindReplace::selectChars(qsizetype from, qsizetype to) {
    const long start =
        m_editor.SendScintilla(Base::SCI_POSITIONRELATIVECODEUNITS, 0UL, static_cast<long>(from));
    const long end =
        m_editor.SendScintilla(Base::SCI_POSITIONRELATIVECODEUNITS,
                               static_cast<unsigned long>(start), static_cast<long>(to - from));
    m_editor.SendScintilla(Base::SCI_SETSEL, static_cast<unsigned long>(start), end);
}

qsizetype FindReplace::selectionStartChars() const {
    const long start = m_editor.SendScintilla(Base::SCI_GETSELECTIONSTART);
    return m_editor.SendScintilla(Base::SCI_COUNTCODEUNITS, 0UL, start);
}

qsizetype FindReplace::selectionEndChars() const {
    const long end = m_editor.SendScintilla(Base::SCI_GETSELECTIONEND);
    return m_editor.SendScintilla(Base::SCI_COUNTCODEUNITS, 0UL, end);
}

}  // namespace verdict::editor
