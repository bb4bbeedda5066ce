#include "text/extract/dates.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace leakwatch::text {
namespace {

std::vector<std::string> Resolved(std::string_view text, std::optional<std::string> anchor = {}) {
  std::vector<DateMention> d = FindDates(text);
  ResolveDates(&d, anchor);
  std::vector<std::string> out;
  for (const DateMention& m : d)
    out.push_back(m.resolved ? FormatYmd(m.year, m.month, m.day) : "?");
  return out;
}

TEST(Dates, Forms) {
  const std::pair<const char*, std::vector<std::string>> cases[] = {
      {"2011年10月21日", {"2011-10-21"}},
      {"2011/10/21 と 2011-10-22", {"2011-10-21", "2011-10-22"}},
      {"October 21, 2011", {"2011-10-21"}},
      {"21 Oct 2011", {"2011-10-21"}},
      {"on 10/21/2011 we", {"2011-10-21"}},
      {"Sept. 3rd, 2020", {"2020-09-03"}},
      // A range of days of one month: its first day (dev44).
      {"overnight between 7 and 8 February 2026", {"2026-02-07"}},
      {"from 3rd to 5th March 2026", {"2026-03-03"}},
      {"on 12-14 May 2025", {"2025-05-12"}},
      // dev108/005: a weekday before each day.
      {"Overnight between Sunday 22 and Monday 23 September 2024", {"2024-09-22"}},
      // A month's name and its day broken over two lines (text copied out of a PDF).
      {"access to our network between March\n4, 2025 and March 9, 2025",
       {"2025-03-04", "2025-03-09"}},
      // A Japanese era in English, as English versions of Japanese releases write it (dev59).
      {"July 10, Reiwa 6 (2024)", {"2024-07-10"}},
      {"on December 18 (Wed), Reiwa 6 (2024)", {"2024-12-18"}},
      {"Reiwa 7 (2025), June 14", {"2025-06-14"}},
      {"March 31, Heisei 31", {"2019-03-31"}},
      {"平成23年10月21日", {"2011-10-21"}},
      {"令和元年5月1日", {"2019-05-01"}},
      {"昭和64年1月7日", {"1989-01-07"}},
      {"明治45年7月29日", {"1912-07-29"}},
      {"大正2年1月1日", {"1913-01-01"}},
      {"H23.10.21", {"2011-10-21"}},
      {"R5.4.1から", {"2023-04-01"}},
      {"平成二十三年十月二十一日", {"2011-10-21"}},
      {"二〇一一年十月二十一日", {"2011-10-21"}},
      {"平成23年10月18日(火)、同日午後", {"2011-10-18", "2011-10-18"}},
      // A day of the month of the date before ("同月"), the next such day ("翌").
      {"2023年3月9日に気付いた。同月6日に持ち帰っていた", {"2023-03-09", "2023-03-06"}},
      {"令和5年1月30日(月)に送付し、翌2日に判明", {"2023-01-30", "2023-02-02"}},
      {"2023年12月30日に送付し、翌五日に判明", {"2023-12-30", "2024-01-05"}},
      {"同月6日", {"?"}},
      // The year written both ways, as city press releases do.
      {"令和6年(2024年)5月10日", {"2024-05-10"}},
      {"令和7年 (2025年) 2月5日", {"2025-02-05"}},
      {"2024年(令和6年)5月10日", {"2024-05-10"}},
      // Day first throughout when one date can only be day first.
      {"Published: 11/03/2024. On 04/03/2024 we erred; training by 31/03/2024.",
       {"2024-03-11", "2024-03-04", "2024-03-31"}},
      {"on 11/03/2024 and 12/25/2024", {"2024-11-03", "2024-12-25"}},
      // No slashed date decides it: the order of the dates written with a month's name does.
      {"Published: 14 March 2025. On 06/03/2025 we erred.", {"2025-03-14", "2025-03-06"}},
      {"Published: March 14, 2025. On 06/03/2025 we erred.", {"2025-03-14", "2025-06-03"}},
      // Nothing else decides it: the order that keeps the dates closer together.
      {"Date: 11/02/2025. Found on 04/02/2025, left there on 03/02/2025.",
       {"2025-02-11", "2025-02-04", "2025-02-03"}},
      {"Date: 07/15/2024. Sent on 06/03/2024 and 06/10/2024.",
       {"2024-07-15", "2024-06-03", "2024-06-10"}},
      {"On 06/03/2024 and 06/10/2024 we sent it.", {"2024-06-03", "2024-06-10"}},
      {"2011年13月40日", {}},
      {"February 30, 2020", {}},
      {"電話06-6659-9945", {}},
      {"version 1.2.3", {}},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(Resolved(text), want) << text;
}

TEST(Dates, YearlessAgainstAnchor) {
  EXPECT_EQ(Resolved("10月18日(火)に判明", std::string("2011-10-21")),
            std::vector<std::string>{"2011-10-18"});
  // After the announcement day: the previous year.
  EXPECT_EQ(Resolved("12月28日に発生", std::string("2012-01-10")),
            std::vector<std::string>{"2011-12-28"});
  // The closest full date before wins over the anchor.
  EXPECT_EQ(Resolved("2010年5月1日に発送し、5月3日に判明", std::string("2011-01-01")),
            (std::vector<std::string>{"2010-05-01", "2010-05-03"}));
  EXPECT_EQ(Resolved("10月18日", std::nullopt), std::vector<std::string>{"?"});
  EXPECT_EQ(Resolved("同日", std::nullopt), std::vector<std::string>{"?"});
  // Narratives run forward: after 2023年11月20日, 8月23日 is the next year's (before the anchor).
  EXPECT_EQ(Resolved("2023年11月20日に設定を誤り、8月23日より通知", std::string("2024-08-23")),
            (std::vector<std::string>{"2023-11-20", "2024-08-23"}));
  EXPECT_EQ(Resolved("between April 16 and April 19, 2024", std::nullopt),
            (std::vector<std::string>{"?", "2024-04-19"}));
  EXPECT_EQ(Resolved("between April 16 and April 19, 2024", std::string("2024-05-01")),
            (std::vector<std::string>{"2024-04-16", "2024-04-19"}));
  // dev80/012: below a notice's own date in January, December is the year before.
  EXPECT_EQ(Resolved("令和8年1月9日\n12月22日(月)、発送した。1月7日に特定した。",
                     std::string("2026-01-09")),
            (std::vector<std::string>{"2026-01-09", "2025-12-22", "2026-01-07"}));
  // A news report's bare days: the month of the date before, never after the announcement.
  EXPECT_EQ(Resolved("2025年2月13日 配信\n岐阜市は13日、発表した。10日午前、交付した。翌11日に判明",
                     std::string("2025-02-13")),
            (std::vector<std::string>{"2025-02-13", "2025-02-13", "2025-02-10", "2025-02-11"}));
  EXPECT_EQ(Resolved("市は3日、発表した。28日夜に盗まれた", std::string("2025-03-03")),
            (std::vector<std::string>{"2025-03-03", "2025-02-28"}));
  // dev107/006: a data range's bound years back does not date a timeline's weekdays; the
  // announcement's year, which the weekday fits, does. And a year-end closure after the
  // announcement runs on into the next year.
  EXPECT_EQ(
      Resolved("患者様の情報(平成27年4月1日以降に受診された方)\n受付期間 11月15日(土)から12月"
               "26日(金)まで\n【参考】11月4日にお知らせした内容\n休診日 年末年始(12月29日~1月3日)",
               std::string("2025-11-14")),
      (std::vector<std::string>{"2015-04-01", "2025-11-15", "2025-12-26", "2025-11-04",
                                "2025-12-29", "2026-01-03"}));
  // A weekday off by a day in the announcement's own year stays a slip: the year stands.
  EXPECT_EQ(Resolved("7月24日(木)、判明した。", std::string("2026-08-06")),
            std::vector<std::string>{"2026-07-24"});
  // Durations, limits and monthly days are no dates.
  EXPECT_EQ(Resolved("3日間、10日以内に、毎月10日、第2日、", std::string("2025-03-03")),
            std::vector<std::string>{});
}

TEST(Dates, Offsets) {
  std::string text = "発表 2011年10月21日 以上";
  std::vector<DateMention> d = FindDates(text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(text.substr(d[0].start, d[0].end - d[0].start), "2011年10月21日");
}

TEST(Dates, FormatYmdEqualsPrintf) {
  // The fast path and the printf it replaces agree, in range and beside it.
  for (int y : {-1, 0, 7, 99, 1868, 2024, 9999, 10000, 123456})
    for (int m : {-5, 0, 1, 9, 12, 99, 100})
      for (int d : {-1, 0, 1, 31, 99, 1000}) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        EXPECT_EQ(FormatYmd(y, m, d), buf) << y << " " << m << " " << d;
      }
}

}  // namespace
}  // namespace leakwatch::text
