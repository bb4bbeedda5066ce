// The set of hash-range stores a server answers from (passwords SHA-1 and
// NTLM, identifier hashes linked to incidents). Immutable once opened;
// safe to share between threads.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "lookup/lookup_table.h"
#include "util/status.h"

namespace leakwatch::lookup {

class Catalog {
 public:
  Catalog() = default;  // an empty catalog: every Find gives nullptr
  virtual ~Catalog() = default;

  // Opens each store file read-only (mmap), checking its header and checksum.
  // An empty list gives an empty catalog. kCorruption / kIoError naming the
  // file when one cannot be used; InvalidArgument if two files hold the same
  // kind of hash (sha1, ntlm, identifiers).
  static Result<std::unique_ptr<Catalog>> Open(const std::vector<std::string>& paths);

  // The store holding `kind`, or nullptr if none was opened. Owned by the catalog.
  const LookupTable* Find(HashKind kind) const;

 private:
  std::array<std::unique_ptr<LookupTable>, 4> tables_;  // by HashKind value
};

}  // namespace leakwatch::lookup
