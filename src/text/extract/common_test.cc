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

}  // namespace
}  // namespace leakwatch::text
