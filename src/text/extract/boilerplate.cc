#include "text/extract/boilerplate.h"

#include <re2/re2.h>

namespace leakwatch::text {

namespace {

// Whole-line patterns (matched against the trimmed line, raw UTF-8, so both
// full-width and ASCII forms are listed where notices use both).
const std::string kShare =
    "ツイート|シェア|Tweet|Share|いいね!?|LINEで送る|はてなブックマーク|Facebook|Twitter|X|LINE|"
    "Print|印刷|Email this|このページを印刷する|(?:このページを)?シェアする|Pocket|Pin it";

const RE2& BoilerplateRe() {
  static const RE2 re(
      std::string() +
      "(?i)^(?:"
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
      "(?:posts|articles)).*"
      ")$");
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
  bool last_blank = true;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.remove_suffix(1);
    bool blank = Trim(line).empty();
    if (!IsBoilerplateLine(line) && !(blank && last_blank)) {
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
