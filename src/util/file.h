// Reading and writing whole files with explicit limits and clear errors.
#pragma once

#include <cstdint>
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

}  // namespace leakwatch::util
