// Reading and writing whole files with explicit limits and clear errors.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace leakwatch::util {

// Default cap for a single input file read into memory (256 MiB).
inline constexpr std::uint64_t kDefaultMaxFileBytes = 256ull << 20;

// Reads the file at `path`. Returns its bytes; kIoError naming the path if it
// cannot be opened or read; kTooLarge if it is longer than `max_bytes`.
Result<std::string> ReadFile(const std::string& path,
                             std::uint64_t max_bytes = kDefaultMaxFileBytes);

// Writes `data` to `path` atomically: to a temporary file beside it, fsync,
// rename over `path`, fsync the directory. On error `path` is unchanged.
Status WriteFileAtomic(const std::string& path, std::string_view data);

// A file that appears whole or not at all, written in pieces (for outputs too
// big to hold in memory). Bytes go to a new temporary file beside `path`;
// Commit() fsyncs it, renames it over `path` and fsyncs the directory. If the
// object is destroyed before Commit() succeeds, the temporary file is removed
// and `path` is unchanged. Not thread-safe; one writer per object.
class AtomicFile {
 public:
  // Creates the temporary file. kIoError naming the directory if it cannot.
  static Result<std::unique_ptr<AtomicFile>> Create(const std::string& path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Appends `data` at the end. kIoError (disk full, ...) naming the file.
  Status Append(std::string_view data);
  // Overwrites bytes at `offset` (a header completed at the end).
  Status WriteAt(std::uint64_t offset, std::string_view data);
  // Bytes appended so far.
  std::uint64_t size() const { return size_; }
  // Makes the file visible at `path`. After an error `path` is unchanged.
  Status Commit();

 private:
  AtomicFile(std::string path, std::string tmp, int fd)
      : path_(std::move(path)), tmp_(std::move(tmp)), fd_(fd) {}
  std::string path_, tmp_;
  int fd_;
  std::uint64_t size_ = 0;
};

}  // namespace leakwatch::util
