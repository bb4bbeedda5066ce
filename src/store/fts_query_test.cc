#include "store/fts_query.h"

#include <gtest/gtest.h>

#include "store/store.h"

namespace leakwatch::store {
namespace {

struct Case {
  const char* text;
  const char* match;
};

TEST(BuildFtsQuery, Table) {
  const Case cases[] = {
      {"保険", "\"保険\""},
      {"誤送付", "\"誤送 送付\""},
      {"保", "\"保\" *"},
      {"a", "\"a\" *"},
      {"USB メモリ", "\"usb\" AND \"メモ モリ\""},
      {"ＵＳＢメモリ", "\"usb メモ モリ\""},
      {"\"wrong recipients\" email", "\"wrong recipients\" AND \"email\""},
      {"“全角”　スペース", "\"全角\" AND \"スペ ペー ース\""},
      {"NEAR(a b) OR c", "\"near a\" AND \"b\" * AND \"or\" AND \"c\" *"},
      {"title:x* ^y -z", "\"title x\" AND \"y\" * AND \"z\" *"},
      {"\"unterminated phrase", "\"unterminated phrase\""},
      {"", ""},
      {"  ！？ ", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(BuildFtsQuery(c.text).match, c.match) << c.text;
}

TEST(BuildFtsQuery, CountsPhrases) {
  EXPECT_EQ(BuildFtsQuery("保険").phrases, 1);
  EXPECT_EQ(BuildFtsQuery("誤送付").phrases, 1);
  EXPECT_EQ(BuildFtsQuery("USB メモリ").phrases, 2);
  EXPECT_EQ(BuildFtsQuery("\"wrong recipients\" email ！").phrases, 2);
  EXPECT_EQ(BuildFtsQuery("  ！？ ").phrases, 0);
}

TEST(MakeSnippet, WrapsMatches) {
  FtsQuery q = BuildFtsQuery("保険");
  std::string b(kHighlightBegin), e(kHighlightEnd);
  EXPECT_EQ(MakeSnippet("国民健康保険被保険者証", q),
            "国民健康" + b + "保険" + e + "被" + b + "保険" + e + "者証");
  EXPECT_EQ(MakeSnippet("no match\nhere", q), "no match here");
  FtsQuery usb = BuildFtsQuery("usb");
  EXPECT_EQ(MakeSnippet("ＵＳＢメモリ", usb), b + "ＵＳＢ" + e + "メモリ");
}

TEST(MakeSnippet, OverlappingBigramsMergeIntoOneHighlight) {
  FtsQuery q = BuildFtsQuery("誤送付");
  std::string b(kHighlightBegin), e(kHighlightEnd);
  EXPECT_EQ(MakeSnippet("書類の誤送付", q), "書類の" + b + "誤送付" + e);
}

TEST(MakeSnippet, LongTextIsCutAroundTheMatch) {
  std::string text(1000, 'x');
  text += " needle ";
  text += std::string(1000, 'y');
  std::string s = MakeSnippet(text, BuildFtsQuery("needle"), 100);
  EXPECT_EQ(s.rfind("…", 0), 0u);
  EXPECT_NE(s.find(std::string(kHighlightBegin) + "needle"), std::string::npos);
  EXPECT_LT(s.size(), 120u);
}

}  // namespace
}  // namespace leakwatch::store
