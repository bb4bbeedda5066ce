#include "store/sqlite_rows.h"

#include <algorithm>

namespace leakwatch::store {

std::int64_t ItemBit(record::DataItem item) {
  auto all = record::AllDataItems();
  auto it = std::find(all.begin(), all.end(), item);
  return std::int64_t{1} << (it - all.begin());
}

IncidentColumns ColumnsOf(const record::Incident& r) {
  IncidentColumns c;
  c.type = record::ToString(r.incident_type);
  if (r.organization.sector) c.sector = std::string(record::ToString(*r.organization.sector));
  c.country = r.organization.country;
  c.region = r.organization.region;
  c.organization = r.organization.name;
  c.date = r.announced_date.value_or(r.incident_date.value_or(""));
  c.persons = r.affected.persons;
  c.size = r.affected.persons.value_or(r.affected.records.value_or(-1));
  for (record::DataItem d : r.data_items) c.items |= ItemBit(d);
  return c;
}

namespace {
void BindOpt(Stmt& stmt, int i, const std::optional<std::string>& v) {
  if (v)
    stmt.Bind(i, *v);
  else
    stmt.BindNull(i);
}
}  // namespace

void BindRow(Stmt& stmt, const std::string& id, const IncidentColumns& cols,
             std::int64_t updated_at, const std::string& hash, std::int64_t generation) {
  stmt.Bind(1, id).Bind(2, cols.type);
  BindOpt(stmt, 3, cols.sector);
  BindOpt(stmt, 4, cols.country);
  BindOpt(stmt, 5, cols.region);
  BindOpt(stmt, 6, cols.organization);
  stmt.Bind(7, cols.date).Bind(8, cols.size);
  if (cols.persons)
    stmt.Bind(9, *cols.persons);
  else
    stmt.BindNull(9);
  stmt.Bind(10, cols.items).Bind(11, updated_at).BindBlob(12, hash).Bind(13, generation);
}

void BindSource(Stmt& stmt, std::int64_t rowid, const std::string& record_line,
                const Provenance& provenance) {
  stmt.Bind(1, rowid).Bind(2, record_line).Bind(3, provenance.kind).Bind(4, provenance.name);
  if (provenance.text == record_line)
    stmt.BindNull(5);  // a record's own JSON line is not stored twice
  else
    stmt.Bind(5, provenance.text);
}

std::string SourceText(const Stmt& stmt, int source_col, int record_col) {
  return std::string(stmt.IsNull(source_col) ? stmt.Text(record_col) : stmt.Text(source_col));
}

Result<StoredIncident> ReadStored(const Stmt& stmt, int first) {
  StoredIncident out;
  auto r = record::ParseJson(stmt.Text(first));
  if (!r.ok()) return Status::Corruption("stored record does not parse: " + r.status().message());
  out.incident = std::move(r).value();
  out.provenance.kind = stmt.Text(first + 1);
  out.provenance.name = stmt.Text(first + 2);
  out.provenance.text = SourceText(stmt, first + 3, first);
  out.merged_into = stmt.Text(first + 4);
  out.updated_at = stmt.Int(first + 5);
  return out;
}

}  // namespace leakwatch::store
