#include "store/column_snapshot.h"

#include <algorithm>
#include <cstring>

#include "store/sqlite_rows.h"

namespace leakwatch::store {

std::uint32_t Dictionary::Intern(std::string_view s) {
  if (s.empty()) return 0;
  auto [it, added] = ids_.try_emplace(std::string(s), static_cast<std::uint32_t>(names_.size()));
  if (added) names_.emplace_back(s);
  return it->second;
}

std::uint32_t Dictionary::Find(std::string_view s) const {
  auto it = ids_.find(std::string(s));
  return it == ids_.end() ? 0 : it->second;
}

Result<std::int64_t> ReadGeneration(Db& db) {
  LW_ASSIGN_OR_RETURN(Stmt stmt,
                      db.PrepareCached("SELECT value FROM store_meta WHERE key = 'generation'"));
  LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::Corruption("store_meta has no generation");
  return stmt.Int(0);
}

ResolvedFilter ColumnSnapshot::Resolve(const SearchQuery& q) const {
  ResolvedFilter f;
  if (q.type) f.type = d_.types.Find(record::ToString(*q.type));
  if (q.sector) f.sector = d_.sectors.Find(record::ToString(*q.sector));
  if (q.country) f.country = d_.countries.Find(*q.country);
  if (q.region) f.region = d_.regions.Find(*q.region);
  if (q.organization) f.organization = d_.organizations.Find(*q.organization);
  if (q.item) f.item_bit = static_cast<std::uint64_t>(ItemBit(*q.item));
  return f;
}

unsigned ColumnSnapshot::Failed(const ColumnRow& r, const SearchQuery& q,
                                const ResolvedFilter& f) const {
  // An unknown value resolves to 0, which no row with a value has; rows
  // without a value (0) never match a set filter either.
  unsigned failed = 0;
  if (q.type && (f.type == 0 || r.type != f.type)) failed |= kFilterType;
  if (q.sector && (f.sector == 0 || r.sector != f.sector)) failed |= kFilterSector;
  if (q.country && (f.country == 0 || r.country != f.country)) failed |= kFilterCountry;
  if (q.region && (f.region == 0 || r.region != f.region)) failed |= kFilterRegion;
  if (q.organization && (f.organization == 0 || r.organization != f.organization))
    failed |= kFilterOrganization;
  if (q.item && !(r.items & f.item_bit)) failed |= kFilterItem;
  if (q.from || q.to) {
    std::string_view date = r.Date();
    if ((q.from && date < *q.from) || (q.to && (date.empty() || date > *q.to)))
      failed |= kFilterDate;
  }
  if (q.min_affected && r.size < *q.min_affected) failed |= kFilterAffected;
  return failed;
}

const std::vector<std::uint32_t>& ColumnSnapshot::ByDateDesc() const {
  std::call_once(by_date_once_, [this] {
    for (std::size_t i = 1; i < d_.rows.size(); ++i)
      if (d_.rows[i].present) by_date_desc_.push_back(static_cast<std::uint32_t>(i));
    std::sort(by_date_desc_.begin(), by_date_desc_.end(), [this](std::uint32_t a, std::uint32_t b) {
      const ColumnRow& x = d_.rows[a];
      const ColumnRow& y = d_.rows[b];
      if (x.Date() != y.Date()) return x.Date() > y.Date();
      return Id(x) > Id(y);
    });
  });
  return by_date_desc_;
}

std::span<const std::uint32_t> ColumnSnapshot::ByDateDescWhere(Column column,
                                                               std::uint32_t value) const {
  auto value_of = [column](const ColumnRow& r) -> std::uint32_t {
    switch (column) {
      case kType:
        return r.type;
      case kSector:
        return r.sector;
      case kCountry:
        return r.country;
      case kRegion:
        return r.region;
      case kOrganization:
        return r.organization;
      case kColumns:
        break;
    }
    return 0;
  };
  ValueLists& lists = by_value_[column];
  std::call_once(lists.once, [&] {
    const Dictionary* names[kColumns] = {&d_.types, &d_.sectors, &d_.countries, &d_.regions,
                                         &d_.organizations};
    const std::vector<std::uint32_t>& order = ByDateDesc();
    lists.start.assign(names[column]->size() + 1, 0);
    for (std::uint32_t rowid : order)
      if (std::uint32_t v = value_of(d_.rows[rowid])) ++lists.start[v + 1];
    for (std::size_t v = 1; v < lists.start.size(); ++v) lists.start[v] += lists.start[v - 1];
    lists.rowids.resize(lists.start.back());
    std::vector<std::uint32_t> next(lists.start.begin(), lists.start.end() - 1);
    for (std::uint32_t rowid : order)  // stable: each list keeps the date order
      if (std::uint32_t v = value_of(d_.rows[rowid])) lists.rowids[next[v]++] = rowid;
  });
  if (value == 0 || value + 1 >= lists.start.size()) return {};
  return std::span<const std::uint32_t>(lists.rowids)
      .subspan(lists.start[value], lists.start[value + 1] - lists.start[value]);
}

std::span<const std::uint32_t> ColumnSnapshot::ByDateDesc(const SearchQuery& q,
                                                          const ResolvedFilter& f) const {
  std::span<const std::uint32_t> best = ByDateDesc();
  auto narrow = [&](bool set, Column column, std::uint32_t value) {
    if (!set) return;
    std::span<const std::uint32_t> rows = ByDateDescWhere(column, value);
    if (rows.size() < best.size()) best = rows;
  };
  narrow(q.type.has_value(), kType, f.type);
  narrow(q.sector.has_value(), kSector, f.sector);
  narrow(q.country.has_value(), kCountry, f.country);
  narrow(q.region.has_value(), kRegion, f.region);
  narrow(q.organization.has_value(), kOrganization, f.organization);
  return best;
}

Result<std::shared_ptr<const ColumnSnapshot>> ColumnSnapshot::Load(
    Db& db, const std::shared_ptr<const ColumnSnapshot>& base, std::int64_t generation) {
  auto next = std::make_shared<ColumnSnapshot>();
  if (base) next->d_ = base->d_;
  Data& d = next->d_;
  LW_ASSIGN_OR_RETURN(Stmt stmt,
                      db.Prepare("SELECT rowid, id, type, sector, country, region, organization, "
                                 "date, size, items, merged_into IS NOT NULL FROM incidents "
                                 "WHERE gen > ?1 ORDER BY rowid"));
  stmt.Bind(1, base ? base->generation() : std::int64_t{-1});
  auto small = [](std::uint32_t id, std::uint32_t limit, const char* what) -> Status {
    if (id > limit) return Status::Internal(std::string("more distinct values of ") + what);
    return Status::Ok();
  };
  for (;;) {
    LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    std::int64_t rowid = stmt.Int(0);
    if (rowid <= 0 || rowid > std::int64_t{UINT32_MAX})
      return Status::Corruption("incident rowid " + std::to_string(rowid) + " out of range");
    if (static_cast<std::size_t>(rowid) >= d.rows.size()) d.rows.resize(rowid + 1);
    ColumnRow& r = d.rows[rowid];
    std::string_view id = stmt.Text(1);
    if (!r.present || next->Id(r) != id) {
      // The arena only grows; rowids are never reused for another id.
      r.id_offset = static_cast<std::uint32_t>(d.ids.size());
      r.id_size = static_cast<std::uint32_t>(id.size());
      d.ids.append(id);
      if (d.ids.size() > UINT32_MAX) return Status::Internal("incident ids exceed 4 GiB");
    }
    r.present = true;
    if (static_cast<std::size_t>(rowid) / 64 >= d.present.size())
      d.present.resize(static_cast<std::size_t>(rowid) / 64 + 1);
    d.present[static_cast<std::size_t>(rowid) / 64] |= std::uint64_t{1} << (rowid % 64);
    std::uint32_t type = d.types.Intern(stmt.Text(2));
    std::uint32_t sector = stmt.IsNull(3) ? 0 : d.sectors.Intern(stmt.Text(3));
    std::uint32_t country = stmt.IsNull(4) ? 0 : d.countries.Intern(stmt.Text(4));
    LW_RETURN_IF_ERROR(small(type, UINT8_MAX, "incident_type"));
    LW_RETURN_IF_ERROR(small(sector, UINT8_MAX, "sector"));
    LW_RETURN_IF_ERROR(small(country, UINT16_MAX, "country"));
    r.type = static_cast<std::uint8_t>(type);
    r.sector = static_cast<std::uint8_t>(sector);
    r.country = static_cast<std::uint16_t>(country);
    r.region = stmt.IsNull(5) ? 0 : d.regions.Intern(stmt.Text(5));
    r.organization = stmt.IsNull(6) ? 0 : d.organizations.Intern(stmt.Text(6));
    std::string_view date = stmt.Text(7);
    if (date.size() > r.date.size())
      return Status::Corruption("incident '" + std::string(id) + "': date '" + std::string(date) +
                                "' is not YYYY-MM-DD");
    std::memcpy(r.date.data(), date.data(), date.size());
    r.date_len = static_cast<std::uint8_t>(date.size());
    r.size = stmt.Int(8);
    r.items = static_cast<std::uint64_t>(stmt.Int(9));
    r.merged = stmt.Int(10) != 0;
  }
  d.generation = generation;
  return std::shared_ptr<const ColumnSnapshot>(std::move(next));
}

}  // namespace leakwatch::store
