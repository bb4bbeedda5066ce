#include "text/extract/common.h"

#include <gtest/gtest.h>

namespace leakwatch::text {
namespace {

TEST(Common, SentenceAround) {
  std::string t = "一文目。二文目です。\nNext one. Last";
  auto [s, e] = SentenceAround(t, t.find("二"));
  EXPECT_EQ(t.substr(s, e - s), "二文目です。");
  auto [s2, e2] = SentenceAround(t, t.find("one"));
  EXPECT_EQ(t.substr(s2, e2 - s2), "Next one.");
}

TEST(Common, AsciiLower) {
  // Only A-Z change; the bytes around them in ASCII and UTF-8 bytes stay.
  EXPECT_EQ(AsciiLower("@AZ[`az{ 09"), "@az[`az{ 09");
  EXPECT_EQ(AsciiLower("ÀÉ Ｅｍａｉｌ \x80\xC1\xDA\xFF"), "ÀÉ Ｅｍａｉｌ \x80\xC1\xDA\xFF");
  EXPECT_EQ(AsciiLower(""), "");
}

}  // namespace
}  // namespace leakwatch::text
