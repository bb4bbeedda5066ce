// libFuzzer target: the RFC 4180 reader and the HHS row mapping must not crash,
// hang or read out of bounds on any bytes, and must always make progress.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "interop/csv.h"
#include "interop/interop.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  leakwatch::interop::CsvReader reader(text);
  leakwatch::interop::CsvRecord rec;
  leakwatch::Status st;
  std::size_t last = 0, records = 0;
  while (reader.Next(&rec, &st)) {
    if (reader.offset() <= last && records > 0) __builtin_trap();  // no progress: a hang
    last = reader.offset();
    if (++records > size + 1) __builtin_trap();
  }
  leakwatch::interop::Parsed parsed;
  leakwatch::interop::ImportOptions options;
  options.extract = false;  // the extractor has its own fuzz target
  (void)leakwatch::interop::ParseInput(leakwatch::interop::Format::kHhs, "fuzz.csv", text, options,
                                       &parsed);
  return 0;
}
