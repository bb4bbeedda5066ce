// Registers text::ForEachToken with SQLite FTS5 as the tokenizer "leakwatch"
// (the version-1 fts5_api, found with SELECT fts5(?1) and sqlite3_bind_pointer).
#pragma once

#include <sqlite3.h>

#include "util/status.h"

namespace leakwatch::store {

inline constexpr const char* kFtsTokenizerName = "leakwatch";

// The FTS5 API of `db` (version-1 API, found with SELECT fts5(?1) and
// sqlite3_bind_pointer). kInternal if FTS5 is missing from this SQLite.
Result<fts5_api*> FindFts5Api(sqlite3* db);

// Registers the tokenizer on `db`. Must be called on every connection before
// it touches the FTS table. kInternal if FTS5 is missing from this SQLite.
Status RegisterFtsTokenizer(sqlite3* db);

}  // namespace leakwatch::store
