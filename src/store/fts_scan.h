// Every match of a full-text query with its lw_bm25 rank, in one call into
// FTS5 rather than one SQL row per match.
//
// `SELECT rowid, rank FROM t WHERE t MATCH ?` costs a virtual-machine step,
// a rank-function call (position lists decoded into an instance array) and
// value copies per matching row, and lw_bm25 walks every phrase once more for
// its idf. The scan registers an FTS5 auxiliary function, lw_scan, that the
// statement calls once (LIMIT 1): it walks each phrase with xQueryPhrase,
// taking the rowid and the column-weighted count of the phrase's positions
// per row, intersects the phrases (the query is their AND) and scores the
// rows with the same arithmetic as lw_bm25 (fts_rank.h): the same rows and
// the same doubles as the SELECT above, for a fraction of its instructions
// (docs/decisions.md). Private to the SQLite back end.
#pragma once

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "store/sqlite_db.h"
#include "util/status.h"

namespace leakwatch::store {

// One row a query matches and its rank (minus the lw_bm25 score; lower is
// better; 0 when the scan was not ranked).
struct FtsMatch {
  std::int64_t rowid = 0;
  double rank = 0;
};

// Registers lw_scan on `db`. Must be called on every connection that scans.
// kInternal if FTS5 is missing from this SQLite.
Status RegisterFtsScan(sqlite3* db);

// Replaces *out with the rows of the FTS5 table `table` (columns title, body)
// that `match` matches, in rowid order, ranked when `ranked` as the table's
// rank `lw_bm25(title_weight, body_weight)` would rank them.
// REQUIRES: `match` is one phrase or an AND of phrases (what BuildFtsQuery
// makes; a phrase may be a prefix query); OR, NOT, NEAR and column filters
// would be scanned as an AND of their phrases. `table` is a trusted name.
// With `keep_best` > 0 the scan may leave out rows that cannot be among the
// `keep_best` first in (rank, rowid) order of all matches; it does so only
// for a ranked one-phrase query with whole, non-negative weights (the
// store's), and only rows with no effect on those first. `matched`
// (may be null) receives the number of rows `match` matches, left out or not.
// Errors: the SQLite error of the query (e.g. a malformed expression).
Status ScanFts(Db& db, std::string_view table, std::string_view match, bool ranked,
               double title_weight, double body_weight, std::vector<FtsMatch>* out,
               std::size_t keep_best = 0, std::int64_t* matched = nullptr);

}  // namespace leakwatch::store
