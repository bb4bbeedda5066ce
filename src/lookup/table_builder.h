// Builds a hash-range store file (docs/lookup-format.md) from hashes given in
// any order, with bounded memory: hashes are buffered up to a budget, sorted,
// spilled to temporary runs and merged (an external sort). Duplicate hashes
// are merged: password counts add up, identifier incident lists unite.
//
// The output is written aside (PATH.tmp-XXXXXX), fsynced and renamed over
// PATH, so PATH is either the old file or the complete new one.
//
// Not thread-safe; one builder per output file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lookup/lookup_table.h"
#include "util/progress.h"
#include "util/status.h"

namespace leakwatch::lookup {

struct BuildOptions {
  HashKind kind = HashKind::kSha1;
  // Bytes of hashes held in memory before a sorted run is spilled to disk.
  std::uint64_t memory_budget = 512ull << 20;
  // Directory for the runs; empty: beside the output file.
  std::string temp_dir;
  std::int64_t created_unix = 0;  // 0: now
  bool quiet = true;
};

struct BuildSummary {
  std::uint64_t added = 0;    // hashes given to Add*
  std::uint64_t entries = 0;  // distinct hashes written
  std::uint64_t runs = 0;     // sorted runs spilled to disk (0: sorted in memory)
  std::uint64_t file_bytes = 0;
};

class TableBuilder {
 public:
  explicit TableBuilder(BuildOptions options);
  ~TableBuilder();  // removes temporary runs
  TableBuilder(const TableBuilder&) = delete;
  TableBuilder& operator=(const TableBuilder&) = delete;

  // Adds a password hash (hash_bytes long) seen `count` (>= 1) times.
  // kIoError if a run cannot be spilled.
  Status AddCount(const unsigned char* hash, std::uint64_t count);
  // Adds an identifier hash (20 bytes) found in incident `incident_id`.
  Status AddIdentifier(const unsigned char* hash, std::string_view incident_id);

  // Sorts, merges and writes the store to `path` atomically. Call once.
  Status Finish(const std::string& path, BuildSummary* summary);

 private:
  struct Record {
    unsigned char hash[20];
    std::uint32_t value_lo, value_hi;
  };
  Status Add(const unsigned char* hash, std::uint64_t value);
  Status SpillRun();
  class Merger;
  class Writer;

  BuildOptions options_;
  std::uint32_t hash_bytes_;
  std::vector<Record> buffer_;
  std::size_t buffer_cap_;
  std::vector<std::string> runs_;
  std::string run_dir_;
  std::unordered_map<std::string, std::uint32_t> name_index_;
  std::vector<std::string> names_;
  std::uint64_t added_ = 0;
};

}  // namespace leakwatch::lookup
