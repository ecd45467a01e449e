#pragma once
// The file formats of the workspace folder. Each file names its own key, so a file that does
// not match its name (or whose text does not match its checksum) is refused, never misfiled.
//   buffers/<BufferKey::fileId()>.json  {"format":"verdict-buffer-1", server, problem,
//                                        language, "sha256": of the UTF-8 text, text}
//   tests/<ProblemKey::fileId()>.json   {"format":"verdict-tests-1", server, problem, tests}
#include <QByteArray>
#include <QString>
#include <optional>

#include "verdict/app/workspace/workspace_contents.h"

namespace verdict::app::workspace_files {

QByteArray encodeBuffer(const SavedBuffer& buffer);
// Empty on success, else why the file was refused (the buffer is then left unset).
QString decodeBuffer(const QByteArray& bytes, const QString& fileId, SavedBuffer* buffer);

QByteArray encodeTests(const SavedTests& tests);
QString decodeTests(const QByteArray& bytes, const QString& fileId, SavedTests* tests);

QString sha256Hex(const QByteArray& bytes);

}  // namespace verdict::app::workspace_files
