#include "verdict/editor/keyword_lexer.h"

#include "indent_folding.h"

#include <Qsci/qsciscintilla.h>

namespace verdict::editor {
namespace {

using Base = QsciScintillaBase;

long send(QsciScintilla* editor, unsigned int message, long wParam = 0, long lParam = 0) {
    return editor->SendScintilla(message, static_cast<unsigned long>(wParam), lParam);
}

}  // namespace

KeywordLexer::KeywordLexer(const LanguageSyntax& syntax, QObject* parent)
    : QsciLexerCustom(parent),
      m_syntax(syntax),
      m_scanner(m_syntax),
      m_languageName(syntax.id.toUtf8()),
      m_wordCharacters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_" +
                       syntax.identifierChars) {}

const char* KeywordLexer::language() const {
    return m_languageName.constData();
}

QString KeywordLexer::description(int style) const {
    // In TokenStyle order; the theme picks colours by these names.
    static const char* const kNames[kTokenStyleCount] = {"Default", "Comment",  "Keyword",
                                                         "Type",    "Constant", "Number",
                                                         "String",  "Operator", "Annotation"};
    if (style < 0 || style >= kTokenStyleCount) {
        return {};
    }
    return QString::fromLatin1(kNames[style]);
}

const char* KeywordLexer::wordCharacters() const {
    return m_wordCharacters.constData();
}

int KeywordLexer::braceStyle() const {
    return static_cast<int>(TokenStyle::Operator);
}

const char* KeywordLexer::blockStart(int* style) const {
    if (style != nullptr) {
        *style = static_cast<int>(TokenStyle::Operator);
    }
    return m_syntax.foldBraces ? "{" : nullptr;
}

const char* KeywordLexer::blockEnd(int* style) const {
    if (style != nullptr) {
        *style = static_cast<int>(TokenStyle::Operator);
    }
    return m_syntax.foldBraces ? "}" : nullptr;
}

// Scintilla asks for a range; we restyle whole lines from the state the previous line left.
void KeywordLexer::styleText(int start, int end) {
    QsciScintilla* sci = editor();
    if (sci == nullptr || end <= start) {
        return;
    }
    const int firstLine = static_cast<int>(send(sci, Base::SCI_LINEFROMPOSITION, start));
    const int lastLine = static_cast<int>(send(sci, Base::SCI_LINEFROMPOSITION, end - 1));
    ScanState state;
    if (firstLine > 0) {
        state =
            ScanState::decode(static_cast<int>(send(sci, Base::SCI_GETLINESTATE, firstLine - 1)));
    }
    startStyling(static_cast<int>(send(sci, Base::SCI_POSITIONFROMLINE, firstLine)));
    for (int line = firstLine; line <= lastLine; ++line) {
        styleLine(line, state);
    }
    if (!m_syntax.foldBraces) {
        foldByIndentation(*sci, firstLine, lastLine);
    }
}

void KeywordLexer::styleLine(int line, ScanState& state) {
    QsciScintilla* sci = editor();
    const long begin = send(sci, Base::SCI_POSITIONFROMLINE, line);
    const long end = send(sci, Base::SCI_POSITIONFROMLINE, line + 1);
    const long length = (end > begin ? end : send(sci, Base::SCI_GETLENGTH)) - begin;
    const auto* text =
        reinterpret_cast<const char*>(send(sci, Base::SCI_GETRANGEPOINTER, begin, length));
    const QByteArrayView bytes(text, length);

    const int depthBefore = state.braceDepth;
    QList<StyleRun> runs;
    state = m_scanner.scanLine(bytes, state, runs);
    for (const StyleRun& run : runs) {
        setStyling(run.length, static_cast<int>(run.style));
    }
    if (m_syntax.foldBraces) {
        int level = QsciScintillaBase::SC_FOLDLEVELBASE + depthBefore;
        if (state.braceDepth > depthBefore) {
            level |= QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        }
        send(sci, Base::SCI_SETFOLDLEVEL, line, level);
    }
    send(sci, Base::SCI_SETLINESTATE, line, state.encode());
}

}  // namespace verdict::editor
