#include "verdict/editor/code_editor.h"

#include "verdict/editor/language_syntax.h"
#include "verdict/editor/lexer_factory.h"
#include "verdict/editor/theme_applier.h"

#include <Qsci/qscilexer.h>

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QToolTip>

namespace verdict::editor {
namespace {

using Base = QsciScintillaBase;

constexpr int kNumberMargin = 0;
constexpr int kSymbolMargin = 1;
constexpr int kFoldMargin = 2;

int digits(int value) {
    int count = 1;
    while (value >= 10) {
        value /= 10;
        ++count;
    }
    return count;
}

QFont defaultFont() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(11);
    return font;
}

}  // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QsciScintilla(parent), m_font(defaultFont()), m_diagnostics(*this) {
    setUtf8(true);  // before any text: QScintilla defaults to Latin-1
    setEolMode(EolUnix);
    configureView();
    configureSelections();
    setLanguage(QString());
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberWidth);
    // Hovering a line with diagnostics shows its messages (annotations may be hidden later).
    SendScintilla(SCI_SETMOUSEDWELLTIME, 500L);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &CodeEditor::showDiagnosticTip);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
}

void CodeEditor::showDiagnosticTip(int position, int x, int y) {
    if (position < 0) {
        return;
    }
    const auto line = SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position));
    const QString messages = m_diagnostics.messagesOnLine(static_cast<int>(line) + 1);
    if (!messages.isEmpty()) {
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), messages, viewport());
    }
}

void CodeEditor::configureView() {
    setMarginType(kNumberMargin, NumberMargin);
    setMarginLineNumbers(kNumberMargin, true);
    setMarginType(kSymbolMargin, SymbolMargin);
    setMarginWidth(kSymbolMargin, 14);
    setMarginMarkerMask(kSymbolMargin, (1 << DiagnosticLayer::kErrorMarker) |
                                           (1 << DiagnosticLayer::kWarningMarker));
    setFolding(BoxedTreeFoldStyle, kFoldMargin);
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setBackspaceUnindents(true);
    setTabIndents(true);
    setIndentationGuides(true);
    setCaretLineVisible(true);
    SendScintilla(SCI_SETCARETLINEVISIBLEALWAYS, 1L);  // also while another panel has focus
    setCaretWidth(2);
    setAnnotationDisplay(AnnotationBoxed);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);
    SendScintilla(SCI_SETSCROLLWIDTH, 1L);
}

// Several carets: Ctrl+click adds one, Alt+drag makes a rectangle, typing goes to all.
void CodeEditor::configureSelections() {
    SendScintilla(SCI_SETMULTIPLESELECTION, 1L);
    SendScintilla(SCI_SETADDITIONALSELECTIONTYPING, 1L);
    SendScintilla(SCI_SETMULTIPASTE, static_cast<long>(SC_MULTIPASTE_EACH));
    SendScintilla(SCI_SETVIRTUALSPACEOPTIONS, static_cast<long>(SCVS_RECTANGULARSELECTION));
    SendScintilla(SCI_SETADDITIONALCARETSBLINK, 1L);
}

void CodeEditor::setLanguage(const QString& languageId) {
    m_language = languageId;
    QsciLexer* old = lexer();
    QsciLexer* next = createLexer(languageId, this);
    setLexer(next);
    delete old;
    const LanguageSyntax* syntax = SyntaxCatalogue::builtin().find(languageId);
    setIndentationsUseTabs(syntax != nullptr && syntax->useTabs);
    const int width = syntax != nullptr ? syntax->indentWidth : 4;
    setIndentationWidth(width);
    setTabWidth(syntax != nullptr && syntax->useTabs ? 4 : width);
    applyLexerFont();
    refreshTheme();
}

void CodeEditor::setEditorFont(const QFont& font) {
    m_font = font;
    applyLexerFont();
    refreshTheme();
}

// QScintilla's lexers mix proportional fonts into some styles: one fixed font for all.
void CodeEditor::applyLexerFont() {
    if (QsciLexer* current = lexer()) {
        current->setDefaultFont(m_font);
        current->setFont(m_font, -1);
    } else {
        setFont(m_font);
    }
    setMarginsFont(m_font);
    m_lineNumberDigits = 0;
    updateLineNumberWidth();
}

void CodeEditor::setThemeMode(ThemeMode mode) {
    m_themeMode = mode;
    refreshTheme();
}

void CodeEditor::refreshTheme() {
    m_theme = Theme::resolve(m_themeMode, QApplication::palette(this));
    applyTheme(*this, m_theme);
    m_diagnostics.applyTheme(m_theme);
    emit themeChanged();
}

void CodeEditor::changeEvent(QEvent* event) {
    QsciScintilla::changeEvent(event);
    const bool paletteChanged = event->type() == QEvent::PaletteChange ||
                                event->type() == QEvent::ApplicationPaletteChange ||
                                event->type() == QEvent::ThemeChange;
    if (paletteChanged && m_themeMode == ThemeMode::System) {
        const bool wasDark = m_theme.isDark;
        if (Theme::forPalette(QApplication::palette(this)).isDark != wasDark) {
            refreshTheme();
        }
    }
}

void CodeEditor::setDiagnostics(const QList<Diagnostic>& diagnostics) {
    m_diagnostics.show(diagnostics);
}

void CodeEditor::clearDiagnostics() {
    m_diagnostics.clear();
}

int CodeEditor::zoomLevel() const {
    return static_cast<int>(SendScintilla(SCI_GETZOOM));
}

void CodeEditor::goToLine(int line) {
    const int target = std::clamp(line, 1, std::max(lines(), 1)) - 1;
    setCursorPosition(target, 0);
    ensureLineVisible(target);
    SendScintilla(SCI_VERTICALCENTRECARET);
    setFocus();
}

void CodeEditor::goToNextDiagnostic() {
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    if (const int next = m_diagnostics.nextLine(line + 1); next > 0) {
        goToLine(next);
    }
}

void CodeEditor::resetZoom() {
    zoomTo(0);
}

void CodeEditor::selectNextOccurrence() {
    SendScintilla(SCI_TARGETWHOLEDOCUMENT);
    SendScintilla(SCI_SETSEARCHFLAGS, static_cast<long>(SCFIND_MATCHCASE));
    SendScintilla(SCI_MULTIPLESELECTADDNEXT);
}

void CodeEditor::updateLineNumberWidth() {
    const int needed = std::max(digits(lines()), 3);
    if (needed == m_lineNumberDigits) {
        return;
    }
    m_lineNumberDigits = needed;
    setMarginWidth(kNumberMargin, QString(needed + 1, QLatin1Char('9')));
}

}  // namespace verdict::editor
