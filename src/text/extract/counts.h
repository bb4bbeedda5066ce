// Finding counts of people, households and records in notice text (NFKC):
// 3世帯8名, 約1万2千人, 延べ, 計, 12,000件, approximately 12,000 individuals,
// 1.2 million, more than 700.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/extract/common.h"

namespace leakwatch::text {

enum class CountUnit { kPersons, kHouseholds, kRecords };

struct CountMention {
  size_t start = 0, end = 0;  // byte range of number and unit
  std::int64_t value = 0;
  CountUnit unit = CountUnit::kPersons;
  bool total = false;     // 計, 合計, 延べ, a total of, in all
  bool approx = false;    // 約, approximately, more than, ...
  bool distinct = false;  // 実人数: people counted once (beside a 延べ count)
  bool bound = false;     // 500名未満, fewer than 500: a bound, not a count
  bool named = false;     // B様の: one person named by a letter (value 1)
};

// Every count with a unit in `text`, in order. Numbers inside dates, phone
// numbers and list markers are not counts (they carry no unit). Linear time.
std::vector<CountMention> FindCounts(std::string_view text);

// The forms FindCounts looks for by blocks of lines (so that one LinePresence
// pass can serve FindCountsIn and other finders). Thread-safe.
const std::vector<const RE2*>& CountForms();
// FindCounts given where[i], the windows of `text` in which CountForms()[i]
// may match (LinePresence::In over `text`).
// Small numbers of people in words ("nine students") count only where no count of
// people in digits stands beside them; the ones left out for that go to *aside, if
// given, for a caller whose counts in digits all turn out to be something else ("the
// families of all 118 students … the reports of nine students were put in envelopes
// addressed to other families").
std::vector<CountMention> FindCountsIn(std::string_view text,
                                       const std::vector<std::vector<Window>>& where,
                                       std::vector<CountMention>* aside = nullptr);

}  // namespace leakwatch::text
