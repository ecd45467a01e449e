#pragma once
// The starting program a new buffer of a language opens with (editor/data/templates.json).

#include <QString>
#include <QStringList>

namespace verdict::editor {

// The template of a language, ending with a newline; empty when the language has none.
QString templateFor(const QString& languageId);
// The languages that have a template.
QStringList templateLanguages();

}  // namespace verdict::editor
