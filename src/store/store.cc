// Placeholder: the SQLite back end lands with the foundation issue.
#include "store/store.h"

namespace leakwatch::store {

Result<std::unique_ptr<Store>> Open(const std::string& location, const OpenOptions&) {
  return Status::Unavailable("no store back end is built yet: " + location);
}

}  // namespace leakwatch::store
