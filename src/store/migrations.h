// Versioned schema migrations of the SQLite back end, one function each,
// applied in order at open; PRAGMA user_version records the last applied.
#pragma once

#include "store/sqlite_db.h"

namespace leakwatch::store {

// The schema version this build writes.
int LatestSchemaVersion();

// Applies every migration after the file's user_version up to `target`
// (LatestSchemaVersion() if negative), each in its own transaction.
// kCorruption if the file is newer than this build knows.
Status Migrate(Db& db, const std::string& path, int target = -1);

}  // namespace leakwatch::store
