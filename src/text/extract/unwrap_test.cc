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
