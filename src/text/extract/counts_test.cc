#include "text/extract/counts.h"

#include <gtest/gtest.h>

#include "text/extract/common.h"

namespace leakwatch::text {
namespace {

struct Want {
  std::int64_t value;
  CountUnit unit;
  bool total;
};

TEST(Counts, Forms) {
  using U = CountUnit;
  const std::pair<const char*, std::vector<Want>> cases[] = {
      {"3世帯8名の", {{3, U::kHouseholds, false}, {8, U::kPersons, false}}},
      // A total's people after its households, and 計 with its particle (dev86/001).
      {"計3世帯8名の", {{3, U::kHouseholds, true}, {8, U::kPersons, true}}},
      {"合計で4世帯5名となりました", {{4, U::kHouseholds, true}, {5, U::kPersons, true}}},
      {"8人", {{8, U::kPersons, false}}},
      {"約1万2千人", {{12000, U::kPersons, false}}},
      {"延べ1,234名", {{1234, U::kPersons, true}}},
      {"計 56 件", {{56, U::kRecords, true}}},
      {"17,805通", {{17805, U::kRecords, false}}},
      {"1.2万件", {{12000, U::kRecords, false}}},
      {"approximately 12,000 individuals", {{12000, U::kPersons, false}}},
      {"1.2 million customers", {{1200000, U::kPersons, false}}},
      {"more than 700 current and former employees", {{700, U::kPersons, false}}},
      {"a total of 3,100 patients", {{3100, U::kPersons, true}}},
      {"4,000 records", {{4000, U::kRecords, false}}},
      // A school year names the families (dev85/026).
      {"Dear Year 4 families", {}},
      // Those who wrote to a council are people (dev84/027).
      {"each of the 41 objectors", {{41, U::kPersons, false}}},
      // Submissions and test results are records (dev69/019, dev71/025).
      {"74 written submissions", {{74, U::kRecords, false}}},
      {"around 31,000 test results", {{31000, U::kRecords, false}}},
      {"06-6659-9945 と (1) と 2011年", {}},
      {"一人ひとり", {}},
      {"延べ156名(実人数98名)", {{156, U::kPersons, true}, {98, U::kPersons, true}}},
      {"nearly three thousand loan applicants", {{3000, U::kPersons, false}}},
      {"one hundred twelve (112) New Hampshire residents", {{112, U::kPersons, false}}},
      {"the PHI of 1,103 of the CE’s clients", {{1103, U::kPersons, false}}},
      {"on October 21, 2014, patients’ records", {}},
      {"October 17, 2023 and copied certain files", {}},
      // A heading's number before 名簿 (dev83/013); not "about three people".
      {"2 名簿に記載されていた個人情報", {}},
      // Any unit after a heading's number and a space at the start of its line (dev88/015);
      // an ordinal (dev89/012).
      {"本文\n2 ファイルに記載されていた個人情報", {}},
      {"1枚目と2枚目が重なったまま封入", {}},
      // Explanations of benefits are records; a school year between a number and its people
      // (dev89/017, 018).
      {"1,602 EOBs were mailed", {{1602, U::kRecords, false}}},
      {"The spreadsheet listed 61 Year 7 pupils", {{61, U::kPersons, false}}},
      // Attachments, orders, report cards in words; a few bills are no count (dev90).
      {"The email had 27 PDF attachments", {{27, U::kRecords, false}}},
      {"card details were entered in 2,381 orders", {{2381, U::kRecords, false}}},
      {"two hundred report cards were placed in envelopes", {{200, U::kRecords, false}}},
      {"the amounts of the last six bills", {}},
      // The one person a letter was about (dev89/025).
      {"The letter concerned one patient.", {{1, U::kPersons, false}}},
      {"対象は3名前後", {{3, U::kPersons, false}}},
      // A day-month-year date before people (dev82/028).
      {"On 14 August 2025 customers began contacting us", {}},
      {"by 3 Sept. 2025 customers had called", {}},
      {"two employees", {}},
      // A charity's supporters and carers; the recipients of a group e-mail (dev16/016, dev17/027).
      {"the email addresses of 312 supporters", {{312, U::kPersons, false}}},
      {"the other 312 recipients", {{312, U::kPersons, false}}},
      {"40 carers", {{40, U::kPersons, false}}},
      // People of several standings in one list (dev19/023).
      {"5,112 files relating to 3,874 current, former and prospective tenants",
       {{5112, U::kRecords, false}, {3874, U::kPersons, false}}},
      // The registrants of a programme (dev21/030).
      {"the email addresses of 412 registrants", {{412, U::kPersons, false}}},
      // Files counted in words; a few of them are no count (dev12/026, dev11/022).
      {"roughly two hundred patient files", {{200, U::kRecords, false}}},
      {"two address files were merged", {}},
      // The singular, as slips write it: "3,907 patient’s protected health information".
      {"contained 3,907 patient’s protected health information", {{3907, U::kPersons, false}}},
      {"About 150 prescription bags containing patient names", {}},
      // Kanji numerals below ten count after 計 and before 名 / 枚 / 世帯.
      {"当事者及び目撃者計七名の氏名", {{7, U::kPersons, true}}},
      {"関係書類三枚を", {{3, U::kRecords, false}}},
      {"一部の書類と一通り", {}},
      // "ずつ": so many each, not a count of anything.
      {"封筒12通に他人の通知書が2枚ずつ入っていた", {{12, U::kRecords, false}}},
      // Files counted in their own word.
      {"ファイル数:6,871ファイル", {{6871, U::kRecords, false}}},
      // Words below a hundred, from ten up.
      {"notifying twelve patients that", {{12, U::kPersons, false}}},
      {"balances of twelve tenants", {{12, U::kPersons, false}}},
      {"and (3) all employees were retrained", {}},
      {"the PHI of 3.851 individuals", {{3851, U::kPersons, false}}},
      {"the PHI of 1,715 long-term care insurance policy holders", {{1715, U::kPersons, false}}},
      // "W-2", "1998-2006": a form's name, the end of a range.
      {"mailed 2023 Form W-2 statements to 9,870 employees", {{9870, U::kPersons, false}}},
      {"the 1998-2006 records", {}},
      // A year before the words that name the things is not a count of them.
      {"Some 2025 property tax statements were mailed", {}},
      {"1,312 of the 2025 property tax statements", {{1312, U::kRecords, false}}},
      {"the file was opened 57 times by people outside", {}},
      {"1,148 current and former Kessler College students", {{1148, U::kPersons, false}}},
      {"4,518 CYSA volunteer coaches", {{4518, U::kPersons, false}}},
      {"2,011 entries relating to", {{2011, U::kRecords, false}}},
      {"caused 3,870 bills to include", {{3870, U::kRecords, false}}},
      {"approximately eleven hundred (1,100) rental applications", {{1100, U::kRecords, false}}},
      // A total that is also approximate.
      {"合計 約1,500件", {{1500, U::kRecords, true}}},
      {"あわせて1,581名分", {{1581, U::kPersons, true}}},
      {"合わせて 12人", {{12, U::kPersons, true}}},
      // A household named by its member is one household.
      {"Bさん世帯2名の", {{1, U::kHouseholds, false}, {2, U::kPersons, false}}},
      {"山田様世帯", {{1, U::kHouseholds, false}}},
      {"各世帯", {}},
      // One person named by a letter ("B様"), not a name's last letter.
      {"B様の氏名", {{1, U::kPersons, false}}},
      {"ABC様", {}},
      {"the 214 tenants affected", {{214, U::kPersons, false}}},
      // A two-word unit after words between, and a unit in capitals (the
      // groups are taken apart by a second regex: see EnGroups).
      {"12,400 of our account holders", {{12400, U::kPersons, false}}},
      {"about 1.5 million Customers", {{1500000, U::kPersons, false}}},
      // A number glued to the words around it by a typing slip is still the number...
      {"the PHI of13,148 individuals", {{13148, U::kPersons, false}}},
      {"the ePHI of approximately1,000 individuals", {{1000, U::kPersons, false}}},
      {"the PHI of 88,923individuals", {{88923, U::kPersons, false}}},
      // ...but never its tail, and a short number after letters is a name.
      {"13,148individuals", {{13148, U::kPersons, false}}},
      {"COVID19 patients", {}},
      {"the 5th floor patients", {}},
      // A grade's or a room's number names it: "all Grade 7 families" counts nothing.
      {"an email to all Grade 7 families", {}},
      // Whose people they are: a possessive between the number and its unit.
      {"the ePHI of 895 of Molina’s members", {{895, U::kPersons, false}}},
      {"approximately 650 of the covered entity's (CE) patients", {{650, U::kPersons, false}}},
      // dev105/010: documents counted in 点; not the points of a list, nor a test's score; the
      // jobseekers of a staffing firm are people (dev108/013).
      {"書類 計76点(卒業生38名分)", {{76, U::kRecords, true}, {38, U::kPersons, false}}},
      {"以下の3点を徹底します。得点85点", {}},
      // dev101/007, 013: a table row's number after dot leaders or spaces, its unit the
      // label's first word; not a table of data items.
      {"  Customers who hold those accounts .................. 5,874\n",
       {{5874, U::kPersons, false}}},
      {"  Statements that went to the wrong participant        3,045\n",
       {{3045, U::kRecords, false}}},
      {"  Claims history (date of service, provider name)       2,540\n  Full name        11,204\n",
       {}},
      {"The spreadsheet listed 3,876 current and former Evergreen associates",
       {{3876, U::kPersons, false}}},
      // Bookings and booklets are records (dev100/029, dev53/025).
      {"the details of 46 upcoming bookings", {{46, U::kRecords, false}}},
      {"184 answer booklets written by 92 students",
       {{184, U::kRecords, false}, {92, U::kPersons, false}}},
      // The number counts the word before a clause, not the unit after it (dev20/017); a day
      // after its month counts nothing.
      {"the 41 requesters who downloaded reports", {}},
      {"On January 31 the school mailed statements", {}},
  };
  for (const auto& [text, want] : cases) {
    std::vector<CountMention> got = FindCounts(text);
    ASSERT_EQ(got.size(), want.size()) << text;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].value, want[i].value) << text;
      EXPECT_EQ(got[i].unit, want[i].unit) << text;
      EXPECT_EQ(got[i].total, want[i].total) << text;
    }
  }
}

