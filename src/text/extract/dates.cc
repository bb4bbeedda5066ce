#include "text/extract/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

#include "text/extract/common.h"

namespace leakwatch::text {

namespace {

constexpr const char* kKanjiNum = "[0-9〇一二三四五六七八九十]";

int EraBase(std::string_view era) {
  if (era == "明治" || era == "M") return 1868;
  if (era == "大正" || era == "T") return 1912;
  if (era == "昭和" || era == "S") return 1926;
  if (era == "平成" || era == "H") return 1989;
  if (era == "令和" || era == "R") return 2019;
  // (As English versions of Japanese releases write them: "July 10, Reiwa 6 (2024)".)
  const std::string e = AsciiLower(era.substr(0, 4));
  if (e == "meij") return 1868;
  if (e == "tais") return 1912;
  if (e == "show" || era.starts_with("Shō")) return 1926;
  if (e == "heis") return 1989;
  if (e == "reiw") return 2019;
  return 0;
}

int MonthFromName(std::string_view name) {
  std::string n = AsciiLower(name.substr(0, 3));
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i)
    if (n == kMonths[i]) return i + 1;
  return 0;
}

int Num(std::string_view s) {
  long long v = ParseNumber(s);
  return v < 0 || v > 100000 ? 0 : static_cast<int>(v);
}

const std::string kMonthRe =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

// 0 Sunday … 6 Saturday, of a valid y-m-d (1970-01-01 was a Thursday).
int Weekday(int y, int m, int d) { return static_cast<int>(((DayNumber(y, m, d) % 7) + 11) % 7); }

// The weekday written with the date at [start, end) of `text`: "10月18日(火)", "11月3日(月・祝)",
// "Thursday, Aug. 7", "Aug. 7 (Thu)"; -1 if none.
int WrittenWeekday(std::string_view text, size_t start, size_t end) {
  std::string_view after = text.substr(end, 12);
  while (after.starts_with(" ")) after.remove_prefix(1);
  if (after.starts_with("(")) {
    after.remove_prefix(1);
    while (after.starts_with(" ")) after.remove_prefix(1);
    static constexpr std::string_view kJa[] = {"日", "月", "火", "水", "木", "金", "土"};
    static constexpr std::string_view kEn[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    const std::string lower_after = AsciiLower(after);
    for (int i = 0; i < 7; ++i)
      if (after.starts_with(kJa[i]) || lower_after.starts_with(kEn[i])) return i;
  }
  // "Thursday, Aug. 7", "Thursday 7 August".
  std::string_view before = text.substr(0, start);
  while (before.ends_with(" ") || before.ends_with(",")) before.remove_suffix(1);
  static constexpr std::string_view kEnDays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                                 "thursday", "friday", "saturday"};
  const std::string lower_before =
      AsciiLower(before.substr(before.size() - std::min<size_t>(before.size(), 10)));
  for (int i = 0; i < 7; ++i)
    if (lower_before.ends_with(kEnDays[i]) &&
        (lower_before.size() == kEnDays[i].size() ||
         !std::isalpha(static_cast<unsigned char>(
             lower_before[lower_before.size() - kEnDays[i].size() - 1]))))
      return i;
  return -1;
}

void Add(std::vector<DateMention>* out, std::string_view text, std::string_view whole, int y, int m,
         int d) {
  DateMention dm;
  dm.start = OffsetIn(text, whole);
  dm.end = dm.start + whole.size();
  dm.year = y, dm.month = m, dm.day = d;
  dm.resolved = y != 0 && IsValidYmd(y, m, d);
  if (y != 0 && !dm.resolved) return;             // 2011年13月40日: not a date
  if (y == 0 && !IsValidYmd(2000, m, d)) return;  // 2000 is a leap year: 2月29日 may be real
  if (y == 0) dm.weekday = WrittenWeekday(text, dm.start, dm.end);
  out->push_back(dm);
}

}  // namespace

bool IsValidYmd(int y, int m, int d) {
  if (y < 1868 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) max = 29;
  return d <= max;
}

long DayNumber(int y, int m, int d) {
  using namespace std::chrono;
  return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}}
      .time_since_epoch()
      .count();
}

