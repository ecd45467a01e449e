#pragma once
// Crash-safe file writes: QSaveFile writes a temporary file in the same folder, syncs it to disk
// and renames it over the old one, so a kill at any moment leaves the old or the new file whole.
#include <QByteArray>
#include <QString>

namespace verdict::app::atomic_file {

// Writes path atomically (owner read/write only). On failure returns false and sets *error.
bool write(const QString& path, const QByteArray& data, QString* error);

// Makes the renames in a folder durable across a power cut (fsync of the folder).
void syncFolder(const QString& path);

// True for the temporary file a QSaveFile leaves behind when killed mid-write ("<name>.XXXXXX").
bool isLeftoverTemporary(const QString& fileName);

}  // namespace verdict::app::atomic_file
