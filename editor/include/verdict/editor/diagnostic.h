#pragma once
// One compiler message placed on the source: where, how bad, what.

#include <QList>
#include <QString>

namespace verdict::editor {

enum class Severity { Error, Warning };

struct Diagnostic {
    int line = 0;    // 1-based
    int column = 0;  // 1-based character in the line; 0 = the whole line
    Severity severity = Severity::Error;
    QString message;
    QString file;         // as the compiler named it; may be empty
    int outputLine = -1;  // 0-based line of the compiler output that names it; -1 = not known

    bool operator==(const Diagnostic&) const = default;
};

}  // namespace verdict::editor
