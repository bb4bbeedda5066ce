#include "store/store.h"

#include "store/sqlite_store.h"

namespace leakwatch::store {

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
