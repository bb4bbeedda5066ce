// A small RFC 4180 CSV reader and writer (no Debian CSV library is available).
//
// Reading: fields separated by commas, records by CRLF or LF; a field that
// starts with '"' is quoted and may hold commas, line breaks and doubled
// quotes (""). A UTF-8 byte-order mark at the very start is skipped. Errors
// (a quote inside an unquoted field, text after a closing quote, an unclosed
// quote at end of input) are reported per record with its line number, and
// reading continues at the next physical line (for an unclosed quote: the line
// after the one it opened on), so one broken record does not lose the rest.
//
// Writing: QuoteField quotes a field only when it needs it.
// Thread safety: a CsvReader is not thread-safe; the free functions are.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace leakwatch::interop {

struct CsvRecord {
  std::vector<std::string> fields;
  std::int64_t line = 0;  // 1-based line number where the record starts
};

class CsvReader {
 public:
  // `data` must outlive the reader (it is not copied).
  explicit CsvReader(std::string_view data);

  // Reads the next record into *out. Returns true and OK on success; false
  // and OK at end of input; true and InvalidArgument (with the line number)
  // for a malformed record, after which reading resumes at the next line.
  // Empty lines are skipped. Always advances: never loops on bad input.
  bool Next(CsvRecord* out, Status* status);

  // Byte offset of the next unread byte: after Next(), the end of the record read.
  std::size_t offset() const { return pos_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
};

// Parses all of `data`; InvalidArgument at the first malformed record.
Result<std::vector<CsvRecord>> ParseCsv(std::string_view data);

// The field as RFC 4180 wants it: quoted (with doubled quotes) if it holds a
// comma, a quote, CR or LF, or starts/ends with a space; otherwise unchanged.
std::string QuoteCsvField(std::string_view field);

// Joins fields into one record terminated by CRLF.
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace leakwatch::interop
