#include "store/store.h"

#include "store/sqlite_store.h"

namespace leakwatch::store {

record::Incident Summary(record::Incident incident) {
  record::Incident s;
  s.id = std::move(incident.id);
  s.language = incident.language;
  s.title = std::move(incident.title);
  s.organization = std::move(incident.organization);
  s.announced_date = std::move(incident.announced_date);
  s.incident_date = std::move(incident.incident_date);
  s.incident_type = incident.incident_type;
  s.affected = std::move(incident.affected);
  s.data_items = std::move(incident.data_items);
  s.cause = std::move(incident.cause);
  return s;
}

Result<SearchPage> Store::SearchWithFacets(const SearchQuery& query, Facets* facets) {
  LW_ASSIGN_OR_RETURN(SearchPage page, Search(query));
  LW_ASSIGN_OR_RETURN(*facets, ComputeFacets(query));
  return page;
}

Result<std::unique_ptr<Store>> Open(const std::string& location, const OpenOptions& options) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://"))
    return Status::InvalidArgument(
        "PostgreSQL stores are not built yet; use a SQLite file path (or sqlite:PATH)");
  std::string path = location.starts_with("sqlite:") ? location.substr(7) : location;
  if (path.empty()) return Status::InvalidArgument("empty database path");
  LW_ASSIGN_OR_RETURN(std::unique_ptr<SqliteStore> store, SqliteStore::Open(path, options));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace leakwatch::store
