#include "verdict/editor/language_syntax.h"

#include "resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace verdict::editor {
namespace {

QSet<QByteArray> wordSet(const QJsonValue& value, bool lowerCase) {
    QSet<QByteArray> words;
    const QByteArray text = value.toString().toUtf8();
    for (const QByteArray& word : text.split(' ')) {
        if (!word.isEmpty()) {
            words.insert(lowerCase ? word.toLower() : word);
        }
    }
    return words;
}

QList<QByteArray> byteList(const QJsonValue& value) {
    QList<QByteArray> list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString().toUtf8());
    }
    return list;
}

char firstChar(const QJsonValue& value) {
    const QByteArray text = value.toString().toUtf8();
    return text.isEmpty() ? char{0} : text.front();
}

QList<StringForm> stringForms(const QJsonValue& value) {
    QList<StringForm> forms;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject form = item.toObject();
        forms.append({form["open"].toString().toUtf8(), form["close"].toString().toUtf8(),
                      firstChar(form["escape"]), form["multiline"].toBool()});
    }
    return forms;
}

QList<BlockCommentForm> blockCommentForms(const QJsonValue& value) {
    QList<BlockCommentForm> forms;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        forms.append({pair[0].toString().toUtf8(), pair[1].toString().toUtf8()});
    }
    return forms;
}

LanguageSyntax languageFromJson(const QJsonObject& object) {
    LanguageSyntax syntax;
    syntax.id = object["id"].toString();
    syntax.lexer = object["lexer"].toString();
    syntax.indentWidth = object["indentWidth"].toInt(4);
    syntax.useTabs = object["useTabs"].toBool();
    syntax.caseInsensitive = object["caseInsensitive"].toBool();
    syntax.keywords = wordSet(object["keywords"], syntax.caseInsensitive);
    syntax.types = wordSet(object["types"], syntax.caseInsensitive);
    syntax.constants = wordSet(object["constants"], syntax.caseInsensitive);
    syntax.lineComments = byteList(object["lineComments"]);
    syntax.blockComments = blockCommentForms(object["blockComments"]);
    syntax.nestedComments = object["nestedComments"].toBool();
    syntax.strings = stringForms(object["strings"]);
    syntax.charLiterals = object["charLiterals"].toBool();
    syntax.foldBraces = object["fold"].toString() == QLatin1String("braces");
    syntax.identifierChars = object["identifierChars"].toString().toUtf8();
    syntax.identifierStart = object["identifierStart"].toString().toUtf8();
    syntax.annotationPrefix = firstChar(object["annotationPrefix"]);
    return syntax;
}

}  // namespace

QByteArray LanguageSyntax::joined(const QSet<QByteArray>& words) {
    QList<QByteArray> sorted(words.begin(), words.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted.join(' ');
}

const SyntaxCatalogue& SyntaxCatalogue::builtin() {
    static const SyntaxCatalogue catalogue = fromJson(bundledData(QStringLiteral("syntax.json")));
    return catalogue;
}

SyntaxCatalogue SyntaxCatalogue::fromJson(const QByteArray& json) {
    SyntaxCatalogue catalogue;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    for (const QJsonValue& language : document.object()["languages"].toArray()) {
        catalogue.m_languages.append(languageFromJson(language.toObject()));
    }
    return catalogue;
}

const LanguageSyntax* SyntaxCatalogue::find(const QString& languageId) const {
    for (const LanguageSyntax& syntax : m_languages) {
        if (syntax.id == languageId) {
            return &syntax;
        }
    }
    return nullptr;
}

QStringList SyntaxCatalogue::ids() const {
    QStringList ids;
    for (const LanguageSyntax& syntax : m_languages) {
        ids.append(syntax.id);
    }
    return ids;
}

}  // namespace verdict::editor
