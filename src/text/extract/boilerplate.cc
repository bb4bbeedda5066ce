#include "text/extract/boilerplate.h"

#include <re2/re2.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
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

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  if (s.starts_with("\xE3\x80\x80")) return Trim(s.substr(3));  // U+3000
  return s;
}

// The pre-filter that picks the lines worth matching against BoilerplateRe
// (few lines, instead of one regex pass over every byte). Every trimmed line
// that matches holds one of kNeedles (a piece of each branch that starts with
// ".*") or starts as a branch that does not (MayStartBranch). ASCII letters
// match in either case; the ASCII pieces hold no s and no k, the only letters
// (?i) also matches to non-ASCII characters (ſ, K).
struct Needle {
  std::string_view text;  // lower-case ASCII or no ASCII letter
  char key;               // a byte of `text` looked for first: rare in notices
};
constexpr Needle kNeedles[] = {{"コメント", '\x88'}, {"トラックバック", '\x88'},
                               {"先頭へ", '\x88'},   {"トップへ", '\x88'},
                               {"メニュー", '\xA5'}, {"企業", '\xA5'},
                               {"背景色", '\xAF'},   {"サイ", '\xA4'},
                               {"広告", '\x8A'},     {"本文", '\xAC'},
                               {"reader", 'd'},      {"adobe", 'd'},
                               {"pdf", 'd'},         {"b)", ')'},
                               {"ip to ", 'p'},      {"to top", 'p'},
                               {"all right", 'g'},   {"27001", '7'}};
// Keys compared as they are, and the letters compared in either case.
constexpr char kRawKeys[] = {')', '7', '\x88', '\xA5', '\xAF', '\xA4', '\x8A', '\xAC'};
constexpr char kLetterKeys[] = {'d', 'p', 'g'};

// True if text[start, start + needle.size()) is `needle`, ASCII letters in either case.
bool NeedleAt(std::string_view text, size_t start, std::string_view needle) {
  if (start + needle.size() > text.size()) return false;
  for (size_t i = 0; i < needle.size(); ++i) {
    char c = text[start + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c != needle[i]) return false;
  }
  return true;
}

// Where each needle's key is in it.
constexpr auto kKeyAt = [] {
  std::array<size_t, std::size(kNeedles)> at{};
  for (size_t i = 0; i < at.size(); ++i) {
    at[i] = kNeedles[i].text.find(kNeedles[i].key);
    if (at[i] == std::string_view::npos) throw "a key not in its needle";  // fails to compile
  }
  return at;
}();

// For each byte (letters in lower case), the needles it keys: a bit per
// index into kNeedles.
constexpr auto kKeyed = [] {
  std::array<std::uint32_t, 256> t{};
  for (size_t i = 0; i < std::size(kNeedles); ++i)
    t[static_cast<unsigned char>(kNeedles[i].key)] |= std::uint32_t{1} << i;
  for (char c = 'a'; c <= 'z'; ++c)
    t[static_cast<unsigned char>(c - 'a' + 'A')] = t[static_cast<unsigned char>(c)];
  return t;
}();

// Adds to `at` where the needles keyed by the byte at text[h] start, if any does.
[[gnu::always_inline]] inline void NeedlesAround(std::string_view text, size_t h,
                                                 std::vector<size_t>* at) {
  for (std::uint32_t bits = kKeyed[static_cast<unsigned char>(text[h])]; bits != 0;
       bits &= bits - 1) {
    const size_t i = static_cast<size_t>(std::countr_zero(bits));
    const size_t off = kKeyAt[i];
    if (h < off) continue;
    // First the byte next to the key (most hits end here), then the whole needle.
    const std::string_view needle = kNeedles[i].text;
    const size_t next = off > 0 ? off - 1 : off + 1;
    if (h - off + next >= text.size()) continue;
    char c = text[h - off + next];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c == needle[next] && NeedleAt(text, h - off, needle)) at->push_back(h - off);
  }
}

// The sorted starts of the needles in `text`.
std::vector<size_t> NeedlePlaces(std::string_view text) {
  std::vector<size_t> at;
  size_t h = 0;
#ifdef __SSE2__
  // A bit for each of the sixteen bytes at h that is a key (b | 0x20 is a
  // lower-case letter k only for b = k and its upper case).
  static_assert(std::size(kRawKeys) == 8 && std::size(kLetterKeys) == 3);
  const __m128i r0 = _mm_set1_epi8(kRawKeys[0]), r1 = _mm_set1_epi8(kRawKeys[1]),
                r2 = _mm_set1_epi8(kRawKeys[2]), r3 = _mm_set1_epi8(kRawKeys[3]),
                r4 = _mm_set1_epi8(kRawKeys[4]), r5 = _mm_set1_epi8(kRawKeys[5]),
                r6 = _mm_set1_epi8(kRawKeys[6]), r7 = _mm_set1_epi8(kRawKeys[7]),
                l0 = _mm_set1_epi8(kLetterKeys[0]), l1 = _mm_set1_epi8(kLetterKeys[1]),
                l2 = _mm_set1_epi8(kLetterKeys[2]), fold = _mm_set1_epi8(0x20);
  auto eq = [](__m128i a, __m128i b) { return _mm_cmpeq_epi8(a, b); };
  for (; h + 16 <= text.size(); h += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + h));
    const __m128i lower = _mm_or_si128(v, fold);
    const __m128i hit = _mm_or_si128(
        _mm_or_si128(
            _mm_or_si128(_mm_or_si128(eq(v, r0), eq(v, r1)), _mm_or_si128(eq(v, r2), eq(v, r3))),
            _mm_or_si128(_mm_or_si128(eq(v, r4), eq(v, r5)), _mm_or_si128(eq(v, r6), eq(v, r7)))),
        _mm_or_si128(_mm_or_si128(eq(lower, l0), eq(lower, l1)), eq(lower, l2)));
    for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0; mask &= mask - 1)
      NeedlesAround(text, h + static_cast<size_t>(std::countr_zero(mask)), &at);
  }
