// Every language of the judge's catalogue has a lexer, a syntax row and a template.

#include "verdict/editor/keyword_lexer.h"
#include "verdict/editor/language_syntax.h"
#include "verdict/editor/lexer_factory.h"
#include "verdict/editor/templates.h"

#include <Qsci/qscilexer.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using namespace verdict::editor;

namespace {

QStringList catalogueIds() {
    QFile file(QStringLiteral(VERDICT_LANGUAGES_JSON));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList ids;
    for (const QJsonValue& language :
         QJsonDocument::fromJson(file.readAll()).object()["languages"].toArray()) {
        ids.append(language.toObject()["id"].toString());
    }
    return ids;
}

// Languages QScintilla has no lexer for: ours must style them.
const QStringList kOwnLexer = {
    QStringLiteral("go"),     QStringLiteral("rust"),    QStringLiteral("kotlin"),
    QStringLiteral("scala"),  QStringLiteral("haskell"), QStringLiteral("ocaml"),
    QStringLiteral("ada"),    QStringLiteral("cobol"),   QStringLiteral("lisp"),
    QStringLiteral("prolog"), QStringLiteral("racket"),  QStringLiteral("r"),
    QStringLiteral("elixir"), QStringLiteral("erlang"),  QStringLiteral("crystal"),
    QStringLiteral("nim"),    QStringLiteral("awk"),     QStringLiteral("php")};

}  // namespace

class CatalogueTest : public QObject {
    Q_OBJECT
  private slots:
    void catalogueIsReadable() { QCOMPARE(catalogueIds().size(), 33); }

    void everyLanguage_data() {
        QTest::addColumn<QString>("id");
        for (const QString& id : catalogueIds()) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }

    void everyLanguage() {
        QFETCH(QString, id);
        QObject owner;
        QsciLexer* lexer = createLexer(id, &owner);
        QVERIFY2(lexer != nullptr, "no lexer");
        QVERIFY(!lexer->description(0).isEmpty());
        QCOMPARE(qobject_cast<KeywordLexer*>(lexer) != nullptr, kOwnLexer.contains(id));

        const LanguageSyntax* syntax = SyntaxCatalogue::builtin().find(id);
        QVERIFY2(syntax != nullptr, "no syntax row");
        QVERIFY(syntax->indentWidth > 0);
        if (syntax->lexer == QLatin1String("keyword") || syntax->lexer == QLatin1String("cpp")) {
            QVERIFY2(!syntax->keywords.isEmpty(), "no keywords");
        }
        QVERIFY2(!templateFor(id).trimmed().isEmpty(), "no template");
        QVERIFY(templateFor(id).endsWith(QLatin1Char('\n')));
    }

    void cFamilyKeywordSetsComeFromTheTable() {
        QObject owner;
        QsciLexer* c = createLexer(QStringLiteral("c"), &owner);
        QsciLexer* java = createLexer(QStringLiteral("java"), &owner);
        QVERIFY(QByteArray(c->keywords(1)).split(' ').contains("restrict"));
        QVERIFY(!QByteArray(c->keywords(1)).split(' ').contains("class"));
        QVERIFY(QByteArray(java->keywords(1)).split(' ').contains("synchronized"));
        QVERIFY(QByteArray(java->keywords(2)).split(' ').contains("String"));
    }

    void unknownLanguageHasNoLexer() {
        QObject owner;
        QVERIFY(createLexer(QStringLiteral("brainfuck"), &owner) == nullptr);
        QVERIFY(templateFor(QStringLiteral("brainfuck")).isEmpty());
    }

    void syntaxTableAndTemplatesCoverTheSameLanguages() {
        QStringList syntaxIds = SyntaxCatalogue::builtin().ids();
        QStringList templateIds = templateLanguages();
        syntaxIds.sort();
        templateIds.sort();
        QCOMPARE(syntaxIds, templateIds);
    }

    void malformedTableIsEmpty() {
        QVERIFY(SyntaxCatalogue::fromJson("{not json").ids().isEmpty());
    }
};

QTEST_MAIN(CatalogueTest)
#include "catalogue_test.moc"
