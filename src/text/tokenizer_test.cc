#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalize.h"

namespace leakwatch::text {
namespace {

std::string Join(const std::vector<Token>& tokens) {
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  return out;
}

struct Case {
  const char* in;
  const char* want;  // tokens joined by one space
};

TEST(Tokenize, Table) {
  const Case cases[] = {
      {"日本語の勉強", "日本 本語 語の の勉 勉強"},
      {"保", "保"},
      {"国民健康保険被保険者証", "国民 民健 健康 康保 保険 険被 被保 保険 険者 者証"},
      {"誤送付", "誤送 送付"},
      {"ＵＳＢメモリ", "usb メモ モリ"},
      {"USB メモリー", "usb メモ モリ リー"},
      {"ｶﾞｲﾄﾞ", "ガイ イド"},
      {"Hello, World!", "hello world"},
      {"usb3.0 stick", "usb 3 0 stick"},
      {"COVID19", "covid 19"},
      {"平成２３年１０月", "平成 23 年 10 月"},
      {"佐々木・田中", "佐々 々木 田中"},
      {"（保険年金）", "保険 険年 年金"},
      {"Café ÉCOLE", "café école"},
      {"e-mail: a@b.jp", "e mail a b jp"},
      {"", ""},
      {"。、！？…", ""},
      {"ひらがなカタカナ漢字", "ひら らが がな なカ カタ タカ カナ ナ漢 漢字"},
  };
  for (const auto& c : cases) EXPECT_EQ(Join(Tokenize(c.in)), c.want) << c.in;
}

struct OffsetCase {
  const char* in;
  std::vector<Token> want;
};

TEST(Tokenize, OffsetsPointIntoTheGivenText) {
  const OffsetCase cases[] = {
      {"ab 日本語", {{"ab", 0, 2}, {"日本", 3, 9}, {"本語", 6, 12}}},
      {"ＵＳＢ", {{"usb", 0, 9}}},
      {"x ｶﾞ", {{"x", 0, 1}, {"ガ", 2, 8}}},
      {"保険", {{"保険", 0, 6}}},
  };
  for (const auto& c : cases) EXPECT_EQ(Tokenize(c.in), c.want) << c.in;
}

TEST(Tokenize, InvalidUtf8SeparatesTokens) {
  std::string s =
      "abc\xff"
      "def";
  EXPECT_EQ(Join(Tokenize(s)), "abc def");
  std::string cut = "日本\xe8";  // truncated third character
  EXPECT_EQ(Join(Tokenize(cut)), "日本");
}

TEST(Tokenize, SinkCanStop) {
  int seen = 0;
  bool finished = ForEachToken(
      "a b c d", [&](std::string_view, std::uint32_t, std::uint32_t) { return ++seen < 2; });
  EXPECT_FALSE(finished);
  EXPECT_EQ(seen, 2);
}

// The fast path must agree with text::Nfkc on what the tokens are.
TEST(Tokenize, AgreesWithNfkcOfTheWholeText) {
  const char* texts[] = {"ＡＢＣ１２３ｶﾞｲﾄﾞ㈱", "か\xe3\x82\x99き", "ﬁle Ⅻ ①②", "Ａ　Ｂ"};
  for (const char* t : texts) EXPECT_EQ(Join(Tokenize(t)), Join(Tokenize(Nfkc(t)))) << t;
}

TEST(Tokenize, LongWordsAreCut) {
  std::string longword(1000, 'a');
  auto tokens = Tokenize(longword);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].text.size(), 128u);
  EXPECT_EQ(tokens[0].end, 1000u);
}

}  // namespace
}  // namespace leakwatch::text
