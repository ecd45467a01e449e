#pragma once
// The database schema as a list of migrations, applied in order at open. The schema_version
// table records how many have run; a later version of Verdict appends a migration, never edits
// one that has shipped.
#include "connection.h"

namespace verdict::store {

// Brings the database up to the newest schema in one transaction per migration. Throws
// StoreError, also when the file comes from a newer Verdict (a version we do not know).
void migrate(Connection& connection);

int schemaVersion();  // the newest version this build knows

}  // namespace verdict::store
