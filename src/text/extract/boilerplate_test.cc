#include "text/extract/boilerplate.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/random_pieces_test_util.h"

namespace leakwatch::text {
namespace {

TEST(Boilerplate, Lines) {
  const std::pair<const char*, bool> cases[] = {
      {"[PR]上記の広告は3ヶ月以上新規記事投稿のないブログに表示されています。", true},
      {"PR", true},
      {"この記事にコメントする", true},
      {"PDFファイルの閲覧には Adobe Reader が必要です。", true},
      {"国民健康保険被保険者証(見本) (pdf, 348.10KB)", true},
      {"ツイート", true},
      {"ホーム > 報道発表資料 > 西成区", true},
      {"Copyright (c) City of Osaka", true},
      {"Skip to main content", true},
      {"×", true},
      {"3世帯8名の、被保険者証番号・氏名・生年月日", false},
      {"4 再発防止について", false},
      {"Share this with the members who were affected by the incident.", false},
      {"情報ソース", false},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(IsBoilerplateLine(line), want) << line;
}

TEST(Boilerplate, StripKeepsBody) {
  EXPECT_EQ(StripBoilerplate("[PR]広告\n本文一\n\n\n本文二  \nPR\nこの記事にコメントする"),
            "本文一\n\n本文二\n");
  // The list under a related-articles line goes with it, up to the blank line.
  EXPECT_EQ(StripBoilerplate("本文一\n\n関連記事\n・県内で誤送付(2025年1月30日)\n・窓口を拡充\n\n"
                             "運営:株式会社\n"),
            "本文一\n\n運営:株式会社\n");
  // A marked heading, and a blog's latest posts: other notices, whose types are not this one's.
  EXPECT_EQ(StripBoilerplate("本文一\n▼関連記事\n・【松本市】メール誤送信について\n\n本文二\n"),
            "本文一\n\n本文二\n");
  EXPECT_EQ(StripBoilerplate("本文一\n最新記事\n・USBメモリの紛失について\n[PR] 広告\n\n本文二\n"),
            "本文一\n\n本文二\n");
  EXPECT_EQ(StripBoilerplate("Body.\nRecent News:\nLaptop stolen from clinic\n\nMore body.\n"),
            "Body.\n\nMore body.\n");
  // A body line that mentions articles is not a heading.
  EXPECT_EQ(StripBoilerplate("当社の最新記事です。\n本文\n"), "当社の最新記事です。\n本文\n");
}

// A heading over a list of other articles, as a person would read one: an optional marker, a
// name from the list, an optional closing bracket and colon.
bool ReferenceListHeading(std::string_view t) {
  if (t.size() > 48) return false;
  std::string s(t);
  for (std::string_view mark : {"▼", "▽", "■", "□", "●", "○", "◆", "◇", "★", "☆", "▶", "▷", "►",
                                "・", "【", "[", "《", "≪"})
    if (s.starts_with(mark)) {
      s.erase(0, mark.size());
      break;
    }
  while (s.starts_with(" ")) s.erase(0, 1);
  for (bool more = true; more;) {
    more = false;
    for (std::string_view end : {" ", ":", "："})
      if (s.ends_with(end)) s.resize(s.size() - end.size()), more = true;
  }
  for (std::string_view close : {"】", "]", "》", "≫"})
    if (s.ends_with(close)) {
      s.resize(s.size() - close.size());
      break;
    }
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (s.ends_with("一覧")) s.resize(s.size() - std::string_view("一覧").size());
  for (std::string_view name :
       {"関連記事", "関連ニュース", "最新記事", "最新ニュース", "新着記事", "新着ニュース",
        "最近の記事", "最近のニュース", "人気記事", "人気ニュース", "おすすめ記事",
        "おすすめの記事", "おすすめニュース", "おすすめのニュース", "注目記事", "注目の記事",
        "注目ニュース", "注目のニュース"})
    if (s == name) return true;
  for (std::string_view a : {"related", "recent", "latest", "more", "other"})
    for (std::string_view b : {"posts", "articles", "news", "stories"})
      if (s == std::string(a) + " " + std::string(b)) return true;
  return false;
}

// StripBoilerplate as it was before one pass over the text chose the lines to
// match: IsBoilerplateLine on every line (and up to 12 lines under a related-articles line,
// to the next blank line or a line over 300 bytes).
std::string StripBoilerplateReference(std::string_view text) {
  std::string out;
  bool last_blank = true;
  int list_left = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.remove_suffix(1);
    std::string_view t = line;
    while (true) {
      while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\r'))
        t.remove_prefix(1);
      while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r'))
        t.remove_suffix(1);
      if (!t.starts_with("\xE3\x80\x80")) break;
      t.remove_prefix(3);
    }
    const bool blank = t.empty();
    const bool furniture = IsBoilerplateLine(line) || ReferenceListHeading(t);
    if (blank || line.size() > 300) list_left = 0;
    const bool listed = !furniture && list_left > 0;
    if (listed) --list_left;
    const bool heading = ReferenceListHeading(t);
    if (heading) list_left = 12;
    if (!furniture && !listed && !(blank && last_blank)) {
      out.append(line);
      out.push_back('\n');
      last_blank = blank;
    }
    pos = nl + 1;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  if (!out.empty()) out.push_back('\n');
  return out;
}

TEST(Boilerplate, StripEqualsLineByLineOnRandomText) {
  // Lines built from pieces of boilerplate, body words, the spaces Trim takes
  // (and U+3000 at either end), and characters (?i) folds (ſ, K, ｐｒ).
  const std::vector<std::string> pieces = {"PR",
                                           "ＰＲ",
                                           "ｐｒ",
                                           "[PR]",
                                           "［ＰＲ］",
                                           "×",
                                           "✕",
                                           "ツイート",
                                           "シェア",
                                           "Share",
                                           "ſhare",
                                           "Tweet",
                                           "いいね!",
                                           "LINE",
                                           "X",
                                           "x",
                                           "Print",
                                           "印刷",
                                           "Email this",
                                           "このページを",
                                           "シェアする",
                                           "Pocket",
                                           "Pin it",
                                           "Facebook",
                                           "FaceboοK",
                                           " / ",
                                           "|",
                                           "・",
                                           "ホーム",
                                           "HOME",
                                           " > ",
                                           "＞",
                                           "›",
                                           "Skip to ",
                                           "ſkip to main content",
                                           "content",
                                           "Back to top",
                                           "BacK to top",
                                           "サイトマップ",
                                           "本文へ",
                                           "Copyright",
                                           "©",
                                           "(c)",
                                           "(C)",
                                           "All Rights Reserved",
                                           "All RightS ReSerVed",
                                           "前の記事",
                                           "カテゴリー",
                                           "Related posts",
                                           "関連記事",
                                           "▼関連記事",
                                           "最新記事",
                                           "Recent News",
                                           "OTHER STORIES",
                                           "latest ARTICLES",
                                           "more posts",
                                           "新着ニュース一覧",
                                           "【人気記事】",
                                           "ニュ",
                                           "記",
                                           "Adobe Reader",
                                           "Acrobat",
                                           "が必要です",
                                           "download",
                                           "PDFファイルの閲覧",
                                           "(pdf, 348.10KB)",
                                           "(xlsx，1.2 MiB)",
                                           "(ZIP 3KB)",
                                           "Get Adobe",
                                           "PDF reader",
                                           "広告が表示",
                                           "消え",
                                           "ISO27001",
                                           "プライバシーマーク)取得企業は",
                                           "この記事にコメントする",
                                           "コメントを書く",
                                           "トラックバック",
                                           "確認するためのサイトです",
                                           "信頼できる企業ということがいえます",
                                           "メニューを開く",
                                           "文字サイズ",
                                           "背景色",
                                           "READER",
                                           "ADOBE",
                                           "pDf",
                                           "B)",
                                           "IP TO ",
                                           "To Top",
                                           "ALL RIGHT",
                                           "(DOCX, 12KB)",
                                           "Get Adobe Reader",
                                           "ページトップへ",
                                           "ページの先頭へ",
                                           "本文にジャンプ",
                                           "取得企業は",
                                           "コメントを投稿",
                                           "広告は表示",
                                           "メニューを閉じる",
                                           "次の記事",
                                           "最近の記事",
                                           "アーカイブ",
                                           "はてなブックマーク",
                                           "LINEで送る",
                                           "Twitter",
                                           "pocket",
                                           "pin it",
                                           "EMAIL THIS",
                                           "トップページ",
                                           "ſ",
                                           "Ｐ",
                                           "ｐＲ",
                                           "ト",
                                           "サ",
                                           "d",
                                           "7",
                                           ")",
                                           "氏名",
                                           "住所",
                                           "本文",
                                           "誤送付",
                                           "The",
                                           "notice",
                                           "1",
                                           ".",
                                           " ",
                                           "  ",
                                           "\t",
                                           "\r",
                                           "\xE3\x80\x80",
                                           "\n",
                                           "\n",
                                           "\n"};
  std::mt19937 rng(17);
  for (int round = 0; round < 6000; ++round) {
    const std::string text = JoinRandomPieces(rng, pieces, rng() % 14);
    ASSERT_EQ(StripBoilerplate(text), StripBoilerplateReference(text)) << text;
  }
  // A line over 600 bytes is never boilerplate.
  const std::string long_line = "Copyright " + std::string(700, 'x');
  EXPECT_EQ(StripBoilerplate(long_line), StripBoilerplateReference(long_line));
}

// StripBoilerplate's pre-filter looks for these ASCII letters in either ASCII
// case only: (?i) must match no other character to them (it does for s and k).
TEST(Boilerplate, CaseFoldingOfPrefilterLetters) {
  const RE2 letters("(?i)[abcdefghilmnoprtwxy]");
  const RE2 s("(?i)s"), k("(?i)k");
  for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    std::string utf8;
    AppendUtf8(cp, &utf8);
    ASSERT_FALSE(RE2::FullMatch(utf8, letters)) << static_cast<uint32_t>(cp);
  }
  EXPECT_TRUE(RE2::FullMatch("ſ", s));
  EXPECT_TRUE(RE2::FullMatch("\u212A", k));  // the Kelvin sign
}

}  // namespace
}  // namespace leakwatch::text
