// interop: the front door for real data in and out of leakwatch.
//
//   Import   VERIS / VCDB JSON, the HHS breach-portal CSV and the HIBP breach
//            list into a Store (docs/import-formats.md).
//   Export   the stored incidents as JSONL, CSV, VERIS 1.4.1 or the HIBP v3
//            breach list (docs/export-formats.md).
//   Dedupe   (dedupe.h) finds reports of one incident and merges them.
//
// Thread safety: the functions are thread-safe as far as the Store they are
// given is; an ImportReport is not shared.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"
#include "util/status.h"

namespace leakwatch::interop {

enum class Format { kVeris, kHhs, kHibp };
std::string_view ToString(Format f);                    // "veris", "hhs", "hibp"
std::optional<Format> ParseFormat(std::string_view s);  // nullopt if unknown

// One thing that was not imported, and why.
struct Skip {
  std::string file;
  std::string position;  // "line 12", "byte 340", "[17]" (array index) or "" (whole file)
  std::string reason;
};

struct FormatCounts {
  std::int64_t files = 0;
  std::int64_t read = 0;            // records found in the input
  std::int64_t skipped = 0;         // records not imported (see ImportReport::skips)
  std::int64_t inserted = 0;        // new ids
  std::int64_t updated = 0;         // ids already stored, content changed
  std::int64_t unchanged = 0;       // ids already stored, identical: re-import is a no-op
  std::int64_t extract_failed = 0;  // HHS descriptions the extractor could not read
};

struct ImportReport {
  std::map<std::string, FormatCounts> per_format;  // by ToString(Format)
  std::vector<Skip> skips;
  double seconds = 0;
  // A human-readable summary: one line per format, then one per skip. Valid UTF-8: bytes
  // that are not (in a file name, or quoted from the input in a reason) become U+FFFD.
  std::string ToText() const;
};

struct ImportInput {
  Format format;
  std::string path;  // a file; for kVeris also a directory of *.json / *.JSON files
};

struct ImportOptions {
  bool strict = false;  // stop at the first bad record; nothing is stored
  bool quiet = true;    // no progress bar
  bool extract = true;  // run text::Extract over HHS web descriptions
  std::size_t batch = 500;
};

// Records parsed from one input text, not yet stored.
struct Parsed {
  std::vector<store::IngestItem> items;
  std::vector<std::string> positions;  // where each item was read ("line 12", "[3]", "")
  std::vector<Skip> skips;
  std::int64_t read = 0;
  std::int64_t extract_failed = 0;
};

// Parses `text` (the bytes of the file `name`) in `format`. Bad records are
// listed in out->skips and the rest are parsed. Returns OK; in strict mode
// InvalidArgument ("file: position: reason") at the first bad record. Never throws.
Status ParseInput(Format format, const std::string& name, std::string_view text,
                  const ImportOptions& options, Parsed* out);

// Reads every input, parses it and stores the records in batches. Items that
// repeat an id already seen in this run are skipped (and reported). Returns
// OK with *report filled; InvalidArgument in strict mode (nothing stored);
// kIoError if an input cannot be read (strict) or the store fails.
Status Import(std::span<const ImportInput> inputs, store::Store& store,
              const ImportOptions& options, ImportReport* report);

enum class ExportFormat { kJsonl, kCsv, kVeris, kHibp };
std::optional<ExportFormat> ParseExportFormat(std::string_view s);
std::string_view ContentTypeFor(ExportFormat f);

struct ExportOptions {
  bool bom = false;  // CSV only: start with a UTF-8 byte-order mark
  // ExportTo hands the document to its sink in pieces of about this size.
  size_t chunk_bytes = 1 << 20;
  // Export: kTooLarge once the document would grow past this (0: no limit).
  std::uint64_t max_bytes = 0;
  // Only the incidents matching this search, in its order (its limit and
  // cursor are ignored: every page is exported); unset: every incident.
  std::optional<store::SearchQuery> query;
};

// Every incident not merged into another (or those matching options.query),
// in id order (or the query's order), in `format`:
// jsonl one record per line; csv with a header (columns in export.h);
// veris a JSON array of VERIS 1.4.1 incidents; hibp a JSON array of v3 breaches.
// The document goes to `sink` in pieces of about options.chunk_bytes, so memory
// stays bounded whatever the size of the store. Returns the store's error or the
// sink's (which stops the export) or Ok.
Status ExportTo(store::Store& store, ExportFormat format, const ExportOptions& options,
                const std::function<Status(std::string_view)>& sink);

// The same document whole, in memory: for small registries and tests.
// kTooLarge if it would be longer than options.max_bytes (when set).
Result<std::string> Export(store::Store& store, ExportFormat format,
                           const ExportOptions& options = {});

}  // namespace leakwatch::interop