std::string FormatYmd(int y, int m, int d) {
  if (y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99) {
    // What the snprintf below prints, without its cost (it ran ~18 times a notice).
    std::string s = "0000-00-00";
    s[0] = static_cast<char>('0' + y / 1000), s[1] = static_cast<char>('0' + y / 100 % 10);
    s[2] = static_cast<char>('0' + y / 10 % 10), s[3] = static_cast<char>('0' + y % 10);
    s[5] = static_cast<char>('0' + m / 10), s[6] = static_cast<char>('0' + m % 10);
    s[8] = static_cast<char>('0' + d / 10), s[9] = static_cast<char>('0' + d % 10);
    return s;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

const std::vector<const RE2*>& DateForms() {
  // "令和6年(2024年)5月10日", "2024年(令和6年)5月10日": the year written both ways.
  static const RE2 ja("(?:(明治|大正|昭和|平成|令和) *)?(?:(元|" + std::string(kKanjiNum) +
                      "{1,4}) *年 *(?:\\( *(?:(?:19|20)[0-9]{2} *年?|(?:明治|大正|昭和|平成|令和) "
                      "*(?:元|[0-9]{1,2}) *年) *\\) *)?)?(" +
                      kKanjiNum + "{1,3}) *月 *(" + kKanjiNum + "{1,3}) *日");
  static const RE2 abbr(
      "(?:^|[^A-Za-z0-9])([MTSHR]) ?([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{1,2})(?:[^0-9]|$)");
  static const RE2 ymd(
      "(?:^|[^0-9])((?:19|20)[0-9]{2}) ?([/.\\-]) ?([0-9]{1,2}) ?[/.\\-] "
      "?([0-9]{1,2})(?:[^0-9]|$)");
  static const RE2 us("(?:^|[^0-9/])([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9]{2})(?:[^0-9]|$)");
  static const RE2 mdy("(?i)\\b" + kMonthRe +
                       " +([0-9]{1,2})(?:st|nd|rd|th)?,? +((?:19|20)[0-9]{2})\\b");
  // ("overnight between 7 and 8 February 2026", "7-8 February 2026", "between Sunday 22 and
  // Monday 23 September 2024": a range of days of one month; group 1 is its first day.)
  static const RE2 dmy(
      "(?i)\\b([0-9]{1,2})(?:st|nd|rd|th)?(?: *(?:and|to|-|–) *(?:(?:mon|tues|wednes|thurs|fri|"
      "satur|sun)day,? +)?[0-9]{1,2}(?:st|nd|rd|th)?)? +" +
      kMonthRe + ",? +((?:19|20)[0-9]{2})\\b");
  // "between April 16 and April 19, 2024": a capitalised month without a year.
  static const RE2 md_en(
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
      "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.? +([0-9]{1,2})(?:st|nd|rd|th)?\\b");
  // "between 16 February and 19 February 2024": a day then a capitalised month, no year.
  static const RE2 dm_en(
      "\\b([0-9]{1,2})(?:st|nd|rd|th)? +(January|February|March|April|May|June|July|August|"
      "September|October|November|December)\\b");
  // "同日"; "同月26日" / "翌26日": a day of the month of the date before.
  static const RE2 same("同日|the same day|(同月|翌) *(" + std::string(kKanjiNum) + "{1,2}) *日");
  // "岐阜市は13日、…と発表した。10日午前、…": a news report's bare day of the month, told
  // only where a time of day, a comma or an event follows (so that "3日間", "10日以内" and
  // "毎月10日" are no dates).
  static const RE2 bare(
      "(?:^|[^0-9月日年第約毎週/.-])([0-9]{1,2}) *日(?:午前|午後|夜|朝|夕方?|未明|昼|深夜|正午|"
      "、|ごろ|頃|に(?:かけ|発生|判明|発覚|確認|気付|気づ))");
  static const std::vector<const RE2*> forms{&ja,  &abbr,  &ymd,   &us,   &mdy,
                                             &dmy, &md_en, &dm_en, &same, &bare};
  return forms;
}

// "July 10, Reiwa 6 (2024)", "Reiwa 6 (2024), June 14", "December 18 (Wed), Reiwa 6": a
// Japanese era in English, the Gregorian year in brackets or not. (Not in DateForms: they are
// looked for only in the rare text that names an era.)
const std::pair<const RE2*, const RE2*>& EraInEnglishForms() {
  static const std::string kEraEn =
      "(Meiji|Taisho|Taishō|Showa|Shōwa|Heisei|Reiwa) +([0-9]{1,2}|1st|first)"
      "(?: *\\( *((?:19|20)[0-9]{2}) *\\))?";
  static const RE2 md_era("(?i)\\b" + kMonthRe +
                          " +([0-9]{1,2})(?:st|nd|rd|th)?(?: *\\([A-Za-z.]{2,10}\\))?,? +" +
                          kEraEn);
  static const RE2 era_md(kEraEn + ",? +" + kMonthRe + " +([0-9]{1,2})(?:st|nd|rd|th)?\\b");
  static const std::pair<const RE2*, const RE2*> forms{&md_era, &era_md};
  return forms;
}

std::vector<DateMention> FindDates(std::string_view text) {
  static const LinePresence forms(LinePresence::PatternsOf(DateForms()));
  return FindDatesIn(text, forms.In(text));
}

std::vector<DateMention> FindDatesIn(std::string_view text,
                                     const std::vector<std::vector<Window>>& where) {
  // Each form is looked for only in the blocks of lines the presence pass
  // found it in. (No form matches across a line break but for the
  // "(?:^|[^0-9])" / "(?:[^0-9]|$)" byte before or after: see LinePresence.)
  enum { kJa, kAbbr, kYmd, kUs, kMdy, kDmy, kMdEn, kDmEn, kSame, kBare };
  const std::vector<const RE2*>& f = DateForms();
  const RE2 &ja = *f[kJa], &abbr = *f[kAbbr], &ymd = *f[kYmd], &us = *f[kUs], &mdy = *f[kMdy],
            &dmy = *f[kDmy], &md_en = *f[kMdEn], &dm_en = *f[kDmEn], &same = *f[kSame],
            &bare = *f[kBare];
  auto for_each = [&](const std::vector<Window>& windows, const RE2& re, const auto& fn) {
    ForEachMatchIn(re, text, windows, fn);
  };
  std::vector<DateMention> all;
  for_each(where[kJa], ja, [&](const auto& g) {
    int y = 0;
    if (!g[2].empty()) {
      int n = g[2] == "元" ? 1 : Num(g[2]);
      int base = g[1].empty() ? 0 : EraBase(g[1]);
      y = base ? base + n - 1 : n;
      if (!base && y < 100) return;  // 23年10月: an era year without its era
      // A bare era year ("23年") right after an era in the same match is handled
      // above; a bare 4-digit year is Gregorian.
    }
    Add(&all, text, g[0], y, Num(g[3]), Num(g[4]));
  });
  for_each(where[kAbbr], abbr, [&](const auto& g) {
    std::string_view whole(g[1].data(), OffsetIn(text, g[4]) + g[4].size() - OffsetIn(text, g[1]));
    Add(&all, text, whole, EraBase(g[1]) + Num(g[2]) - 1, Num(g[3]), Num(g[4]));
  });
  for_each(where[kYmd], ymd, [&](const auto& g) {
    std::string_view whole(g[1].data(), OffsetIn(text, g[4]) + g[4].size() - OffsetIn(text, g[1]));
    Add(&all, text, whole, Num(g[1]), Num(g[3]), Num(g[4]));
  });
  // nn/nn/yyyy is month first (US) unless the notice writes one date that can
  // only be day first ("31/03/2024", as British notices do): then all are.
  struct Slashed {
    std::string_view whole;
    int a, b, y;
  };
  std::vector<Slashed> slashed;
  bool day_first = false, month_first = false;
  for_each(where[kUs], us, [&](const auto& g) {
    std::string_view whole(g[1].data(), OffsetIn(text, g[3]) + g[3].size() - OffsetIn(text, g[1]));
    slashed.push_back({whole, Num(g[1]), Num(g[2]), Num(g[3])});
    day_first = day_first || (slashed.back().a > 12 && slashed.back().b <= 12);
    month_first = month_first || (slashed.back().b > 12 && slashed.back().a <= 12);
  });
  size_t month_names_first = 0, days_first = 0;
  // The year of an era written in English: the Gregorian one in brackets, else the era's.
  auto era_year = [](re2::StringPiece era, re2::StringPiece n, re2::StringPiece gregorian) {
    if (!gregorian.empty()) return Num(gregorian);
    const int base = EraBase(std::string_view(era.data(), era.size()));
    const int k = std::isdigit(static_cast<unsigned char>(n[0])) ? Num(n) : 1;
    return base ? base + k - 1 : 0;
  };
  {
    if (ContainsAny(text, {"Reiwa", "Heisei", "Showa", "Shōwa", "Taish", "Meiji"})) {
      const auto& [md_era, era_md] = EraInEnglishForms();
      const std::vector<Window> whole{{0, text.size()}};
      for_each(whole, *md_era, [&](const auto& g) {
        Add(&all, text, g[0], era_year(g[3], g[4], g[5]), MonthFromName(g[1]), Num(g[2]));
      });
      for_each(whole, *era_md, [&](const auto& g) {
        Add(&all, text, g[0], era_year(g[1], g[2], g[3]), MonthFromName(g[4]), Num(g[5]));
      });
    }
  }
  for_each(where[kMdy], mdy, [&](const auto& g) {
    Add(&all, text, g[0], Num(g[3]), MonthFromName(g[1]), Num(g[2]));
    ++month_names_first;
  });
  for_each(where[kDmy], dmy, [&](const auto& g) {
    Add(&all, text, g[0], Num(g[3]), MonthFromName(g[2]), Num(g[1]));
    ++days_first;
  });
  // "between March\n4, 2025": a month's name ends a line and its day and year start the
  // next, as text copied out of a PDF breaks it (no form above spans a line break).
  {
    static const RE2 split_mdy("(?i)" + kMonthRe +
                               " *\n *([0-9]{1,2})(?:st|nd|rd|th)?,? +((?:19|20)[0-9]{2})\\b");
    const re2::StringPiece input(text.data(), text.size());
    for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
      if (nl + 1 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[nl + 1])))
        continue;
      size_t b = nl;
      while (b > 0 && text[b - 1] == ' ') --b;
      size_t w = b;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
      if (b - w < 3 || b - w > 9 || MonthFromName(text.substr(w, b - w)) == 0) continue;
      re2::StringPiece g[4];
      if (split_mdy.Match(input, w, std::min(text.size(), nl + 24), RE2::ANCHOR_START, g, 4)) {
        Add(&all, text, std::string_view(g[0].data(), g[0].size()), Num(g[3]), MonthFromName(g[1]),
            Num(g[2]));
        ++month_names_first;
      }
    }
  }
  // No slashed date decides it ("06/03/2025", "07/03/2025"): a notice that writes its
  // other dates day first ("Published: 14 March 2025") and never month first writes
  // these day first too.
  if (!day_first && !month_first && days_first > 0 && month_names_first == 0) day_first = true;
  // Still undecided, and neither order writes a date with a month's name: the order that
  // keeps the dates closer together (a notice tells of days, not of months apart:
  // "03/02/2025 … 04/02/2025 … Date: 11/02/2025" is early February).
  if (!day_first && !month_first && days_first == 0 && month_names_first == 0 &&
      slashed.size() >= 2) {
    auto span = [&](bool dmy) {
      long lo = 0, hi = 0;
      bool any = false;
      for (const Slashed& d : slashed) {
        const int m = dmy ? d.b : d.a, dd = dmy ? d.a : d.b;
        if (!IsValidYmd(d.y, m, dd)) continue;
        const long n = DayNumber(d.y, m, dd);
        lo = any ? std::min(lo, n) : n, hi = any ? std::max(hi, n) : n;
        any = true;
      }
      return hi - lo;
    };
    if (span(true) < span(false)) day_first = true;
  }
  for (const Slashed& d : slashed)
    Add(&all, text, d.whole, d.y, day_first && !month_first ? d.b : d.a,
        day_first && !month_first ? d.a : d.b);
  for_each(where[kMdEn], md_en,
           [&](const auto& g) { Add(&all, text, g[0], 0, MonthFromName(g[1]), Num(g[2])); });
  for_each(where[kDmEn], dm_en,
           [&](const auto& g) { Add(&all, text, g[0], 0, MonthFromName(g[2]), Num(g[1])); });
  for_each(where[kSame], same, [&](const auto& g) {
    DateMention dm;
    dm.start = OffsetIn(text, g[0]);
    dm.end = dm.start + g[0].size();
    dm.same_day = g[2].empty();
    if (!dm.same_day) {
      dm.day = Num(g[2]);
      dm.next = g[1] == "翌";
      if (dm.day < 1 || dm.day > 31) return;
    }
    all.push_back(dm);
  });
  for_each(where[kBare], bare, [&](const auto& g) {
    DateMention dm;
    dm.start = OffsetIn(text, g[1]);
    dm.end = OffsetIn(text, g[0]) + g[0].size();
    dm.day = Num(g[1]);
    dm.bare = true;
    if (dm.day >= 1 && dm.day <= 31) all.push_back(dm);
  });
  std::stable_sort(all.begin(), all.end(), [](const DateMention& a, const DateMention& b) {
    return a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start);
  });
  std::vector<DateMention> out;
  for (const DateMention& d : all)
    if (out.empty() || d.start >= out.back().end) out.push_back(d);
  return out;
}

