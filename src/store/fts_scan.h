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
#include <limits>
#include <span>
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

// Rowids lo <= rowid < hi.
struct RowidRange {
  std::int64_t lo = std::numeric_limits<std::int64_t>::min();
  std::int64_t hi = std::numeric_limits<std::int64_t>::max();
};

// `parts` ranges that together hold every rowid, in ascending order, without
// overlap: the rowids 1..max_rowid cut in proportion to the weights (the
// first part `first_weight`, each other 1), the first range open below and
// the last open above. REQUIRES: parts >= 1, first_weight > 0.
std::vector<RowidRange> SplitRowids(std::int64_t max_rowid, int parts, double first_weight = 1.0);

// One part of a scan split by rowid ranges (intra-query parallelism: each
// part on its own connection, in a read transaction of the same state).
struct FtsPart {
  // The part's rows in rowid order; until JoinFtsParts, `rank` holds the
  // row's column-weighted frequency (0 when not ranked), not its rank: the
  // idf needs the count of every part.
  std::vector<FtsMatch> rows;
  std::int64_t matched = 0;   // rows of the range that match, left out or not
  std::int64_t indexed = -1;  // rows in the whole index, -1 if not read (no match)
};

// ScanFts for the rows of `range` only, in *out (replaced): FTS5 seeks to
// range.lo, and lw_scan walks the statement's own cursor from there to
// range.hi (see PartScan in fts_scan.cc). `keep_best` as for ScanFts,
// within the range (a row left out has keep_best better ones in its own
// range). REQUIRES: `match` is one phrase, and not a prefix query (FTS5
// would build the prefix's whole doclist for every part). Errors as ScanFts.
Status ScanFtsPart(Db& db, std::string_view table, std::string_view match, bool ranked,
                   double title_weight, double body_weight, RowidRange range, std::size_t keep_best,
                   FtsPart* out);

// Joins parts whose ranges, in ascending order, together hold every rowid
// and do not overlap, read in one state of the index: *out as ScanFts would
// return it (ranked with the idf of all the parts' matches and the index's
// row count: the same doubles), *matched (may be null) their number. Takes
// the parts' rows (they are left empty or unspecified).
void JoinFtsParts(std::span<FtsPart> parts, bool ranked, std::vector<FtsMatch>* out,
                  std::int64_t* matched);

}  // namespace leakwatch::store
