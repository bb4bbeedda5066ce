// Extraction: turns one incident notice (Japanese or English prose, plain text
// or HTML, UTF-8 / Shift_JIS / EUC-JP) into an incident record.
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "record/incident.h"
#include "util/status.h"

namespace leakwatch::text {

struct ExtractOptions {
  std::optional<std::string> url;            // where the notice was published, if known
  std::optional<record::Language> language;  // nullopt: detect
  std::string file_name;                     // for error messages and the id's slug; may be empty
  size_t max_input_bytes = 16 << 20;  // larger input: TooLarge (keeps time and memory bounded)
};

// The notice after decoding to UTF-8 and removing markup and boilerplate: what
// a record's evidence offsets refer to (after NFKC) and what the store keeps.
struct ExtractResult {
  record::Incident incident;
  std::string text;  // decoded UTF-8 plain text of the notice (before NFKC)
};

// Extracts a record from `raw` (the file's bytes). Fields the notice does not
// state are null. The same input always gives the same record and id.
// InvalidArgument if the input is empty, binary, or not decodable text.
// Thread-safe; time linear in the input size.
Result<ExtractResult> Extract(std::string_view raw, const ExtractOptions& options);

struct ExtractInput {
  std::string_view raw;
  ExtractOptions options;
};

// Where ExtractBatch's time goes, stage by stage, summed over the batches it was
// passed to: for benchmarks (bench/extract), which print it per notice. Stage
// `i` is kStages[i]: decoding, HTML and normalisation ("text"); title and
// sections; the presence pass over the forms of dates, counts and type rules;
// then dates, counts, the incident type, data items, organisation and place,
// and the sections' fields and id ("finish").
struct ExtractStageTimes {
  static constexpr std::array<std::string_view, 9> kStages = {
      "text", "title", "presence", "dates", "counts", "type", "items", "organization", "finish"};
  std::array<std::chrono::nanoseconds, kStages.size()> spent{};
  size_t notices = 0;  // inputs passed, failed ones included
};

// Extract of each input, in order: the same results, but found one stage at a
// time over the whole batch, which is faster for many notices (each stage's
// regexes stay in cache across the batch). Memory grows with the batch (the
// inputs, their texts and what each stage found), so callers pass batches of
// at most kExtractBatch notices and, past the first, kExtractBatchBytes.
//
// With `times`, the time each stage took over the batch is added to it (the
// clock is read once per stage per batch, not per notice).
std::vector<Result<ExtractResult>> ExtractBatch(std::span<const ExtractInput> inputs,
                                                ExtractStageTimes* times = nullptr);
// 128 rather than 32 (measured 2026-12-06, `lw_bench_extract DIR N BATCH`): each stage
// fetches its regexes' DFA states (and its code) back into the core's caches once per
// batch, so a larger batch pays that once for more notices. Over 1,000 different notices
// of tests/extract, three times through, 128 ran 12% faster than 32 and 256 no faster
// than 128; memory grows by about 1 MB.
inline constexpr size_t kExtractBatch = 128;
inline constexpr size_t kExtractBatchBytes = 16 << 20;

}  // namespace leakwatch::text
