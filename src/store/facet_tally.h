// Facet counts of one query, added up row by row over a column snapshot
// (column_snapshot.h): what ComputeFacets returns, and what a search that
// also wants facets counts in the same pass over the matches. Private to the
// SQLite back end.
#pragma once

#include <bit>
#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "store/column_snapshot.h"
#include "store/store.h"

namespace leakwatch::store {

// Adds 1 to counts[b] for every bit b set in `bits`.
inline void AddBits(std::uint64_t bits, std::int64_t* counts) {
  for (; bits; bits &= bits - 1) ++counts[std::countr_zero(bits)];
}

// How many times each year (the first four characters of a date) was added:
// four digits count in an array, anything else (no stored date has it) in a
// map, so that a year costs no tree search.
class YearCounts {
 public:
  YearCounts() : by_number_(10000) {}
  // `year` must outlive the counts (it is kept when it is not four digits).
  void Add(std::string_view year) {
    if (year.size() == 4 && Digit(year[0]) && Digit(year[1]) && Digit(year[2]) && Digit(year[3]))
      ++by_number_[(year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 +
                   (year[3] - '0')];
    else
      ++other_[year];
  }
  // Every year added with its count, in no particular order.
  std::vector<std::pair<std::string, std::int64_t>> Counts() const;

 private:
  static bool Digit(char c) { return c >= '0' && c <= '9'; }
  std::vector<std::int64_t> by_number_;
  std::map<std::string_view, std::int64_t> other_;
};

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
    if (counts_for(kFilterItem)) AddBits(row.items, items_);
    if (counts_for(kFilterDate) && row.date_len >= 4) years_.Add(row.Date().substr(0, 4));
  }

  // The counts, each facet sorted by count, then name.
  Facets Finish() const;

 private:
  const ColumnSnapshot& cols_;
  std::vector<std::int64_t> type_, sector_, country_, region_;  // by dictionary id
  std::int64_t items_[64] = {};                                 // by bit
  YearCounts years_;
};

}  // namespace leakwatch::store
