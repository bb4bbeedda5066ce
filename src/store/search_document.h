// What of an incident is indexed for full-text search, by column: `title`
// (the title and the organization's name, weighted higher) and `body` (the
// other prose fields, and the notice text for records made from a notice).
// The SQLite back end re-derives this to delete an old index entry, so any
// change to it needs a migration that rebuilds the index.
#pragma once

#include <string>

#include "store/store.h"

namespace leakwatch::store {

struct SearchDocument {
  std::string title;
  std::string body;
};

SearchDocument MakeSearchDocument(const record::Incident& incident, const Provenance& provenance);

}  // namespace leakwatch::store
