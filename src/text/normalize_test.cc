#include "text/normalize.h"

#include <gtest/gtest.h>

namespace leakwatch::text {
namespace {

struct Case {
  const char* in;
  const char* want;
};

TEST(Nfkc, Table) {
  const Case cases[] = {
      {"ＵＳＢメモリ", "USBメモリ"},
      {"１２３４５", "12345"},
      {"ｶﾞｲﾄﾞ", "ガイド"},
      {"平成２３年１０月２１日", "平成23年10月21日"},
      {"（保険年金）", "(保険年金)"},
      {"plain ascii", "plain ascii"},
      {"㈱", "(株)"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Nfkc(c.in), c.want) << c.in;
}

TEST(Nfkc, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(Nfkc(std::string_view("a\xff" "b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(Nfkc(std::string_view("\xe3\x81", 2)), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(NfkcWithMap, MapsOutputBytesToSourceBytes) {
  std::string in = "ａｂｶﾞ1";  // 3 + 3 + 3 + 3 + 1 bytes
  NormalizedText n = NfkcWithMap(in);
  EXPECT_EQ(n.text, "abガ1");
  ASSERT_EQ(n.source_offset.size(), n.text.size() + 1);
  EXPECT_EQ(n.source_offset[0], 0u);  // a <- ａ
  EXPECT_EQ(n.source_offset[1], 3u);  // b <- ｂ
  EXPECT_EQ(n.source_offset[2], 6u);  // ガ <- ｶﾞ (3 bytes, all from offset 6)
  EXPECT_EQ(n.source_offset[5], 12u);  // 1
  auto [s, e] = n.SourceRange(2, 5);
  EXPECT_EQ(s, 6u);
  EXPECT_EQ(e, 12u);
  EXPECT_EQ(in.substr(s, e - s), "ｶﾞ");
}

TEST(Utf8, Validity) {
  size_t bad = 0;
  EXPECT_TRUE(IsValidUtf8("日本語"));
  EXPECT_FALSE(IsValidUtf8(std::string_view("ab\xc3", 3), &bad));
  EXPECT_EQ(bad, 2u);
}

}  // namespace
}  // namespace leakwatch::text
