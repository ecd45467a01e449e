#pragma once
// Access to the data files compiled into the library (editor/data/editor.qrc).

#include <QByteArray>
#include <QString>

namespace verdict::editor {

// The content of a bundled data file, e.g. "syntax.json"; empty when missing.
QByteArray bundledData(const QString& name);

}  // namespace verdict::editor
