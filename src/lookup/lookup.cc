// Placeholder until the lookup issue lands: only an empty catalog opens.
#include "lookup/catalog.h"

namespace leakwatch::lookup {

Result<std::unique_ptr<Catalog>> Catalog::Open(const std::vector<std::string>& paths) {
  if (!paths.empty()) return Status::Internal("hash stores are not implemented yet");
  return std::make_unique<Catalog>();
}

}  // namespace leakwatch::lookup
