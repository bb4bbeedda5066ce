#include "web/html.h"

#include <gtest/gtest.h>

#include "store/store.h"
#include "text/normalize.h"

namespace leakwatch::web {
namespace {

TEST(EscapeHtml, EscapesMarkupAndQuotes) {
  EXPECT_EQ(EscapeHtml("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  EXPECT_EQ(EscapeAttr("a\"b&c"), "a&quot;b&amp;c");
  EXPECT_EQ(EscapeHtml("]]>"), "]]&gt;");
  EXPECT_EQ(EscapeHtml("保険証 & 氏名"), "保険証 &amp; 氏名");
}

// EscapeHtml against a character-by-character reference on random bytes.
TEST(EscapeHtml, SameAsEscapingEachCharacter) {
  auto reference = [](std::string_view s) {
    std::string out;
    for (size_t pos = 0; pos < s.size();) {
      char32_t cp = text::DecodeUtf8(s, &pos);
      switch (cp) {
        case '&':
          out += "&amp;";
          continue;
        case '<':
          out += "&lt;";
          continue;
        case '>':
          out += "&gt;";
          continue;
        case '"':
          out += "&quot;";
          continue;
        case '\'':
          out += "&#39;";
          continue;
        default:
          break;
      }
      bool bad = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F ||
                 cp == 0xFFFE || cp == 0xFFFF;
      text::AppendUtf8(bad ? char32_t{0xFFFD} : cp, &out);
    }
    return out;
  };
  const std::vector<std::string> pieces = {"a",
                                           "<",
                                           "&",
                                           "'",
                                           "\"",
                                           "\t",
                                           "\x01",
                                           "\x7F",
                                           "保",
                                           "険",
                                           "\xEF\xBF\xBE",
                                           "\xEF\xBF\xBF",
                                           "\xEF\xBF\xBD",
                                           "\xF0\x9F\x98\x80",
                                           "\xC3\xA9",
                                           "\xE4",
                                           "\xBF",
                                           "\xED\xA0\x80",
                                           "\xC0\xAF",
                                           "\xF4\x90",
                                           "\xE0\xA0\x80",
                                           "\xE0\x80\x80",
                                           "\xEE\x80\x80",
                                           "\xEF\xBC\xB5",
                                           "\xEF\xBF\xBC",
                                           "\xEF\xBF",
                                           "\xDF\xBF",
                                           "\xC2",
                                           "\xE4\xBF"};
  std::uint64_t state = 42;
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    for (int k = 0; k < 12; ++k) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      s += pieces[(state >> 33) % pieces.size()];
    }
    ASSERT_EQ(EscapeHtml(s), reference(s)) << testing::PrintToString(s);
  }
}

TEST(EscapeHtml, KeepsValidUtf8AndReplacesNonCharactersAndTruncatedSequences) {
  EXPECT_EQ(EscapeHtml("ＵＳＢ<メモリ>"), "ＵＳＢ&lt;メモリ&gt;");
  EXPECT_EQ(EscapeHtml(std::string("x\xEF\xBF\xBEy")), "x\xEF\xBF\xBDy");  // U+FFFE
  EXPECT_EQ(EscapeHtml(std::string("x\xEF\xBF\xBDy")), "x\xEF\xBF\xBDy");  // U+FFFD stays
  EXPECT_EQ(EscapeHtml(std::string("保\xE4\xBF")), "保\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(EscapeHtml(std::string("\xED\xA0\x80")),  // a surrogate: three bad bytes
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(EscapeHtml, ReplacesInvalidUtf8AndControls) {
  EXPECT_EQ(EscapeHtml(std::string("a\xff"
                                   "b")),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(EscapeHtml(std::string("a\x01"
                                   "b")),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(EscapeHtml("tab\there\n"), "tab\there\n");
}

TEST(UrlEncode, EncodesReservedAndUtf8) {
  EXPECT_EQ(UrlEncode("a b&c=d"), "a%20b%26c%3Dd");
  EXPECT_EQ(UrlEncode("保険"), "%E4%BF%9D%E9%99%BA");
  EXPECT_EQ(UrlEncode("A-z_0.9~"), "A-z_0.9~");
}

TEST(BuildUrl, SkipsEmptyValuesAndReplacesParams) {
  QueryParams q = {{"q", "大阪 市"}, {"type", ""}, {"sector", "health"}};
  EXPECT_EQ(BuildUrl("/search", q), "/search?q=%E5%A4%A7%E9%98%AA%20%E5%B8%82&sector=health");
  EXPECT_EQ(BuildUrl("/search", {}), "/search");
  QueryParams r = WithParam(q, "sector", "finance");
  EXPECT_EQ(BuildQuery(r), "q=%E5%A4%A7%E9%98%AA%20%E5%B8%82&sector=finance");
  EXPECT_EQ(BuildQuery(WithParam(r, "sector", "")), "q=%E5%A4%A7%E9%98%AA%20%E5%B8%82");
}

TEST(HighlightSnippet, EscapesThenMarks) {
  std::string s = "x<b>" + std::string(store::kHighlightBegin) + "保険<i>" +
                  std::string(store::kHighlightEnd) + "y";
  EXPECT_EQ(HighlightSnippet(s), "x&lt;b&gt;<mark>保険&lt;i&gt;</mark>y");
}

TEST(HighlightSnippet, BalancesStrayMarkers) {
  std::string unclosed = std::string(store::kHighlightBegin) + "a";
  EXPECT_EQ(HighlightSnippet(unclosed), "<mark>a</mark>");
  std::string stray_end = "a" + std::string(store::kHighlightEnd) + "b";
  EXPECT_EQ(HighlightSnippet(stray_end), "ab");
  // A private-use character that is not a marker stays as text.
  EXPECT_EQ(HighlightSnippet("\xEE\x80\x82z"), "\xEE\x80\x82z");
}

TEST(Truncate, CutsAtCharacterBoundary) {
  EXPECT_EQ(Truncate("あいう", 4), "あ…");
  EXPECT_EQ(Truncate("abc", 3), "abc");
}

}  // namespace
}  // namespace leakwatch::web
