#include "verdict/editor/diagnostic_layer.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace verdict::editor {
namespace {

using Base = QsciScintillaBase;

long rgb(const QColor& color) {
    return color.red() | (color.green() << 8) | (color.blue() << 16);
}

bool isBlank(long character) {
    return character == ' ' || character == '\t';
}

bool worse(Severity a, Severity b) {
    return a == Severity::Error && b == Severity::Warning;
}

}  // namespace

DiagnosticLayer::DiagnosticLayer(QsciScintilla& editor) : m_editor(editor) {}

void DiagnosticLayer::show(const QList<Diagnostic>& diagnostics) {
    clear();
    m_diagnostics = diagnostics;
    defineStyles();
    QSet<int> lines;
    const int lineCount = m_editor.lines();
    for (const Diagnostic& diagnostic : m_diagnostics) {
        const int line = std::clamp(diagnostic.line, 1, std::max(lineCount, 1)) - 1;
        const bool error = diagnostic.severity == Severity::Error;
        m_editor.markerAdd(line, error ? kErrorMarker : kWarningMarker);
        underline(diagnostic);
        lines.insert(line);
    }
    for (int line : lines) {
        annotateLine(line);
    }
}

void DiagnosticLayer::clear() {
    m_diagnostics.clear();
    m_editor.markerDeleteAll(kErrorMarker);
    m_editor.markerDeleteAll(kWarningMarker);
    const auto length = m_editor.SendScintilla(Base::SCI_GETLENGTH);
    for (int indicator : {kErrorIndicator, kWarningIndicator}) {
        m_editor.SendScintilla(Base::SCI_SETINDICATORCURRENT, indicator);
        m_editor.SendScintilla(Base::SCI_INDICATORCLEARRANGE, 0, length);
    }
    m_editor.SendScintilla(Base::SCI_ANNOTATIONCLEARALL);
}

void DiagnosticLayer::applyTheme(const Theme& theme) {
    m_theme = theme;
    defineStyles();
}

int DiagnosticLayer::nextLine(int line) const {
    const int mask = (1 << kErrorMarker) | (1 << kWarningMarker);
    int found = m_editor.markerFindNext(line, mask);  // line is 1-based: the one after it
    if (found < 0) {
        found = m_editor.markerFindNext(0, mask);
    }
    return found < 0 ? 0 : found + 1;
}

void DiagnosticLayer::defineStyles() {
    m_editor.markerDefine(QsciScintilla::Circle, kErrorMarker);
    m_editor.markerDefine(QsciScintilla::RightTriangle, kWarningMarker);
    m_editor.setMarkerBackgroundColor(m_theme.error, kErrorMarker);
    m_editor.setMarkerForegroundColor(m_theme.error, kErrorMarker);
    m_editor.setMarkerBackgroundColor(m_theme.warning, kWarningMarker);
    m_editor.setMarkerForegroundColor(m_theme.warning, kWarningMarker);

    m_editor.indicatorDefine(QsciScintilla::SquiggleIndicator, kErrorIndicator);
    m_editor.indicatorDefine(QsciScintilla::SquiggleIndicator, kWarningIndicator);
    m_editor.setIndicatorForegroundColor(m_theme.error, kErrorIndicator);
    m_editor.setIndicatorForegroundColor(m_theme.warning, kWarningIndicator);

    // Annotations get two extended styles of their own (past the lexer's 256).
    if (m_annotationStyleBase < 0) {
        m_annotationStyleBase =
            static_cast<int>(m_editor.SendScintilla(Base::SCI_ALLOCATEEXTENDEDSTYLES, 2));
    }
    m_editor.SendScintilla(Base::SCI_ANNOTATIONSETSTYLEOFFSET, m_annotationStyleBase);
    const QFont font = m_editor.lexer() ? m_editor.lexer()->defaultFont() : m_editor.font();
    const QByteArray family = font.family().toUtf8();
    const struct {
        QColor text, paper;
    } looks[] = {{m_theme.error, m_theme.errorAnnotationPaper},
                 {m_theme.warning, m_theme.warningAnnotationPaper}};
    for (unsigned long i = 0; i < 2; ++i) {
        const unsigned long style = static_cast<unsigned long>(m_annotationStyleBase) + i;
        m_editor.SendScintilla(Base::SCI_STYLESETFORE, style, rgb(looks[i].text));
        m_editor.SendScintilla(Base::SCI_STYLESETBACK, style, rgb(looks[i].paper));
        m_editor.SendScintilla(Base::SCI_STYLESETFONT, style, family.constData());
        m_editor.SendScintilla(Base::SCI_STYLESETSIZE, style, std::max(font.pointSize() - 1, 6));
        m_editor.SendScintilla(Base::SCI_STYLESETITALIC, style, 1L);
    }
    m_editor.setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
}

