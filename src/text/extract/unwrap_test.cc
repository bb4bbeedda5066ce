#include "text/extract/unwrap.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <algorithm>
#include <string>

namespace leakwatch::text {
namespace {

// Paragraph lines broken at one width (30 full-width columns), as a PDF copy has them.
const std::string kCopy =
    "本学教職員のメールアカウントへの不正アク\n"
    "セスについて\n"
    "\n"
    "　このたび、本学教職員のメールアカウントが第三者\n"
    "に不正に利用され、迷惑メールの送信に使われるとと\n"
    "もに、学生等の個人情報が閲覧された可能性があるこ\n"
    "とが判明しました。\n"
    "１．経緯\n"
    "　当該教職員が、情報センターを装ったフィッシング\n"
    "メールに記載されたURLにアクセスしました。そのた\n"
    "め、アカウントを停止しました。\n"
    "・学生及び卒業生　１，５３２名分のメールアドレス\n"
    "・就職内定先\n"
    "（２）閲覧可能となっていた情報\n"
    "申請した個人事業主２１\n"
    "３名の氏名及び住所\n";

// DisplayWidth answers the ranges it keeps from tables; every code point must get
// utf8proc's own answer.
TEST(Unwrap, DisplayWidthIsUtf8procs) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c)
    ASSERT_EQ(DisplayWidth(c), std::max(0, utf8proc_charwidth(static_cast<utf8proc_int32_t>(c))))
        << static_cast<uint32_t>(c);
}

