#include "verdict/editor/lexer_factory.h"

#include "verdict/editor/keyword_lexer.h"
#include "verdict/editor/language_syntax.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerd.h>
#include <Qsci/qscilexerfortran.h>
#include <Qsci/qscilexerlua.h>
#include <Qsci/qscilexerpascal.h>
#include <Qsci/qscilexerperl.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerruby.h>
#include <Qsci/qscilexertcl.h>

namespace verdict::editor {
namespace {

// QScintilla's C++ lexer with the keyword sets of one C-family language from our table:
// set 1 the keywords, set 2 the types and well-known names.
class CFamilyLexer : public QsciLexerCPP {
  public:
    CFamilyLexer(const LanguageSyntax& syntax, QObject* parent)
        : QsciLexerCPP(parent),
          m_name(syntax.id.toUtf8()),
          m_keywords(LanguageSyntax::joined(syntax.keywords)),
          m_types(LanguageSyntax::joined(syntax.types)) {
        setFoldCompact(false);
        setFoldComments(true);
    }

    const char* language() const override { return m_name.constData(); }
    const char* keywords(int set) const override {
        if (set == 1) {
            return m_keywords.constData();
        }
        if (set == 2) {
            return m_types.constData();
        }
        return QsciLexerCPP::keywords(set);
    }

  private:
    QByteArray m_name;
    QByteArray m_keywords;
    QByteArray m_types;
};

template <typename Lexer>
QsciLexer* make(QObject* parent) {
    return new Lexer(parent);
}

// The syntax table's lexer names that QScintilla lexers serve.
struct QscintillaLexer {
    const char* kind;
    QsciLexer* (*create)(QObject* parent);
};
constexpr QscintillaLexer kQscintillaLexers[] = {
    {"python", make<QsciLexerPython>},
    {"pascal", make<QsciLexerPascal>},
    {"fortran", make<QsciLexerFortran>},
    {"bash", make<QsciLexerBash>},
    {"perl", make<QsciLexerPerl>},
    {"ruby", make<QsciLexerRuby>},
    {"lua", make<QsciLexerLua>},
    {"tcl", make<QsciLexerTCL>},
    {"d", make<QsciLexerD>},
};

QsciLexer* qscintillaLexer(const QString& kind, QObject* parent) {
    for (const QscintillaLexer& entry : kQscintillaLexers) {
        if (kind == QLatin1String(entry.kind)) {
            return entry.create(parent);
        }
    }
    return nullptr;
}

}  // namespace

QsciLexer* createLexer(const QString& languageId, QObject* parent) {
    const LanguageSyntax* syntax = SyntaxCatalogue::builtin().find(languageId);
    if (syntax == nullptr) {
        return nullptr;
    }
    if (syntax->lexer == QLatin1String("keyword")) {
        return new KeywordLexer(*syntax, parent);
    }
    if (syntax->lexer == QLatin1String("cpp")) {
        return new CFamilyLexer(*syntax, parent);
    }
    return qscintillaLexer(syntax->lexer, parent);
}

}  // namespace verdict::editor