#endif
  for (; h < text.size(); ++h)
    if (kKeyed[static_cast<unsigned char>(text[h])] != 0) NeedlesAround(text, h, &at);
  std::sort(at.begin(), at.end());
  return at;
}

// True if `s` starts with `prefix` (lower-case ASCII), ASCII letters in either case.
bool StartsNoCase(std::string_view s, std::string_view prefix) { return NeedleAt(s, 0, prefix); }

// True if the trimmed line `t` starts as a branch not starting with ".*" can.
bool MayStartBranch(std::string_view t) {
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  if (c < 0x80) {
    switch (c | 0x20) {
      case '[' | 0x20:  // '[' is 0x5B, '{' 0x7B
        return c == '[';
      case 'p':  // PR, Print, Pin it, Pocket
        return StartsNoCase(t, "pr") || StartsNoCase(t, "pi") || StartsNoCase(t, "po");
      case 't':
        return StartsNoCase(t, "tw");  // Tweet, Twitter
      case 's':
        return StartsNoCase(t.substr(1), "h");  // Share
      case 'l':
        return StartsNoCase(t, "line");
      case 'f':
        return StartsNoCase(t, "face");
      case 'x':
        return true;
      case 'e':
        return StartsNoCase(t, "email");
      case 'h':
        return StartsNoCase(t, "home");
      case 'c':
        return StartsNoCase(t, "copyright");
      case '(' | 0x20:  // '(' is 0x28, 0x08 is a control byte
        return c == '(' && StartsNoCase(t, "(c");
      case 'r':
        return StartsNoCase(t, "related");
      default:
        return false;
    }
  }
  // The first character, as its UTF-8 bytes in one number.
  if (t.size() < 2) return false;
  std::uint32_t first = c << 8 | static_cast<unsigned char>(t[1]);
  if (c >= 0xE0) {
    if (t.size() < 3) return false;
    first = first << 8 | static_cast<unsigned char>(t[2]);
  }
  switch (first) {
    case 0xC5BF:    // ſ: the s of Share
    case 0xEFBCBB:  // ［
    case 0xEFBCB0:  // Ｐ
    case 0xEFBD90:  // ｐ
    case 0xC397:    // ×
    case 0xE29C95:  // ✕
    case 0xC2A9:    // ©
      return true;
    default:
      break;
  }
  static constexpr std::string_view kStarts[] = {
      "ツイート",     "シェア",   "いいね",   "はてな",   "印刷",       "このページを", "ホーム",
      "トップページ", "前の記事", "次の記事", "カテゴリ", "アーカイブ", "最近の記事",   "関連記事"};
  for (std::string_view s : kStarts)
    if (t.starts_with(s)) return true;
  return false;
}

// "関連記事", "▼関連記事", "最新記事", "Related posts", "Recent news": a heading over a list
// of other articles (titles and dates) on a blog or news page.
bool IsArticleListHeading(std::string_view t) {
  if (t.size() > 48) return false;
  // Each English word holds an s: a line with no s in either case (most lines of a
  // Japanese notice) holds none of them. The Japanese words are looked for by a byte
  // rarer than their first (E3 leads every kana): 記's A8 and ニ's 8B.
  // (b | 0x20 is 's' for b = 's' and 'S' only.)
  const bool s = std::any_of(t.begin(), t.end(), [](char b) { return (b | 0x20) == 's'; });
  if (FindByByte(t, "記事", 1) == std::string_view::npos &&
      FindByByte(t, "ニュース", 2) == std::string_view::npos &&
      (!s || (!ContainsAsciiNoCase(t, "posts") && !ContainsAsciiNoCase(t, "articles") &&
              !ContainsAsciiNoCase(t, "news") && !ContainsAsciiNoCase(t, "stories"))))
    return false;
  static const RE2 whole(
      "(?i)(?:[▼▽■□●○◆◇★☆▶▷►・【\\[《≪] *)?"
      "(?:(?:関連|最新|新着|最近の|人気|おすすめの?|注目の?)(?:記事|ニュース)(?:一覧)?|"
      "(?:related|recent|latest|more|other) (?:posts|articles|news|stories))"
      "[】\\]》≫]?[ :：]*");
  return RE2::FullMatch(t, whole);
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
  // Only the lines the pre-filter passes are matched (IsBoilerplateLine).
  const std::vector<size_t> needles = NeedlePlaces(text);
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
    const std::string_view trimmed = Trim(line);
    const bool blank = trimmed.empty();
    while (next < needles.size() && needles[next] < pos) ++next;
    const bool candidate = (next < needles.size() && needles[next] < nl) || MayStartBranch(trimmed);
    const bool list_heading = IsArticleListHeading(trimmed);
    const bool furniture = list_heading || (candidate && IsBoilerplateLine(line));
    if (blank || line.size() > 300) list_left = 0;
    const bool listed = !furniture && list_left > 0;
    if (listed) --list_left;
    if (list_heading) list_left = 12;
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