TEST(Unwrap, JoinsLinesTheLayoutBroke) {
  const std::string out = UnwrapPdfLines(kCopy);
  EXPECT_NE(out.find("第三者に不正に利用され、迷惑メールの送信に使われるとともに、学生等の"
                     "個人情報が閲覧された可能性があることが判明しました。\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("フィッシングメールに記載されたURLにアクセスしました。そのため、"),
            std::string::npos)
      << out;
  // The title block joins too; a heading and list items start their own lines.
  EXPECT_NE(out.find("不正アクセスについて\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\n１．経緯\n"), std::string::npos) << out;
  EXPECT_NE(out.find("メールアドレス\n・就職内定先\n"), std::string::npos) << out;
  // A number broken in a narrower list is one number again.
  EXPECT_NE(out.find("\n申請した個人事業主２１３名の氏名及び住所\n"), std::string::npos) << out;
}

TEST(Unwrap, JoinsLinesSetInByAMargin) {
  // dev79/014: a release whose body is set in by a full-width space, its paragraphs by two;
  // a line that runs on loses the margin.
  const std::string page =
      "４　事案の概要\n"
      "　　被処分者は、令和６年１０月頃から令和７年５月頃までの間、職務上の\n"
      "　必要がないにもかかわらず、警察の照会システムを使用して、知人女性等５\n"
      "　名の個人情報を延べ３７回にわたり照会したもの。\n"
      "　　令和７年５月２６日、照会記録の定期点検により判明した。\n"
      "　　照会した情報は、氏名、生年月日、住所、運転免許証の番号及び免許の条\n"
      "　件等であり、外部への提供は確認されていない。\n"
      "　　被処分者は、知人の近況を知りたかったと話しており、深く反省してい\n"
      "　る。\n";
  const std::string out = UnwrapPdfLines(page);
  EXPECT_NE(
      out.find("職務上の必要がないにもかかわらず、警察の照会システムを使用して、知人女性等５名の"
               "個人情報を延べ３７回にわたり照会したもの。\n"),
      std::string::npos)
      << out;
  EXPECT_NE(out.find("\n　　令和７年５月２６日、"), std::string::npos) << out;
  EXPECT_NE(out.find("免許の条件等であり、"), std::string::npos) << out;
}

TEST(Unwrap, LeavesOtherTextAlone) {
  // Lines that end their sentences.
  const std::string sentences =
      "このたび、本市において個人情報の漏えいが発生しました。\n"
      "関係者の皆様に深くお詫び申し上げます。深くお詫び申し上げます。\n"
      "対象となる方には個別にご連絡いたしております。\n"
      "今後は再発防止に万全を期してまいります。何卒ご理解ください。\n";
  EXPECT_EQ(UnwrapPdfLines(sentences), sentences);
  // English lines broken at spaces are never glued together.
  const std::string english =
      "We are writing to tell you about an incident that may\n"
      "involve some of your personal information. On March 3 we\n"
      "learned that an unauthorized person accessed one employee\n"
      "email account and may have viewed messages and attachments\n"
      "that held names and Social Security numbers of patients.\n";
  EXPECT_EQ(UnwrapPdfLines(english), english);
  // Short lines (a form, a web page's menu) are not a page's width.
  const std::string form = "電話番号：0584-47-0000\nファクス番号\nお問い合わせフォーム\n";
  EXPECT_EQ(UnwrapPdfLines(form), form);
  EXPECT_EQ(UnwrapPdfLines(""), "");
}

// dev81/026, dev82/029: English letters wrapped at a fixed width, where a sentence that
// runs over a line break ("we estimated that around 3,000 patients were involved" after "When
// we first reported this incident …") has to be read as one.
TEST(Unwrap, JoinsEnglishLinesWrappedAtOneWidth) {
  const std::string letter =
      "                                     Harlan Whitcomb LLP\n"
      "                                     4100 Lakefront Plaza, Suite 3100\n"
      "                                     Chicago, Illinois 60606\n"
      "\n"
      "3. What information was involved\n"
      "The memory stick held 14 spreadsheets of clinic lists and referral trackers.\n"
      "When we first reported this incident to the Information Commissioner's Office\n"
      "on 7 November 2025, we estimated that around 3,000 patients were involved. Our\n"
      "review of backup copies of the spreadsheets has now confirmed that the\n"
      "spreadsheets contain information about up to 2,915 patients. These tapes held\n"
      "information relating to more than 16,000 former members and their well-\n"
      "known dependants, which we are writing to at their last known addresses\n"
      "What We Are Doing\n"
      "- We have written to every patient whose information was on the stick and to\n"
      "  the Information Commissioner's Office.\n";
  const std::string out = UnwrapEnglishLines(letter);
  EXPECT_NE(out.find("\nWhen we first reported this incident to the Information Commissioner's "
                     "Office on 7 November 2025, we estimated that around 3,000 patients were "
                     "involved. Our review of backup copies of the spreadsheets has now "
                     "confirmed that the spreadsheets contain information about up to 2,915 "
                     "patients. These tapes held information relating to more than 16,000 "
                     "former members and their well-known dependants, which we are writing to "
                     "at their last known addresses\nWhat We Are Doing\n"),
            std::string::npos)
      << out;
  // A line that ends its sentence ends its line; a letterhead set in to the right keeps its
  // lines; so does a list item, whose own lines join.
  EXPECT_NE(out.find("referral trackers.\nWhen"), std::string::npos) << out;
  EXPECT_NE(out.find("LLP\n                                     4100 Lakefront"), std::string::npos)
      << out;
  EXPECT_NE(out.find("\n- We have written to every patient whose information was on the stick "
                     "and to the Information Commissioner's Office.\n"),
            std::string::npos)
      << out;
}

TEST(Unwrap, LeavesEnglishFormsAndShortLinesAlone) {
  // dev59/018: a breach form's fields, each a label of its own.
  const std::string form =
      "Breach Information\n"
      "Total number of persons affected (including residents): 12,604\n"
      "Total number of Maine residents affected: 37\n"
      "If the number of Maine residents exceeds 1,000, have the consumer reporting agencies "
      "been notified? N/A\n"
      "Date(s) Breach Occured: 01/14/2025\n"
      "Date Breach Discovered: 02/03/2025\n"
      "Description of the Breach: External system breach (hacking)\n"
      "Information Acquired - Name or other personal identifier in combination with: Social "
      "Security Number\n";
  EXPECT_EQ(UnwrapEnglishLines(form), form);
  // Paragraphs of one line each, and an address block.
  const std::string page =
      "We are writing to tell you about an incident that may involve your information.\n"
      "On March 3 we learned that an unauthorized person accessed one employee account.\n"
      "Riverbend Health Partners\n"
      "123 Main Street\n"
      "Springfield, IL 62701\n";
  EXPECT_EQ(UnwrapEnglishLines(page), page);
  // dev97/002: a table laid out with spaces, its rows as wide as the wrapped paragraph above
  // it, keeps its rows.
  const std::string table =
      "Cobalt Ridge Health Plan is notifying certain current and former members about a\n"
      "security incident at a vendor whose file-transfer service Cobalt Ridge uses to\n"
      "exchange eligibility and claims files with pharmacy benefit and care management\n"
      "partners, as shown below for each kind of coverage that the member had with us.\n"
      "  Name                                      Yes          Yes             Yes\n"
      "  Address                                   Yes          Yes             Yes\n"
      "  Date of birth                             Yes          Yes             No\n"
      "  Member ID number                          Yes          Yes             Yes\n";
  const std::string unwrapped = UnwrapEnglishLines(table);
  EXPECT_NE(unwrapped.find("\n  Address                                   Yes          Yes       "
                           "      Yes\n  Date of birth"),
            std::string::npos)
      << unwrapped;
  // Japanese text is UnwrapPdfLines's.
  EXPECT_EQ(UnwrapEnglishLines(kCopy), kCopy);
  EXPECT_EQ(UnwrapEnglishLines(""), "");
}

}  // namespace
}  // namespace leakwatch::text
