#include "verdict/editor/theme.h"

namespace verdict::editor {
namespace {

bool mentions(const QString& text, std::initializer_list<const char*> words) {
    for (const char* word : words) {
        if (text.contains(QLatin1String(word))) {
            return true;
        }
    }
    return false;
}

}  // namespace

// Lexer styles are known by their descriptions; the order of the checks matters ("Unclosed
// string" is an error, "Comment keyword" a comment, "Keyword" a keyword).
StyleRole roleForStyleDescription(const QString& description) {
    const QString text = description.toLower();
    if (mentions(text, {"inactive"})) {
        return StyleRole::Inactive;
    }
    if (mentions(text, {"error", "unclosed", "bad ", "unterminated"})) {
        return StyleRole::Error;
    }
    if (mentions(text, {"comment", "pod", "javadoc", "doc "})) {
        return StyleRole::Comment;
    }
    if (mentions(text, {"string", "character", "regular expression", "regex", "here document",
                        "heredoc", "verbatim", "backtick", "quoted", "uuid"})) {
        return StyleRole::String;
    }
    if (mentions(text, {"number", "literal", "numeric"})) {
        return StyleRole::Number;
    }
    if (mentions(text, {"pre-processor", "preprocessor", "decorator", "annotation", "directive",
                        "pragma", "macro", "label"})) {
        return StyleRole::Preprocessor;
    }
    if (mentions(text, {"secondary", "class", "type", "global", "modifier"})) {
        return StyleRole::Type;
    }
    if (mentions(text, {"function", "method", "intrinsic", "procedure"})) {
        return StyleRole::Function;
    }
    if (mentions(text, {"keyword", "word", "reserved", "command"})) {
        return StyleRole::Keyword;
    }
    if (mentions(text, {"constant", "variable", "scalar", "array", "hash", "symbol", "substitution",
                        "parameter", "expansion", "instance"})) {
        return StyleRole::Constant;
    }
    if (mentions(text, {"operator", "bracket", "brace", "delimiter", "punctuation"})) {
        return StyleRole::Operator;
    }
    return StyleRole::Text;
}

Theme Theme::light() {
    Theme t;
    t.name = QStringLiteral("light");
    t.isDark = false;
    t.paper = QColor(0xffffff);
    t.text = QColor(0x24292f);
    t.marginPaper = QColor(0xf3f4f6);
    t.marginText = QColor(0x8c959f);
    t.foldMargin = QColor(0xf3f4f6);
    t.foldMarker = QColor(0x8c959f);
    t.caret = QColor(0x24292f);
    t.currentLine = QColor(0xf1f5fb);
    t.selection = QColor(0xb6d6fd);
    t.additionalSelection = QColor(0xd3e5fb);
    t.braceMatch = QColor(0x0550ae);
    t.braceMatchPaper = QColor(0xcfe6ff);
    t.braceBad = QColor(0xcf222e);
    t.indentGuide = QColor(0xd8dee4);
    t.comment = QColor(0x6e7781);
    t.keyword = QColor(0xcf222e);
    t.type = QColor(0x8250df);
    t.function = QColor(0x6639ba);
    t.constant = QColor(0x0550ae);
    t.number = QColor(0x0550ae);
    t.string = QColor(0x0a3069);
    t.op = QColor(0x24292f);
    t.preprocessor = QColor(0x953800);
    t.error = QColor(0xd1242f);
    t.warning = QColor(0xbf8700);
    t.errorAnnotationPaper = QColor(0xffebe9);
    t.warningAnnotationPaper = QColor(0xfff8c5);
    t.callTipPaper = QColor(0xf6f8fa);
    t.callTipText = QColor(0x24292f);
    return t;
}

Theme Theme::dark() {
    Theme t;
    t.name = QStringLiteral("dark");
    t.isDark = true;
    t.paper = QColor(0x1e1f22);
    t.text = QColor(0xd4d7dd);
    t.marginPaper = QColor(0x25272b);
    t.marginText = QColor(0x6e7681);
    t.foldMargin = QColor(0x25272b);
    t.foldMarker = QColor(0x6e7681);
    t.caret = QColor(0xe6edf3);
    t.currentLine = QColor(0x2a2d32);
    t.selection = QColor(0x264f78);
    t.additionalSelection = QColor(0x1f3a57);
    t.braceMatch = QColor(0xffd866);
    t.braceMatchPaper = QColor(0x3a3d44);
    t.braceBad = QColor(0xf85149);
    t.indentGuide = QColor(0x373b41);
    t.comment = QColor(0x7f848e);
    t.keyword = QColor(0xc678dd);
    t.type = QColor(0xe5c07b);
    t.function = QColor(0x61afef);
    t.constant = QColor(0xd19a66);
    t.number = QColor(0xd19a66);
    t.string = QColor(0x98c379);
    t.op = QColor(0xabb2bf);
    t.preprocessor = QColor(0x56b6c2);
    t.error = QColor(0xf85149);
    t.warning = QColor(0xd29922);
    t.errorAnnotationPaper = QColor(0x3d2226);
    t.warningAnnotationPaper = QColor(0x3a3220);
    t.callTipPaper = QColor(0x2b2d31);
    t.callTipText = QColor(0xd4d7dd);
    return t;
}

Theme Theme::forPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

Theme Theme::resolve(ThemeMode mode, const QPalette& palette) {
    switch (mode) {
        case ThemeMode::Light:
            return light();
        case ThemeMode::Dark:
            return dark();
        case ThemeMode::System:
            break;
    }
    return forPalette(palette);
}

QColor Theme::colorFor(StyleRole role) const {
    switch (role) {
        case StyleRole::Text:
            return text;
        case StyleRole::Comment:
        case StyleRole::Inactive:
            return comment;
        case StyleRole::Keyword:
            return keyword;
        case StyleRole::Type:
            return type;
        case StyleRole::Function:
            return function;
        case StyleRole::Constant:
            return constant;
        case StyleRole::Number:
            return number;
        case StyleRole::String:
            return string;
        case StyleRole::Operator:
            return op;
        case StyleRole::Preprocessor:
            return preprocessor;
        case StyleRole::Error:
            return error;
    }
    return text;
}

}  // namespace verdict::editor
