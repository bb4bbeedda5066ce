// Catalog: the stores `serve --hashes FILE...` answers from.
#include "lookup/catalog.h"

namespace leakwatch::lookup {

Result<std::unique_ptr<Catalog>> Catalog::Open(const std::vector<std::string>& paths) {
  auto catalog = std::make_unique<Catalog>();
  for (const auto& path : paths) {
    LW_ASSIGN_OR_RETURN(auto table, LookupTable::Open(path));
    auto k = static_cast<std::size_t>(table->kind());
    if (catalog->tables_[k])
      return Status::InvalidArgument(path + ": a second " +
                                     std::string(HashKindName(table->kind())) +
                                     " store; give one file per kind");
    catalog->tables_[k] = std::move(table);
  }
  return catalog;
}

const LookupTable* Catalog::Find(HashKind kind) const {
  auto k = static_cast<std::size_t>(kind);
  return k < tables_.size() ? tables_[k].get() : nullptr;
}

}  // namespace leakwatch::lookup
