// Row layout of the SQLite back end's `incidents` table: the derived columns
// that filters and sorts read, and reading a row back as a StoredIncident.
// Private to the SQLite back end.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace leakwatch::store {

struct IncidentColumns {
  std::string type;
  std::optional<std::string> sector, country, region, organization;
  std::string date;        // announced_date, else incident_date, else ""
  std::int64_t size = -1;  // persons, else records, else -1
  std::optional<std::int64_t> persons;
  std::int64_t items = 0;  // bit i: record::AllDataItems()[i]
};

IncidentColumns ColumnsOf(const record::Incident& r);
// The bit of `item` in the `items` column.
std::int64_t ItemBit(record::DataItem item);

// ?1 id, ?2-?10 the IncidentColumns, ?11 updated_at, ?12 content hash,
// ?13 the store generation of the writing transaction.
inline constexpr const char* kInsertRowSql =
    "INSERT INTO incidents(id, type, sector, country, region, organization, date, size, persons, "
    "items, updated_at, content_hash, gen) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
inline constexpr const char* kUpdateRowSql =
    "UPDATE incidents SET type = ?2, sector = ?3, country = ?4, region = ?5, organization = ?6, "
    "date = ?7, size = ?8, persons = ?9, items = ?10, updated_at = ?11, content_hash = ?12, "
    "gen = ?13 WHERE id = ?1";
void BindRow(Stmt& stmt, const std::string& id, const IncidentColumns& cols,
             std::int64_t updated_at, const std::string& hash, std::int64_t generation);
// ?1 rowid, ?2 record, ?3-?5 source kind/name/text.
inline constexpr const char* kPutSourceSql =
    "REPLACE INTO incident_sources(rowid, record, source_kind, source_name, source_text) "
    "VALUES(?1, ?2, ?3, ?4, ?5)";
void BindSource(Stmt& stmt, std::int64_t rowid, const std::string& record_line,
                const Provenance& provenance);

// The source text of a selected row: column `source_col`, or the record
// (column `record_col`) where the source is stored as NULL for being the same.
std::string SourceText(const Stmt& stmt, int source_col, int record_col);

// Columns to select, in this order, for ReadStored.
inline constexpr const char* kStoredColumns =
    "s.record, s.source_kind, s.source_name, s.source_text, i.merged_into, i.updated_at";
// Joins them: "FROM" kStoredFrom.
inline constexpr const char* kStoredFrom =
    " FROM incidents i JOIN incident_sources s ON s.rowid = i.rowid";
// Reads a row selected with kStoredColumns starting at column `first`.
// kCorruption if the stored record does not parse. `reports` is left empty.
Result<StoredIncident> ReadStored(const Stmt& stmt, int first = 0);

}  // namespace leakwatch::store
