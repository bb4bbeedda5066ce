#include "text/extract/boilerplate.h"

#include <re2/re2.h>

#include <vector>

#include "text/extract/common.h"

namespace leakwatch::text {

namespace {

// Whole-line patterns (matched against the trimmed line, raw UTF-8, so both
// full-width and ASCII forms are listed where notices use both).
const std::string kShare =
    "ツイート|シェア|Tweet|Share|いいね!?|LINEで送る|はてなブックマーク|Facebook|Twitter|X|LINE|"
    "Print|印刷|Email this|このページを印刷する|(?:このページを)?シェアする|Pocket|Pin it";

// The alternatives a trimmed line must match as a whole to be boilerplate.
std::string Branches() {
  return std::string() +
         // blog furniture and advertising
         "\\[PR\\].*|［ＰＲ］.*|PR|ＰＲ|×|✕|"
         ".*この記事にコメントする.*|.*コメントを(?:書く|投稿).*|.*トラックバック.*|"
         ".*広告(?:が|は).*(?:表示|消え).*|.*確認するためのサイトです.*|"
         ".*(?:ISO27001|プライバシーマーク\\)?取得企業は).*|.*信頼できる企業ということがいえます.*|"
         // PDF / viewer advice and attachment lines
         ".*(?:Adobe|Acrobat) ?Reader.*(?:必要|ダウンロード|download|required|need).*|"
         ".*PDF(?:ファイル)?(?:形式)?の(?:閲覧|ご覧).*|.*\\((?:pdf|doc|docx|xls|xlsx|zip)[,， "
         "]+[0-9.]+ ?[KM]i?B\\).*|"
         ".*Get Adobe.*|.*PDF reader.*|"
         // share buttons and social links
         "(?:" +
         kShare + ")(?:[ /|・]*(?:" + kShare +
         "))*|"
         // site navigation
         "(?:ホーム|トップページ|HOME|Home)(?: ?[>＞›»/] "
         "?.*)?|.*(?:本文へ|本文にジャンプ|ページの先頭へ|ページトップへ|"
         "Skip to (?:main )?content|サイトマップ|文字サイズ|背景色|Back to "
         "top|メニューを(?:開く|閉じる)).*|"
         "(?:Copyright|©|\\(c\\)|\\(C\\)).*|.*All Rights Reserved.*|"
         "(?:前の記事|次の記事|カテゴリー?|アーカイブ|最近の記事|関連記事|Related "
         "(?:posts|articles)).*";
}

const RE2& BoilerplateRe() {
  static const RE2 re("(?i)^(?:" + Branches() + ")$");
  return re;
}

// The same over a whole text: a line whose trimmed form (see Trim) matches
// BoilerplateRe matches this from its start to its end, so one pass over the
// text finds every line that can be boilerplate. (No alternative matches a
// '\n': '.' and the classes exclude it.)
const RE2& BoilerplateLinesRe() {
  static const RE2 re("(?im)^(?:[ \\t\\r]|\\x{3000})*(?:" + Branches() + ")[ \\t\\r]*$");
  return re;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  if (s.starts_with("\xE3\x80\x80")) return Trim(s.substr(3));  // U+3000
  return s;
}

}  // namespace

bool IsBoilerplateLine(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.empty()) return false;
  if (t.size() > 600) return false;  // a body paragraph, not furniture
  return RE2::FullMatch(t, BoilerplateRe());
}

std::string StripBoilerplate(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Where lines that may be boilerplate start: one pass over the text instead
  // of a match per line; only those lines are then matched on their own.
  std::vector<size_t> candidates;
  ForEachMatchWhile(BoilerplateLinesRe(), text, [&](size_t s, size_t, size_t) {
    candidates.push_back(s);
    return true;
  });
  size_t next = 0;
  bool last_blank = true;
  // Under a related-articles line ("関連記事", "Related posts"), the lines up to
  // the next blank line list other articles (their titles and dates): dropped too.
  int list_left = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.remove_suffix(1);
    bool blank = Trim(line).empty();
    while (next < candidates.size() && candidates[next] < pos) ++next;
    const bool candidate = next < candidates.size() && candidates[next] == pos;
    const bool furniture = candidate && IsBoilerplateLine(line);
    if (blank || line.size() > 300) list_left = 0;
    const bool listed = !furniture && list_left > 0;
    if (listed) --list_left;
    if (furniture) {
      const std::string_view t = Trim(line);
      static const RE2 related("(?i)(?:関連記事|関連ニュース|Related (?:posts|articles))[ :：]*");
      if (t.size() <= 40 && RE2::FullMatch(t, related)) list_left = 12;
    }
    if (!furniture && !listed && !(blank && last_blank)) {
      out.append(line);
      out.push_back('\n');
      last_blank = blank;
    }
    pos = nl + 1;
  }
  while (!out.empty() && (out.back() == '\n')) out.pop_back();
  if (!out.empty()) out.push_back('\n');
  return out;
}

}  // namespace leakwatch::text