TEST(Counts, Bounds) {
  // A bound is no count: found, and marked so.
  for (const char* text : {"The records related to fewer than 500 patients.", "対象は500名未満です",
                           "breaches that affected under 500 individuals"}) {
    auto c = FindCounts(text);
    ASSERT_EQ(c.size(), 1u) << text;
    EXPECT_TRUE(c[0].bound) << text;
    EXPECT_EQ(c[0].value, 500) << text;
  }
  EXPECT_FALSE(FindCounts("about 500 patients")[0].bound);
}

TEST(Counts, LabelThenNumber) {
  auto c = FindCounts("Total number of persons affected (including residents): 4,312\n");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value, 4312);
  EXPECT_EQ(c[0].unit, CountUnit::kPersons);
  EXPECT_TRUE(c[0].total);
  // A verb and a qualifier between label and number.
  c = FindCounts("The number of individuals affected was approximately 2,643.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value, 2643);
  c = FindCounts("The number of individuals affected by the breach was 1,349.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value, 1349);
  c = FindCounts("the CE calculated the number of individuals affected as 674.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value, 674);
  // A state's form: "Number of Washingtonians Affected: 1,906".
  c = FindCounts("Number of Washingtonians Affected: 1,906\n");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value, 1906);
  EXPECT_EQ(c[0].unit, CountUnit::kPersons);
  c = FindCounts("対象世帯数:12\n対象者数:38名");  // 38名 is counted once, by its unit
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].unit, CountUnit::kHouseholds);
  EXPECT_EQ(c[1].value, 38);
}

