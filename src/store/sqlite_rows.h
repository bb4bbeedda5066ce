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

// Both take ?1 id, ?2 record, ?3-?5 source kind/name/text, ?6 hash,
// ?7 updated_at, ?8-?16 the IncidentColumns.
inline constexpr const char* kInsertRowSql =
    "INSERT INTO incidents(id, record, source_kind, source_name, source_text, content_hash, "
    "updated_at, type, sector, country, region, organization, date, size, persons, items) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
inline constexpr const char* kUpdateRowSql =
    "UPDATE incidents SET record = ?2, source_kind = ?3, source_name = ?4, source_text = ?5, "
    "content_hash = ?6, updated_at = ?7, type = ?8, sector = ?9, country = ?10, region = ?11, "
    "organization = ?12, date = ?13, size = ?14, persons = ?15, items = ?16 WHERE id = ?1";
void BindRow(Stmt& stmt, const std::string& id, const std::string& record_line,
             const Provenance& provenance, const std::string& hash, std::int64_t updated_at,
             const IncidentColumns& cols);

// Columns to select, in this order, for ReadStored.
inline constexpr const char* kStoredColumns =
    "record, source_kind, source_name, source_text, merged_into, updated_at";
// Reads a row selected with kStoredColumns starting at column `first`.
// kCorruption if the stored record does not parse. `reports` is left empty.
Result<StoredIncident> ReadStored(const Stmt& stmt, int first = 0);

}  // namespace leakwatch::store
