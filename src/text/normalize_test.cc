#include "text/normalize.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>

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
  EXPECT_EQ(Nfkc(std::string_view("a\xff"
                                  "b",
                                  3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(Nfkc(std::string_view("\xe3\x81", 2)), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(NfkcWithMap, MapsOutputBytesToSourceBytes) {
  std::string in = "ａｂｶﾞ1";  // 3 + 3 + 3 + 3 + 1 bytes
  NormalizedText n = NfkcWithMap(in);
  EXPECT_EQ(n.text, "abガ1");
  ASSERT_EQ(n.source_offset.size(), n.text.size() + 1);
  EXPECT_EQ(n.source_offset[0], 0u);   // a <- ａ
  EXPECT_EQ(n.source_offset[1], 3u);   // b <- ｂ
  EXPECT_EQ(n.source_offset[2], 6u);   // ガ <- ｶﾞ (3 bytes, all from offset 6)
  EXPECT_EQ(n.source_offset[5], 12u);  // 1
  auto [s, e] = n.SourceRange(2, 5);
  EXPECT_EQ(s, 6u);
  EXPECT_EQ(e, 12u);
  EXPECT_EQ(in.substr(s, e - s), "ｶﾞ");
}

// Per-cluster normalisation (with its identity fast path) gives what utf8proc's
// whole-string NFKC gives, and a map that is monotonic and covers the output.
TEST(NfkcWithMap, AgreesWithWholeStringNfkc) {
  std::vector<std::string> cases = {"",
                                    "abc",
                                    "１２３ＡＢＣ",
                                    "ｶﾞｷﾞｸﾞ ﾊﾟ",
                                    "が",
                                    "か\xE3\x82\x99",
                                    "한국어",
                                    "①②㈱㍻",
                                    "e\xCC\x81\xCC\xA3",
                                    "Å ﬁ ² ½ ﾞ",
                                    "平成23年10月21日 ＜注＞"};
  std::mt19937 rng(7);
  const char32_t pool[] = {U'a',  U'ｱ',  U'ﾞ',      U'ﾟ', U'\u0301', U'１',
                           U'漢', U'가', U'\u3099', U'ﬀ', U'Ⅻ'};
  for (int i = 0; i < 300; ++i) {
    std::string s;
    for (int k = 0; k < 12; ++k) AppendUtf8(pool[rng() % std::size(pool)], &s);
    cases.push_back(s);
  }
  for (const std::string& c : cases) {
    NormalizedText n = NfkcWithMap(c);
    auto* whole = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(c.c_str()));
    ASSERT_NE(whole, nullptr) << c;
    EXPECT_EQ(n.text, reinterpret_cast<const char*>(whole)) << c;
    std::free(whole);
    ASSERT_EQ(n.source_offset.size(), n.text.size() + 1) << c;
    for (size_t i = 1; i < n.source_offset.size(); ++i)
      EXPECT_LE(n.source_offset[i - 1], n.source_offset[i]) << c;
    EXPECT_EQ(n.source_offset.back(), c.size()) << c;
  }
}

TEST(Utf8, Validity) {
  size_t bad = 0;
  EXPECT_TRUE(IsValidUtf8("日本語"));
  EXPECT_FALSE(IsValidUtf8(std::string_view("ab\xc3", 3), &bad));
  EXPECT_EQ(bad, 2u);
}

}  // namespace
}  // namespace leakwatch::text
