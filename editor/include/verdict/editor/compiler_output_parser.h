#pragma once
// Turns the compiler output the judge returns as text into Diagnostics.

#include "verdict/editor/diagnostic.h"

namespace verdict::editor {

// Recognises gcc/clang/go/kotlinc ("file:line:col: error: msg"), javac ("file:line: error: msg"
// with its caret line), Python tracebacks and SyntaxErrors, rustc ("error[E..]: msg" then
// "--> file:line:col"), ghc (message on the next lines), fpc/mcs ("file(line,col) Error: msg") and
// OCaml ("File "x", line 3, characters 4-5:"). Notes are dropped. With mainFile set, only messages
// about a file of that name are kept.
QList<Diagnostic> parseCompilerOutput(const QString& output, const QString& mainFile = {});

}  // namespace verdict::editor
