// The relevance function of the full-text index: lw_bm25(w_title, w_body), an
// FTS5 auxiliary function registered on every connection.
//
// It is BM25 (k1 = 1.2) with b = 0: term frequency saturates, rare terms weigh
// more (idf from the index's own document counts, computed once per query), a
// title hit counts w_title times a body hit, and there is no document-length
// normalisation. Dropping the length term spares FTS5's built-in bm25() its
// per-row document-size lookup, a B-tree probe for every match, which made a
// common term (保険 in 38% of a million incidents) four times slower.
#pragma once

#include <sqlite3.h>

#include <cstdint>

#include "util/status.h"

namespace leakwatch::store {

inline constexpr const char* kFtsRankFunction = "lw_bm25";
// The weights incident_text ranks with (migration 3: 'lw_bm25(4.0, 1.0)').
inline constexpr double kTitleWeight = 4.0;
inline constexpr double kBodyWeight = 1.0;

// The two halves of lw_bm25, shared with the scan of fts_scan.h so that both
// give the same double for the same row: a phrase's idf from the number of
// indexed rows and of rows holding it, and one phrase's share of the score
// for its (column-weighted) frequency in a row. A row's score is the sum of
// its phrases' shares in phrase order; its rank is minus the score.
double Bm25Idf(std::int64_t rows, std::int64_t hits);
inline double Bm25Share(double idf, double tf) {
  constexpr double kK1 = 1.2;
  return idf * tf * (kK1 + 1) / (tf + kK1);
}

// Registers lw_bm25 on `db`. kInternal if FTS5 is missing from this SQLite.
Status RegisterFtsRank(sqlite3* db);

}  // namespace leakwatch::store
