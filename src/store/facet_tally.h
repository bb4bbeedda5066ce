// Facet counts of one query, added up row by row over a column snapshot
// (column_snapshot.h): what ComputeFacets returns, and what a search that
// also wants facets counts in the same pass over the matches. Private to the
// SQLite back end.
#pragma once

#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "store/column_snapshot.h"
#include "store/store.h"

namespace leakwatch::store {

class FacetTally {
 public:
  // `cols` must outlive the tally.
  explicit FacetTally(const ColumnSnapshot& cols);

  // Counts `row`, which fails the query's filters in `failed` (the bits of
  // ColumnSnapshot::Failed): it counts towards a facet when it passes every
  // filter but that facet's own.
  void Add(const ColumnRow& row, unsigned failed) {
    auto counts_for = [failed](unsigned own) { return (failed & ~own) == 0; };
    if (counts_for(kFilterType)) ++type_[row.type];
    if (counts_for(kFilterSector)) ++sector_[row.sector];
    if (counts_for(kFilterCountry)) ++country_[row.country];
    if (counts_for(kFilterRegion)) ++region_[row.region];
    if (counts_for(kFilterItem))
      for (std::uint64_t bits = row.items, b = 0; bits; ++b, bits >>= 1) items_[b] += bits & 1;
    if (counts_for(kFilterDate) && row.date_len >= 4) ++year_[row.Date().substr(0, 4)];
  }

  // The counts, each facet sorted by count, then name.
  Facets Finish() const;

 private:
  const ColumnSnapshot& cols_;
  std::vector<std::int64_t> type_, sector_, country_, region_;  // by dictionary id
  std::int64_t items_[64] = {};                                 // by bit
  std::map<std::string_view, std::int64_t> year_;
};

}  // namespace leakwatch::store
