#pragma once
// Chooses the lexer of a language: QScintilla's own where one exists, else our KeywordLexer.

#include <QObject>
#include <QString>

class QsciLexer;

namespace verdict::editor {

// A new lexer for a catalogue language id (owned by parent); nullptr for an unknown id.
QsciLexer* createLexer(const QString& languageId, QObject* parent);

}  // namespace verdict::editor
