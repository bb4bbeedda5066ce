#include "http/target.h"

#include <gtest/gtest.h>

namespace leakwatch::http {
namespace {

TEST(TargetTest, PathAndQueryDecodedOnce) {
  auto t = ParseTarget("/search?q=%E4%BF%9D%E9%99%BA+%E8%A8%BC&type=loss&empty=&flag");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->path, "/search");
  ASSERT_EQ(t->query.size(), 4u);
  EXPECT_EQ(t->query[0], (std::pair<std::string, std::string>{"q", "保険 証"}));
  EXPECT_EQ(t->query[1].second, "loss");
  EXPECT_EQ(t->query[2], (std::pair<std::string, std::string>{"empty", ""}));
  EXPECT_EQ(t->query[3], (std::pair<std::string, std::string>{"flag", ""}));
}

TEST(TargetTest, DoubleEncodingStaysEncoded) {
  auto t = ParseTarget("/incidents/a%252e%252e?x=%2541");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->path, "/incidents/a%2e%2e");
  EXPECT_EQ(t->query[0].second, "%41");
}

TEST(TargetTest, PlusIsLiteralInPath) {
  auto t = ParseTarget("/incidents/a+b");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->path, "/incidents/a+b");
}

TEST(TargetTest, Rejected) {
  const char* bad[] = {
      "",                       // empty
      "search",                 // not absolute
      "http://evil/x",          // absolute-form
      "/a%",                    // truncated escape
      "/a%4",                   // truncated escape
      "/a%zz",                  // non-hex escape
      "/a%00b",                 // NUL
      "/q?x=%00",               // NUL in query
      "/q?x=%",                 // bad escape in query
      "/a%ff",                  // invalid UTF-8
      "/q?x=%C0%AF",            // overlong UTF-8
      "/static/../etc/passwd",  // dot segments
      "/static/%2e%2e/%2e%2e/etc/passwd",
      "/static/..%2f..%2fetc%2fpasswd",
      "/static/.",
      "/static/..",
      "/static/a%5c..%5cb",    // backslash
      "/a%0d%0aSet-Cookie:x",  // CR LF
      "/a b",                  // space
      "/a#frag",
  };
  for (const char* target : bad) {
    auto t = ParseTarget(target);
    EXPECT_FALSE(t.ok()) << target;
    if (!t.ok()) EXPECT_EQ(t.status().code(), StatusCode::kInvalidArgument);
  }
}

TEST(TargetTest, DotsInsideSegmentsAreFine) {
  auto t = ParseTarget("/static/app.min.js");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->path, "/static/app.min.js");
  EXPECT_TRUE(ParseTarget("/feeds/incidents.atom").ok());
  EXPECT_TRUE(ParseTarget("/a/...").ok());
}

TEST(TargetTest, PercentDecodeChecksRawBytesToo) {
  EXPECT_EQ(*PercentDecode("/range/ABCDE", false), "/range/ABCDE");  // nothing to decode
  EXPECT_EQ(*PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(*PercentDecode("a+b", true), "a b");
  EXPECT_EQ(*PercentDecode("\xE4\xBF\x9D", false), "保");  // raw UTF-8 is kept
  EXPECT_FALSE(PercentDecode("a\xFF", false).ok());        // raw, not escaped: still checked
  EXPECT_FALSE(PercentDecode("\xE4\xBF", false).ok());
  EXPECT_FALSE(PercentDecode(std::string_view("a\0b", 3), false).ok());
  EXPECT_FALSE(PercentDecode("a%0", false).ok());
}

TEST(TargetTest, Utf8Validator) {
  EXPECT_TRUE(IsValidUtf8("abc 保険 🙂"));
  EXPECT_FALSE(IsValidUtf8("\xE4\xBF"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\x80"));              // lone continuation
}

}  // namespace
}  // namespace leakwatch::http
