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

QsciLexer* qscintillaLexer(const QString& kind, QObject* parent) {
    if (kind == QLatin1String("python")) {
        auto* lexer = new QsciLexerPython(parent);
        lexer->setFoldCompact(false);
        return lexer;
    }
    if (kind == QLatin1String("pascal")) {
        return new QsciLexerPascal(parent);
    }
    if (kind == QLatin1String("fortran")) {
        return new QsciLexerFortran(parent);
    }
    if (kind == QLatin1String("bash")) {
        return new QsciLexerBash(parent);
    }
    if (kind == QLatin1String("perl")) {
        return new QsciLexerPerl(parent);
    }
    if (kind == QLatin1String("ruby")) {
        return new QsciLexerRuby(parent);
    }
    if (kind == QLatin1String("lua")) {
        return new QsciLexerLua(parent);
    }
    if (kind == QLatin1String("tcl")) {
        return new QsciLexerTCL(parent);
    }
    if (kind == QLatin1String("d")) {
        return new QsciLexerD(parent);
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
