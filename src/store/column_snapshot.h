// An in-memory copy of the narrow `incidents` columns (type, sector, country,
// region, organization, date, size, items, merged) indexed by rowid, so that
// filters, counts, facets and the date and size sorts run over arrays rather
// than one B-tree lookup per matching row. Private to the SQLite back end.
//
// A snapshot is immutable and belongs to one store generation (the counter in
// `store_meta` that every changing write transaction increments; each changed
// row carries the generation that last wrote it). A reader that sees a newer
// generation in its read transaction derives the next snapshot from the last
// one plus the rows with a newer `gen`, so readers see the columns of exactly
// the state their transaction sees.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace leakwatch::store {

// Interned strings: id 0 is "none" (NULL), ids from 1.
class Dictionary {
 public:
  std::uint32_t Intern(std::string_view s);
  // 0 for an unknown string (it cannot match any row).
  std::uint32_t Find(std::string_view s) const;
  const std::string& Name(std::uint32_t id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_{""};
  std::unordered_map<std::string, std::uint32_t> ids_;
};

struct ColumnRow {
  bool present = false;
  bool merged = false;
  std::uint8_t type = 0;    // Dictionary ids
  std::uint8_t sector = 0;  // small vocabularies: at most 255 values
  std::uint16_t country = 0;
  std::uint32_t region = 0;
  std::uint32_t organization = 0;
  std::array<char, 10> date{};  // YYYY-MM-DD, or date_len == 0 when undated
  std::uint8_t date_len = 0;
  std::int64_t size = -1;
  std::uint64_t items = 0;
  std::uint32_t id_offset = 0;  // into ColumnSnapshot::ids_
  std::uint32_t id_size = 0;

  std::string_view Date() const { return {date.data(), date_len}; }
};

// The filters of a SearchQuery resolved against a snapshot's dictionaries.
struct ResolvedFilter;

// Which filters a facet leaves out (bits as in Facets' order).
enum FilterBit : unsigned {
  kFilterType = 1,
  kFilterSector = 2,
  kFilterCountry = 4,
  kFilterRegion = 8,
  kFilterItem = 16,
  kFilterDate = 32,
  kFilterAffected = 64,
  kFilterOrganization = 128,
};

class ColumnSnapshot {
 public:
  std::int64_t generation() const { return d_.generation; }
  std::int64_t max_rowid() const { return static_cast<std::int64_t>(d_.rows.size()) - 1; }
  const ColumnRow* Row(std::int64_t rowid) const {
    return rowid > 0 && rowid < static_cast<std::int64_t>(d_.rows.size()) && d_.rows[rowid].present
               ? &d_.rows[rowid]
               : nullptr;
  }
  // Whether `rowid` holds a row, from a bitmap of 1 bit a row: a scan of
  // many matches checks each without touching its ColumnRow (48 bytes a row,
  // a cache miss each), and reads the row only if it needs a column.
  bool Present(std::int64_t rowid) const {
    return rowid > 0 && static_cast<std::uint64_t>(rowid) < d_.present.size() * 64 &&
           (d_.present[static_cast<std::uint64_t>(rowid) / 64] >> (rowid % 64) & 1);
  }
  // Asks the CPU to fetch the row of `rowid` into its caches before it is
  // read; no effect on results (a prefetch never faults, even out of range).
  // The address is computed as an integer: GCC 12 drops a prefetch of a
  // clamped index into the vector.
  void Prefetch(std::int64_t rowid) const {
    const auto base = reinterpret_cast<std::uintptr_t>(d_.rows.data());
    const char* p = reinterpret_cast<const char*>(base + static_cast<std::uintptr_t>(rowid) *
                                                             sizeof(ColumnRow));
    __builtin_prefetch(p);
    __builtin_prefetch(p + sizeof(ColumnRow) - 1);
  }
  // REQUIRES: Present(rowid).
  const ColumnRow& PresentRow(std::int64_t rowid) const {
    return d_.rows[static_cast<std::size_t>(rowid)];
  }
  std::string_view Id(const ColumnRow& r) const { return {d_.ids.data() + r.id_offset, r.id_size}; }

  // The bits of the filters of `q` that row fails (0: it passes all).
  unsigned Failed(const ColumnRow& row, const SearchQuery& q, const ResolvedFilter& f) const;
  ResolvedFilter Resolve(const SearchQuery& q) const;

  // Rowids in (date desc, id desc) order, built on first use.
  const std::vector<std::uint32_t>& ByDateDesc() const;
  // The rows `q` can match when it has no text, in ByDateDesc order: those
  // holding the value of its most selective equality filter (type, sector,
  // country, region, organization; one list per value, built per column on
  // first use), or all rows without such a filter. Empty when a filter's
  // value is unknown. The rows still need Failed() for the other filters.
  std::span<const std::uint32_t> ByDateDesc(const SearchQuery& q, const ResolvedFilter& f) const;

  const Dictionary& types() const { return d_.types; }
  const Dictionary& sectors() const { return d_.sectors; }
  const Dictionary& countries() const { return d_.countries; }
  const Dictionary& regions() const { return d_.regions; }

  // The snapshot of `generation`: `base` (may be null: start empty) plus the
  // rows of `db` written after base's generation. Runs inside the caller's
  // read transaction, whose generation is `generation`.
  static Result<std::shared_ptr<const ColumnSnapshot>> Load(
      Db& db, const std::shared_ptr<const ColumnSnapshot>& base, std::int64_t generation);

 private:
  struct Data {  // copied to derive the next generation's snapshot
    std::int64_t generation = 0;
    std::vector<ColumnRow> rows{1};      // by rowid; rowid 0 unused
    std::vector<std::uint64_t> present;  // bit rowid: rows[rowid].present
    std::string ids;
    Dictionary types, sectors, countries, regions, organizations;
  };
  // The dictionary-coded columns, in ResolvedFilter's order.
  enum Column { kType, kSector, kCountry, kRegion, kOrganization, kColumns };
  // Rows with dictionary id `value` (not 0) in `column`, in ByDateDesc order.
  std::span<const std::uint32_t> ByDateDescWhere(Column column, std::uint32_t value) const;

  Data d_;
  mutable std::once_flag by_date_once_;
  mutable std::vector<std::uint32_t> by_date_desc_;
  // Per column: rowids grouped by value (value v at [start[v], start[v + 1])).
  struct ValueLists {
    std::once_flag once;
    std::vector<std::uint32_t> start, rowids;
  };
  mutable std::array<ValueLists, kColumns> by_value_;
};

struct ResolvedFilter {
  std::uint32_t type = 0, sector = 0, country = 0, region = 0, organization = 0;
  std::uint64_t item_bit = 0;
};

// The current generation, read inside the caller's transaction.
Result<std::int64_t> ReadGeneration(Db& db);

}  // namespace leakwatch::store
