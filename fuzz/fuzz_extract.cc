// libFuzzer target for text::Extract: any bytes must give a record or a
// Status, never a crash, a hang or a record that breaks the schema's invariants.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "record/incident.h"
#include "text/extract.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  leakwatch::text::ExtractOptions options;
  // The first byte picks the options, so the URL and language paths are fuzzed too.
  if (size > 0 && (data[0] & 1)) options.url = "http://www.city.osaka.lg.jp/a/b.html";
  if (size > 0 && (data[0] & 2)) options.language = leakwatch::record::Language::kEn;
  auto r = leakwatch::text::Extract(raw, options);
  if (!r.ok()) return 0;
  const leakwatch::record::Incident& inc = r->incident;
  if (!leakwatch::record::Validate(inc).ok()) std::abort();
  if (!leakwatch::text::IsValidUtf8(r->text)) std::abort();
  size_t norm_size = leakwatch::text::Nfkc(r->text).size();
  for (const auto& [field, span] : inc.evidence)
    if (span.start < 0 || span.end > static_cast<int64_t>(norm_size) || span.start > span.end)
      std::abort();
  (void)leakwatch::record::ToJsonLine(inc);
  return 0;
}
