#include "text/extract/decode.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace leakwatch::text {
namespace {

struct DecodeCase {
  std::string name;
  std::string raw;
  bool ok;
  std::string want;  // UTF-8 when ok
};

TEST(Decode, Table) {
  const DecodeCase cases[] = {
      {"utf8", "個人情報の誤送付", true, "個人情報の誤送付"},
      {"bom",
       "\xEF\xBB\xBF"
       "abc",
       true, "abc"},
      // 個人 in Shift_JIS and in EUC-JP.
      {"sjis", "\x8C\xC2\x90\x6C\x8F\xEE\x95\xF1", true, "個人情報"},
      {"eucjp", "\xB8\xC4\xBF\xCD\xBE\xF0\xCA\xF3", true, "個人情報"},
      {"empty", "", false, ""},
      {"blank", " \n\t ", false, ""},
      {"nul", std::string("ab\0cd", 5), false, ""},
      {"controls", "\x01\x02\x03\x04\x05\x06\x07\x08", false, ""},
      {"utf16", "\xFF\xFEh\0i\0", false, ""},
  };
  for (const DecodeCase& c : cases) {
    Result<std::string> r = DecodeToUtf8(c.raw);
    EXPECT_EQ(r.ok(), c.ok) << c.name;
    if (c.ok && r.ok()) EXPECT_EQ(*r, c.want) << c.name;
  }
}

TEST(Decode, InvalidBytesBecomeReplacement) {
  // Not valid in UTF-8, CP932 or EUC-JP: each bad byte becomes U+FFFD.
  Result<std::string> r = DecodeToUtf8("ok \x80\x80 \xFF end");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "ok \xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD end");
}

TEST(Decode, SanitizeKeepsValidText) {
  EXPECT_EQ(SanitizeUtf8("大阪"), "大阪");
  EXPECT_EQ(SanitizeUtf8("a\xC3"), "a\xEF\xBF\xBD");
}

TEST(Decode, LooksBinary) {
  EXPECT_FALSE(LooksBinary("plain text\twith\r\nline ends\f and \x1B$B escapes"));
  EXPECT_TRUE(LooksBinary(std::string_view("text\0more", 9)));  // a NUL anywhere in the head
  // More than one control character in twenty bytes.
  std::string text(100, 'a');
  for (int i = 0; i < 5; ++i) text[static_cast<size_t>(i) * 10] = '\x01';
  EXPECT_FALSE(LooksBinary(text));  // 5 in 100: not over the line
  text[55] = '\x1F';
  EXPECT_TRUE(LooksBinary(text));  // 6 in 100
  text[55] = ' ';
  text[56] = '\x7F';  // DEL is not below 0x20
  EXPECT_FALSE(LooksBinary(text));
}

TEST(Decode, LooksBinaryEqualsBytewiseCount) {
  // The eight-bytes-at-a-time count against a count of every byte.
  std::mt19937 rng(3);
  for (int round = 0; round < 3000; ++round) {
    std::string s(static_cast<size_t>(1 + rng() % 200), 'a');
    for (char& c : s) {
      const unsigned r = rng() % 10;
      c = static_cast<char>(r < 6 ? 'a' + rng() % 26 : r < 9 ? 1 + rng() % 31 : 0x80 + rng() % 128);
    }
    size_t control = 0;
    for (unsigned char c : s)
      control +=
          c >= 1 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
    ASSERT_EQ(LooksBinary(s), control * 20 > s.size()) << round;
  }
}

}  // namespace
}  // namespace leakwatch::text