// The squiggle covers the word at the column, one character when there is no word, and the
// line's text when the column is unknown.
void DiagnosticLayer::underline(const Diagnostic& diagnostic) {
    const int line = std::clamp(diagnostic.line, 1, std::max(m_editor.lines(), 1)) - 1;
    const long lineStart = m_editor.SendScintilla(Base::SCI_POSITIONFROMLINE, line);
    const long lineEnd = m_editor.SendScintilla(Base::SCI_GETLINEENDPOSITION, line);
    long start = lineStart;
    long end = lineEnd;
    if (diagnostic.column > 0) {
        start =
            std::min<long>(m_editor.positionFromLineIndex(line, diagnostic.column - 1), lineEnd);
        end = m_editor.SendScintilla(Base::SCI_WORDENDPOSITION, static_cast<unsigned long>(start),
                                     1L);
        if (end <= start) {
            end =
                m_editor.SendScintilla(Base::SCI_POSITIONAFTER, static_cast<unsigned long>(start));
        }
        if (start == lineEnd && start > lineStart) {
            // Past the end of the line (javac's "';' expected"): the last character.
            start =
                m_editor.SendScintilla(Base::SCI_POSITIONBEFORE, static_cast<unsigned long>(start));
            end = lineEnd;
        }
    } else {
        while (start < lineEnd && isBlank(m_editor.SendScintilla(
                                      Base::SCI_GETCHARAT, static_cast<unsigned long>(start)))) {
            ++start;
        }
    }
    const bool error = diagnostic.severity == Severity::Error;
    m_editor.SendScintilla(Base::SCI_SETINDICATORCURRENT,
                           error ? kErrorIndicator : kWarningIndicator);
    m_editor.SendScintilla(Base::SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start),
                           std::max(end - start, 1L));
}

QString DiagnosticLayer::messagesOnLine(int line) const {
    QStringList messages;
    for (const Diagnostic& diagnostic : m_diagnostics) {
        if (std::clamp(diagnostic.line, 1, std::max(m_editor.lines(), 1)) != line) {
            continue;
        }
        const bool error = diagnostic.severity == Severity::Error;
        // The compiler's message stays as it is; only the severity word is ours to translate.
        messages.append(error ? QCoreApplication::translate("DiagnosticLayer", "error: %1")
                                    .arg(diagnostic.message)
                              : QCoreApplication::translate("DiagnosticLayer", "warning: %1")
                                    .arg(diagnostic.message));
    }
    return messages.join(QLatin1Char('\n'));
}

// One annotation per line: every message on it, in the colour of the worst.
void DiagnosticLayer::annotateLine(int line) {
    Severity worst = Severity::Warning;
    for (const Diagnostic& diagnostic : m_diagnostics) {
        if (std::clamp(diagnostic.line, 1, std::max(m_editor.lines(), 1)) - 1 == line &&
            worse(diagnostic.severity, worst)) {
            worst = diagnostic.severity;
        }
    }
    const QByteArray text = messagesOnLine(line + 1).toUtf8();
    m_editor.SendScintilla(Base::SCI_ANNOTATIONSETTEXT, static_cast<unsigned long>(line),
                           text.constData());
    m_editor.SendScintilla(Base::SCI_ANNOTATIONSETSTYLE, static_cast<unsigned long>(line),
                           worst == Severity::Error ? 0L : 1L);
}

}  // namespace verdict::editor
