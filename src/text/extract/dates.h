// Finding dates in notice text (normalised with NFKC): Gregorian in the common
// Japanese and English forms, Japanese eras with 元年 and abbreviations
// (H23.10.21), kanji numerals, year-less dates and 同日.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/extract/common.h"

namespace leakwatch::text {

struct DateMention {
  size_t start = 0, end = 0;  // byte range in the text
  int year = 0;               // 0: not written (a year-less date or 同日)
  int month = 0, day = 0;     // 0 for 同日 until resolved
  bool same_day = false;      // 同日 / the same day
  bool next = false;          // 翌N日 (day set, month 0 until resolved); else 同月N日
  bool bare = false;          // "10日午前": a day alone (month 0 until resolved)
  bool resolved = false;      // year/month/day hold a valid calendar date
  int weekday = -1;           // of a year-less date, as written: 0 Sunday … 6 Saturday; -1 none
};

// True if y-m-d is a real calendar date between 1868 and 2100.
bool IsValidYmd(int y, int m, int d);
// Days since 1970-01-01 of a valid y-m-d.
long DayNumber(int y, int m, int d);
// "YYYY-MM-DD".
std::string FormatYmd(int y, int m, int d);

// All date mentions in `text`, in order, not overlapping. Full dates come back
// resolved; year-less ones and 同日 are resolved by ResolveDates. Linear time.
std::vector<DateMention> FindDates(std::string_view text);

// The forms FindDates looks for (so that one LinePresence pass can serve
// FindDatesIn and other finders). Thread-safe.
const std::vector<const RE2*>& DateForms();
// FindDates given where[i], the windows of `text` in which DateForms()[i] may
// match (LinePresence::In over `text`).
std::vector<DateMention> FindDatesIn(std::string_view text,
                                     const std::vector<std::vector<Window>>& where);

// Gives each year-less date the year of the closest full date before it (or
// of `anchor` "YYYY-MM-DD"), stepping back a year if that would put it after
// that reference (taken from a full date two or more years before the anchor's, a
// year that a written weekday does not fit gives way to the anchor's year or one
// beside it that the weekday fits: "11月15日(土)" after a data range's
// "平成27年4月1日"); 同日 takes the
// previous resolved date, 同月N日 its month and 翌N日 the next N-th after it. Unresolvable mentions
// stay resolved == false.
void ResolveDates(std::vector<DateMention>* dates, const std::optional<std::string>& anchor);

}  // namespace leakwatch::text
