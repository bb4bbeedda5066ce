#include "text/extract/common.h"

#include <gtest/gtest.h>

#include <random>

namespace leakwatch::text {
namespace {

TEST(Common, FastNfkcMatchesNfkcWithMap) {
  std::vector<std::string> cases = {"",
                                    "abc",
                                    "１２３ＡＢＣ",
                                    "ｶﾞｷﾞｸﾞ ﾊﾟ",
                                    "が",
                                    "か\xE3\x82\x99",
                                    "한국어",
                                    "①②㈱㍻",
                                    "e\xCC\x81\xCC\xA3",
                                    "\xCC\x81start",
                                    "bad \xFF\xC3 bytes",
                                    "平成23年10月21日 ＜注＞",
                                    "Å ﬁ ² ½ ﾞ"};
  std::mt19937 rng(7);
  const char32_t pool[] = {U'a',  U'ｱ',  U'ﾞ',      U'ﾟ', U'\u0301', U'１',
                           U'漢', U'가', U'\u3099', U'ﬀ', U'Ⅻ'};
  for (int i = 0; i < 300; ++i) {
    std::string s;
    for (int k = 0; k < 12; ++k) AppendUtf8(pool[rng() % std::size(pool)], &s);
    cases.push_back(s);
  }
  for (const std::string& c : cases) {
    NormalizedText a = NfkcWithMap(c), b = FastNfkcWithMap(c);
    EXPECT_EQ(a.text, b.text) << c;
    EXPECT_EQ(a.source_offset, b.source_offset) << c;
  }
}

TEST(Common, SentenceAround) {
  std::string t = "一文目。二文目です。\nNext one. Last";
  auto [s, e] = SentenceAround(t, t.find("二"));
  EXPECT_EQ(t.substr(s, e - s), "二文目です。");
  auto [s2, e2] = SentenceAround(t, t.find("one"));
  EXPECT_EQ(t.substr(s2, e2 - s2), "Next one.");
}

}  // namespace
}  // namespace leakwatch::text
