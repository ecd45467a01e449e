#pragma once
// The local server's admin password: made once at random and kept in the data dir (mode 0600).
#include <QString>

namespace verdict::app {

// Reads `directory`/admin-password, or creates it with 24 random characters. Empty with `error`
// set when the file can be neither read nor written.
QString loadOrCreateAdminPassword(const QString& directory, QString& error);

}  // namespace verdict::app
