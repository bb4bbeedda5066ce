// The hash-range store reader (docs/lookup-format.md): an immutable file of
// sorted hashes in 2^20 buckets by their first 20 bits, for SHA-1 passwords,
// NTLM passwords, or identifiers (SHA-1 of a normalised e-mail address or
// E.164 phone number) linked to incident ids.
//
// A LookupTable is opened read-only with mmap; every section size, offset,
// checksum and index is checked at open, so a damaged or truncated file is
// refused with kCorruption and a clear message rather than read. Lookups
// never allocate more than their output and never read outside the mapping.
//
// Thread safety: immutable after Open; every const method is safe from any
// number of threads at once.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace leakwatch::lookup {

enum class HashKind : std::uint32_t { kSha1 = 1, kNtlm = 2, kIdentifier = 3 };

// "sha1", "ntlm", "identifiers"; ParseHashKind returns nullopt for other names.
std::string_view HashKindName(HashKind kind);
std::optional<HashKind> ParseHashKind(std::string_view name);

// One stored hash. `value` is the occurrence count (passwords) or a set index
// for IncidentsOf (identifiers).
struct Entry {
  unsigned char hash[20] = {};  // first hash_bytes() bytes are meaningful
  std::uint64_t value = 0;
};

struct TableInfo {
  HashKind kind;
  std::uint32_t version;
  std::uint64_t entries;
  std::uint64_t overflow_values;  // values too large for an entry's 20-bit field
  std::uint64_t incidents;        // distinct incident ids (identifiers only)
  std::uint64_t incident_sets;    // distinct incident lists (identifiers only)
  std::int64_t created_unix;
  std::uint64_t value_total;  // sum of counts (passwords) or of links (identifiers)
  std::uint64_t file_bytes;
  std::uint32_t largest_bucket;
};

class LookupTable {
 public:
  ~LookupTable();
  LookupTable(const LookupTable&) = delete;
  LookupTable& operator=(const LookupTable&) = delete;

  // Maps the file at `path` read-only and checks it (header, sizes, all
  // checksums, index). kIoError if it cannot be opened or mapped; kCorruption
  // naming what is wrong otherwise. Messages start with the path.
  static Result<std::unique_ptr<LookupTable>> Open(const std::string& path);

  // The same over bytes the caller keeps alive for the table's lifetime (tests, fuzzing).
  static Result<std::unique_ptr<LookupTable>> OpenBytes(std::string_view bytes);

  const TableInfo& info() const { return info_; }
  HashKind kind() const { return info_.kind; }
  std::uint32_t hash_bytes() const { return hash_bytes_; }

  // Number of entries in bucket `prefix20` (0 <= prefix20 < 2^20).
  std::uint32_t BucketSize(std::uint32_t prefix20) const;

  // Calls `fn` for each entry of bucket `prefix20` in ascending hash order.
  // kCorruption if an escaped value has no overflow record.
  Status ForEachInBucket(std::uint32_t prefix20, const std::function<void(const Entry&)>& fn) const;

  // Appends the HIBP range body for the bucket: "SUFFIX:COUNT" lines in upper
  // case hex, CRLF-separated, no trailing CRLF. Returns the number of lines.
  // Password stores only (identifiers give kInvalidArgument).
  Result<std::size_t> AppendRange(std::uint32_t prefix20, std::string* out) const;

  // The incident ids for an identifier entry's value; kCorruption if the set
  // index or a name index is out of range.
  Result<std::vector<std::string_view>> IncidentsOf(std::uint64_t set_index) const;

  // Full check (hashes verify): checksums (already done at open), every entry
  // in its bucket and strictly ascending, escaped values resolved, set and
  // name indices in range. OK or kCorruption naming the first fault.
  Status Verify() const;

 private:
  LookupTable() = default;
  static Result<std::unique_ptr<LookupTable>> Check(std::unique_ptr<LookupTable> t);
  std::uint64_t ValueAt(std::uint64_t index, const unsigned char* e, bool* ok) const;
  void DecodeEntry(std::uint32_t prefix20, std::uint64_t index, Entry* out, bool* ok) const;

  const unsigned char* base_ = nullptr;
  std::uint64_t size_ = 0;
  void* mapping_ = nullptr;  // owned when non-null (munmap at destruction)
  std::uint32_t hash_bytes_ = 20;
  const unsigned char* index_ = nullptr;
  const unsigned char* entries_ = nullptr;
  const unsigned char* overflow_ = nullptr;
  const unsigned char* set_offsets_ = nullptr;
  const unsigned char* set_data_ = nullptr;
  const unsigned char* name_offsets_ = nullptr;
  const unsigned char* name_data_ = nullptr;
  TableInfo info_{};
};

// Hex helpers shared by the builder, the handlers and the clients.
// Parses exactly `hex.size()/2` bytes of hex (either case) into `out`; false on a non-hex char.
bool ParseHex(std::string_view hex, unsigned char* out);
// Upper-case hex of `bytes`.
std::string ToHexUpper(std::span<const unsigned char> bytes);
// The first 20 bits of a hash.
inline std::uint32_t Prefix20(const unsigned char* hash) {
  return std::uint32_t(hash[0]) << 12 | std::uint32_t(hash[1]) << 4 | hash[2] >> 4;
}

}  // namespace leakwatch::lookup
