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

}  // namespace
}  // namespace leakwatch::text