void ResolveDates(std::vector<DateMention>* dates, const std::optional<std::string>& anchor) {
  int ref_y = 0, ref_m = 0, ref_d = 0;
  if (anchor && anchor->size() == 10) {
    std::sscanf(anchor->c_str(), "%d-%d-%d", &ref_y, &ref_m, &ref_d);
  }
  const DateMention* prev = nullptr;
  for (DateMention& d : *dates) {
    if (d.same_day) {
      if (prev) {
        d.year = prev->year, d.month = prev->month, d.day = prev->day;
        d.resolved = true;
      }
    } else if (d.month == 0 && d.bare) {
      // A bare day: in the month of the date before (or of the announcement),
      // never after the announcement.
      int y = prev ? prev->year : ref_y, m = prev ? prev->month : ref_m;
      if (y && ref_y && y * 10000 + m * 100 + d.day > ref_y * 10000 + ref_m * 100 + ref_d)
        if (--m < 1) m = 12, --y;
      if (y && IsValidYmd(y, m, d.day)) {
        d.year = y, d.month = m;
        d.resolved = true;
      }
    } else if (d.month == 0) {
      // "同月26日" is in the previous date's month; "翌3日" is the next such day after it.
      if (prev) {
        int y = prev->year, m = prev->month;
        if (d.next && d.day <= prev->day) {
          if (++m > 12) m = 1, ++y;
        }
        if (IsValidYmd(y, m, d.day)) {
          d.year = y, d.month = m;
          d.resolved = true;
        }
      }
    } else if (!d.resolved) {
      // Narratives run forward: the first such date on or after the previous
      // one, but not after the announcement; else the announcement's year.
      auto key = [](int y, int m, int dd) { return y * 10000 + m * 100 + dd; };
      int anchor_key = ref_y ? key(ref_y, ref_m, ref_d) : 0;
      int year = 0;
      if (prev) {
        year = prev->year;
        // Earlier in the year than the previous date: the next year, unless
        // that would pass the announcement (then it looks back instead).
        // ("年末年始(12月29日~1月3日)" after the announcement runs on into the next year: a date
        // soon after one already past the announcement.)
        if (key(0, d.month, d.day) < key(0, prev->month, prev->day)) {
          ++year;
          const bool runs_on =
              key(prev->year, prev->month, prev->day) > anchor_key &&
              IsValidYmd(year, d.month, d.day) &&
              DayNumber(year, d.month, d.day) - DayNumber(prev->year, prev->month, prev->day) <= 62;
          if (anchor_key && key(year, d.month, d.day) > anchor_key && !runs_on) --year;
        } else if (anchor_key && IsValidYmd(year, d.month, d.day) &&
                   DayNumber(year, d.month, d.day) - DayNumber(ref_y, ref_m, ref_d) > 180) {
          // Half a year or more past the announcement in the previous date's year ("12月22日"
          // below a notice dated 令和8年1月9日): the year before. (A date soon after it is one
          // to come: "6月20日まで受付".)
          --year;
        }
      } else if (ref_y) {
        year = ref_y;
        if (key(year, d.month, d.day) > anchor_key) --year;
      }
      // Years before the announcement's, from a full date that is a data range's bound
      // ("平成27年4月1日以降に受診された方", then "11月15日(土)"), with a weekday that year does
      // not fit: the announcement's year or one next to it, if the weekday fits that. (Only then:
      // a weekday off by a day is a common slip, and a narrative's year is a better guide.)
      if (year && ref_y && ref_y - year >= 2 && d.weekday >= 0 &&
          IsValidYmd(year, d.month, d.day) && Weekday(year, d.month, d.day) != d.weekday) {
        for (const int y : {ref_y, ref_y - 1, ref_y + 1})
          if (y && IsValidYmd(y, d.month, d.day) && Weekday(y, d.month, d.day) == d.weekday) {
            year = y;
            break;
          }
      }
      if (year && IsValidYmd(year, d.month, d.day)) {
        d.year = year;
        d.resolved = true;
      }
    }
    if (d.resolved) prev = &d;
  }
}

}  // namespace leakwatch::text
