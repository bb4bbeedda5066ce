#include "util/encoding.h"

#include <gtest/gtest.h>

namespace leakwatch::util {
namespace {

TEST(Encoding, HexDigitValue) {
  EXPECT_EQ(HexDigitValue('0'), 0);
  EXPECT_EQ(HexDigitValue('a'), 10);
  EXPECT_EQ(HexDigitValue('F'), 15);
  EXPECT_EQ(HexDigitValue('g'), -1);
  EXPECT_EQ(HexDigitValue('%'), -1);
}

TEST(Encoding, PercentEncodeKeepsOnlyUnreserved) {
  EXPECT_EQ(PercentEncode("a-Z_0.9~"), "a-Z_0.9~");
  EXPECT_EQ(PercentEncode("a b/c?d=e&f"), "a%20b%2Fc%3Fd%3De%26f");
  EXPECT_EQ(PercentEncode("保険"), "%E4%BF%9D%E9%99%BA");
  EXPECT_EQ(PercentEncode(""), "");
}

TEST(Encoding, FormatUtcTimestamp) {
  EXPECT_EQ(FormatUtcTimestamp(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatUtcTimestamp(1319155200), "2011-10-21T00:00:00Z");
}

}  // namespace
}  // namespace leakwatch::util