// "412 of them": a bare number counted in the unit of the count it points back to (dev77/030).
TEST(Counts, NumberOfThemTakesTheUnitBefore) {
  auto c = FindCounts(
      "The mailbox held approximately 9,300 emails. Our review found that 412 of them contained "
      "personal information about 388 students.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[1].value, 412);
  EXPECT_EQ(c[1].unit, CountUnit::kRecords);
  EXPECT_EQ(c[2].value, 388);
  // Nothing counted before it, a number already counted, or one not smaller: no count.
  EXPECT_TRUE(FindCounts("We found that 12 of them were affected.").empty());
  EXPECT_EQ(FindCounts("Of 3,000 patients, 12 patients of them were affected.").size(), 2u);
  EXPECT_EQ(FindCounts("We wrote to 40 patients; 400 of them replied.").size(), 1u);
}

TEST(Counts, ParseNumber) {
  const std::pair<const char*, long long> cases[] = {
      {"12,000", 12000}, {"1万2千", 12000},  {"二十一", 21}, {"二〇一一", 2011},
      {"十", 10},        {"3億", 300000000}, {"x", -1},      {"1.5万", 15000}};
  for (const auto& [s, v] : cases) EXPECT_EQ(ParseNumber(s), v) << s;
}

}  // namespace
}  // namespace leakwatch::text
