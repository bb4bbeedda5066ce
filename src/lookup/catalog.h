// The set of hash-range stores a server answers from (passwords SHA-1 and
// NTLM, identifier hashes linked to incidents). Immutable once opened;
// safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "util/status.h"

namespace leakwatch::lookup {

class Catalog {
 public:
  virtual ~Catalog() = default;

  // Opens each store file read-only (mmap), checking its header and checksum.
  // An empty list gives an empty catalog. kCorruption / kIoError naming the
  // file when one cannot be used.
  static Result<std::unique_ptr<Catalog>> Open(const std::vector<std::string>& paths);
};

}  // namespace leakwatch::lookup
