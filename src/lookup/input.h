// Reading `hashes build` inputs into a TableBuilder, streaming:
//  - a folder of per-prefix files (00000.txt ... FFFFF.txt as the official
//    downloader writes them: "SUFFIX:COUNT" lines, CRLF, perhaps a UTF-8 BOM);
//  - one file of "HASH:COUNT" lines (40 hex for SHA-1, 32 for NTLM; CRLF or LF);
//  - for identifiers, one file of "e-mail,incident_id" or "phone,incident_id"
//    lines, normalised (identifier.h) and hashed here, never stored in clear.
// Bad lines are counted and reported with file and line number; with
// `strict` the first one fails the read. Not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lookup/table_builder.h"
#include "util/status.h"

namespace leakwatch::lookup {

struct InputOptions {
  HashKind kind = HashKind::kSha1;
  bool strict = false;
  std::string default_country = "JP";  // for national phone numbers
  bool quiet = true;                   // no progress bar
  std::size_t max_reported = 20;       // bad lines kept in InputReport::bad_samples
};

struct InputReport {
  std::uint64_t files = 0;
  std::uint64_t ignored_files = 0;       // in a folder, files not named XXXXX.txt
  std::uint64_t lines = 0;               // non-empty lines read
  std::uint64_t hashes = 0;              // lines accepted
  std::uint64_t bad = 0;                 // lines rejected
  std::vector<std::string> bad_samples;  // "FILE:LINE: reason", the first max_reported
};

// Reads the folder or file at `path` into `builder`. InvalidArgument for a
// bad line under `strict` (naming file and line), for a folder without any
// prefix file, or when no line at all was accepted; kIoError for unreadable files.
Status ReadInput(const std::string& path, const InputOptions& options, TableBuilder* builder,
                 InputReport* report);

}  // namespace leakwatch::lookup
