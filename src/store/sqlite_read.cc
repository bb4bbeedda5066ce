// SqliteStore: lookups, iteration and statistics (reads on pooled connections).
#include <algorithm>
#include <map>

#include "store/column_snapshot.h"
#include "store/sqlite_rows.h"
#include "store/sqlite_store.h"

namespace leakwatch::store {

namespace {

FacetCounts SortedCounts(const std::map<std::string, std::int64_t>& counts) {
  FacetCounts out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace

Result<std::optional<StoredIncident>> SqliteStore::Get(std::string_view id) {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Transaction tx(reader.db(), /*immediate=*/false);
  LW_RETURN_IF_ERROR(tx.begun());
  return GetIn(reader.db(), id);
}

Result<std::optional<StoredIncident>> SqliteStore::GetIn(Db& db, std::string_view id) {
  LW_ASSIGN_OR_RETURN(Stmt stmt, db.PrepareCached(std::string("SELECT ") + kStoredColumns +
                                                  kStoredFrom + " WHERE i.id = ?1"));
  stmt.Bind(1, id);
  LW_ASSIGN_OR_RETURN(bool found, stmt.Step());
  if (!found) return std::optional<StoredIncident>();
  LW_ASSIGN_OR_RETURN(StoredIncident out, ReadStored(stmt));
  LW_ASSIGN_OR_RETURN(
      Stmt reports,
      db.PrepareCached("SELECT id FROM incidents WHERE merged_into = ?1 ORDER BY id"));
  reports.Bind(1, id);
  for (;;) {
    LW_ASSIGN_OR_RETURN(bool row, reports.Step());
    if (!row) break;
    out.reports.emplace_back(reports.Text(0));
  }
  return std::optional<StoredIncident>(std::move(out));
}

Status SqliteStore::ForEach(const std::function<Status(const StoredIncident&)>& fn) {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Db& db = reader.db();
  Transaction tx(db, /*immediate=*/false);
  LW_RETURN_IF_ERROR(tx.begun());
  std::map<std::string, std::vector<std::string>> reports;
  {
    LW_ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT merged_into, id FROM incidents "
                                              "WHERE merged_into IS NOT NULL ORDER BY id"));
    for (;;) {
      LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      reports[std::string(stmt.Text(0))].emplace_back(stmt.Text(1));
    }
  }
  LW_ASSIGN_OR_RETURN(Stmt stmt, db.Prepare(std::string("SELECT i.id, ") + kStoredColumns +
                                            kStoredFrom + " ORDER BY i.id"));
  for (;;) {
    LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    LW_ASSIGN_OR_RETURN(StoredIncident incident, ReadStored(stmt, 1));
    if (auto it = reports.find(std::string(stmt.Text(0))); it != reports.end())
      incident.reports = it->second;
    LW_RETURN_IF_ERROR(fn(incident));
  }
  return Status::Ok();
}

Result<std::int64_t> SqliteStore::Count() {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  return reader.db().QueryInt("SELECT count(*) FROM incidents");
}

Result<std::int64_t> SqliteStore::Generation() {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  return ReadGeneration(reader.db());
}

Result<Statistics> SqliteStore::ComputeStatistics() {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Db& db = reader.db();
  Transaction tx(db, /*immediate=*/false);
  LW_RETURN_IF_ERROR(tx.begun());
  Statistics st;
  std::map<std::string, std::int64_t> sectors, regions, items;
  LW_ASSIGN_OR_RETURN(
      Stmt stmt,
      db.Prepare("SELECT substr(date, 1, 4), type, sector, region, items, count(*), sum(persons) "
                 "FROM incidents WHERE merged_into IS NULL GROUP BY 1, 2, 3, 4, 5"));
  auto all_items = record::AllDataItems();
  for (;;) {
    LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    std::int64_t n = stmt.Int(5), persons = stmt.Int(6);
    st.incidents += n;
    st.persons_affected += persons;
    if (!stmt.Text(0).empty()) {
      int year = std::stoi(std::string(stmt.Text(0)));
      st.per_year_type[year][std::string(stmt.Text(1))] += n;
      st.persons_per_year[year] += persons;
    }
    if (!stmt.IsNull(2)) sectors[std::string(stmt.Text(2))] += n;
    if (!stmt.IsNull(3)) regions[std::string(stmt.Text(3))] += n;
    std::int64_t bits = stmt.Int(4);
    for (size_t i = 0; i < all_items.size(); ++i)
      if (bits & (std::int64_t{1} << i)) items[std::string(record::ToString(all_items[i]))] += n;
  }
  st.per_sector = SortedCounts(sectors);
  st.per_region = SortedCounts(regions);
  st.per_item = SortedCounts(items);
  return st;
}

}  // namespace leakwatch::store
