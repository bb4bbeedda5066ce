// Small helpers shared by the extraction steps (src/text/extract/*.cc).
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace leakwatch::text {

// Calls fn(groups) for every non-overlapping match of `re` in `text`, left to
// right; groups[0] is the whole match, groups[i] the i-th group (empty
// string_view with data()==nullptr when the group did not take part). Offsets
// are `group.data() - text.data()`. Linear in text size (RE2).
void ForEachMatch(const RE2& re, std::string_view text,
                  const std::function<void(const std::vector<std::string_view>&)>& fn);

// Adds `pattern` to `set` as its next index. A pattern RE2 rejects would shift
// every later index (RE2::Set::Add returns -1 and the caller's table no longer
// lines up with the hits), so it is a programming error: this prints the
// pattern and RE2's reason and aborts. The tables are constants, and the unit
// tests build every set, so a bad pattern fails there first.
void AddOrDie(RE2::Set& set, std::string_view pattern);
// set.Compile(), aborting if RE2 runs out of memory for it.
void CompileOrDie(RE2::Set& set);

// A compiled RE2::Set of pattern_of(rule) for each rule, in order, so that a
// hit's index is the rule's index. Never freed: for function-local statics.
template <typename Rules, typename PatternOf>
const RE2::Set* NewRuleSet(const Rules& rules, PatternOf pattern_of,
                           RE2::Anchor anchor = RE2::UNANCHORED,
                           const RE2::Options& options = RE2::Options()) {
  auto* set = new RE2::Set(options, anchor);
  for (const auto& rule : rules) AddOrDie(*set, pattern_of(rule));
  CompileOrDie(*set);
  return set;
}

// A byte range [first, second) of a text.
using Window = std::pair<std::size_t, std::size_t>;

// Where in a text each of a fixed list of patterns may match, found with one
// RE2::Set pass per group of patterns per block of whole lines (kBlockBytes or
// a little more each), so that the full (grouped) matches run only over the
// blocks a pattern occurs in instead of over the whole text.
// A set's DFA tracks every pattern at once: patterns with gaps (".*",
// "[^.\n]*") together need a new DFA state at almost every byte of text the
// set has not seen before, so that over many different notices the set
// rebuilds states all the time (the type rules in one set cost 2.6 ms per
// notice over the 2,353 notices of tests/extract; cut at their gaps with
// CutAtGaps, 9 us). Patterns in separate sets cost a pass each.
// REQUIRES of each pattern: no match spans a line break, except that its
// first or last byte may be the '\n' before or after the line it is in (as
// "(?:^|[^0-9])" and "(?:[^0-9]|$)" take); \b only next to a word character
// of the match; no (?m). Then every match of pattern i in the whole text lies
// inside one of In(text)[i], and ForEachMatchIn over those windows finds
// exactly the matches ForEachMatch finds over the whole text.
class LinePresence {
 public:
  // 128: fewest instructions on the demo notices (512: +11K per notice; 64: the same).
  static constexpr std::size_t kBlockBytes = 128;

  // One set of all `patterns`.
  explicit LinePresence(const std::vector<std::string>& patterns);
  // patterns[i] in set group_of[i]: one set per distinct number.
  LinePresence(const std::vector<std::string>& patterns, const std::vector<int>& group_of);
  // The patterns of compiled regexes.
  static std::vector<std::string> PatternsOf(const std::vector<const RE2*>& res);
  // windows[i]: sorted, disjoint byte ranges of `text` holding every match
  // of patterns[i]; empty if the pattern occurs nowhere.
  std::vector<std::vector<Window>> In(std::string_view text) const;
  // *found: the indexes, ascending, of the patterns that match somewhere in
  // `text` (a line, or a short text such as a title). Only the sets holding a
  // pattern in [from, to) are searched (*found may hold their other patterns
  // too): a caller that wants some patterns need not pay for the other sets.
  void Which(std::string_view text, std::vector<int>* found, std::size_t from = 0,
             std::size_t to = SIZE_MAX) const;

 private:
  struct Group {
    int number;
    std::unique_ptr<RE2::Set> set;
    std::vector<std::size_t> pattern;  // pattern[k]: the pattern that is the set's k-th
  };
  std::vector<Group> groups_;
  std::size_t size_ = 0;
};

// `pattern` with each counted repetition made open (X{m,n} and X{m,} become X*
// when m is 0, else X+; X{n} stays): it matches wherever `pattern` matches, and
// its DFA need not count (a count is a new state per step: ".{0,60}" after a
// word is 60 states, times whatever else is under way). For presence forms,
// which may find more than the pattern does but never less.
std::string WidenRepeats(std::string_view pattern);

// The top-level alternatives of `pattern`, in order ("a|(?:b|c)|d": "a", "(?:b|c)", "d").
std::vector<std::string_view> AlternativesOf(std::string_view pattern);

// `pattern` with each top-level alternative cut down to its stretch between
// gaps (an unbounded run of a broad class: ".*", "[^.\n]*", "(?:[a-z]+ )*"; or a
// group that holds one, "(?:to [^.\n]*)?") whose matches take the most bytes:
// "(?:fax|ファクス).*(?:誤|wrong)" becomes "(?:fax|ファクス)". Every match of `pattern` holds a
// match of the cut pattern, in the same line when no match of the pattern spans a line break. For
// presence forms: a DFA running several patterns at once needs a state for
// each combination of gaps under way, far more than for each pattern alone;
// without gaps, the states stay few over text never seen before. A counted
// run of at most `near` characters ("誤って.{0,15}(?:送付|郵送)") is no gap:
// a common word before it would otherwise be all that is left.
std::string CutAtGaps(std::string_view pattern, int near = 0);

// ForEachMatch restricted to `windows` (sorted, disjoint, as LinePresence::In
// returns): the same left-to-right, non-overlapping iteration, with searches
// limited to the windows (\b, ^ and $ still see the whole text).
template <typename Fn>
void ForEachMatchIn(const RE2& re, std::string_view text, const std::vector<Window>& windows,
                    Fn fn) {
  if (windows.empty()) return;
  const int ngroups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(ngroups));
  std::vector<std::string_view> groups(static_cast<size_t>(ngroups));
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  for (const auto& [begin, end] : windows) {
    pos = std::max(pos, begin);
    while (pos <= end && re.Match(input, pos, end, RE2::UNANCHORED, pieces.data(), ngroups)) {
      for (size_t i = 0; i < static_cast<size_t>(ngroups); ++i)
        groups[i] = pieces[i].data() == nullptr
                        ? std::string_view()
                        : std::string_view(pieces[i].data(), pieces[i].size());
      fn(groups);
      const size_t match_end =
          static_cast<size_t>(pieces[0].data() - text.data()) + pieces[0].size();
      pos = match_end > pos ? match_end : pos + 1;
      // Stay on a UTF-8 character boundary (as ForEachMatch does).
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
  }
}

// Like ForEachMatch without groups: calls fn(start, end, n) for the n-th match
// (1-based) of `re` in text[begin, end), left to right, until fn returns false.
// Offsets are into `text`; \b, ^ and $ see the bytes around the range, so a
// match found in a range is one a scan of the whole text finds too.
// REQUIRES: begin <= end <= text.size().
template <typename Fn>
void ForEachMatchWhile(const RE2& re, std::string_view text, size_t begin, size_t end, Fn fn) {
  re2::StringPiece input(text.data(), text.size()), m;
  size_t pos = begin, n = 0;
  while (pos <= end && re.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
    const size_t s = static_cast<size_t>(m.data() - text.data()), e = s + m.size();
    if (!fn(s, e, ++n)) return;
    pos = e > pos ? e : pos + 1;
    // Stay on a UTF-8 character boundary.
    while (pos < end && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

// The same over the whole text.
template <typename Fn>
void ForEachMatchWhile(const RE2& re, std::string_view text, Fn fn) {
  ForEachMatchWhile(re, text, 0, text.size(), fn);
}

// Byte offset of `part` inside `whole` (part must point into whole).
inline size_t OffsetIn(std::string_view whole, std::string_view part) {
  return static_cast<size_t>(part.data() - whole.data());
}

// Parses a number written with ASCII digits, commas, a decimal point and
// Japanese multipliers (万, 千, 百, 億) or kanji numerals (〇一二…十百千):
// "12,000" 12000, "1万2千" 12000, "1.2万" 12000, "二十一" 21, "二〇一一" 2011.
// Returns -1 if `s` holds no number.
long long ParseNumber(std::string_view s);

// Sentence bounds: the sentence containing `pos`, ending at 。 ． ! ? a
// newline, or ". " (a period then a space). [start, end) in `text`.
std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t pos);

// ASCII lower-case copy (byte offsets unchanged).
std::string AsciiLower(std::string_view s);

#ifdef __SSE2__
// 0xFF in each byte of `v` that is A-Z, 0 elsewhere: b + (0x80 - 'A') is below
// -128 + 26 as a signed byte exactly when b is A-Z (bytes >= 0x80 land above).
inline __m128i AsciiUpperMask(__m128i v) {
  return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - 'A'))),
                        _mm_set1_epi8(static_cast<char>(-128 + 26)));
}
#endif

// The host of `url` ("https://www.city.osaka.lg.jp/x" -> "www.city.osaka.lg.jp"): after the
// scheme, up to the first '/', ':', '?' or '#'. The whole of `url` when it has neither.
std::string_view UrlHost(std::string_view url);

// Trims ASCII and ideographic spaces.
std::string_view TrimSpace(std::string_view s);
// The bytes of the list marker `line` starts with ("- ", "* ", "・", "•", "●", "■"); 0 when it
// starts with none (spaces first included).
// (By its first byte: it is asked of every line of a list.)
inline size_t BulletBytes(std::string_view line) {
  if (line.empty()) return 0;
  switch (line[0]) {
    case '-':
    case '*':
      return line.size() >= 2 && line[1] == ' ' ? 2 : 0;
    case '\xE3':
      return line.starts_with("・") ? 3 : 0;
    case '\xE2':
      return line.starts_with("•") || line.starts_with("●") || line.starts_with("■") ? 3 : 0;
    default:
      return 0;
  }
}
// `line` trimmed (TrimSpace), less the list marker it starts with and the spaces after that:
// "・氏名" and "- those results" give "氏名" and "those results".
std::string_view StripBullet(std::string_view line);

// The characters (UTF-8 code points) of `s`: its bytes that are not continuation bytes.
size_t CharCount(std::string_view s);
// CharCount(s) <= n, without counting past n.
bool AtMostChars(std::string_view s, size_t n);

// text.find(needle, from), with memchr looking for needle[key] rather than
// needle[0]: for a byte rarer in the text, such as the middle byte 0x80 of 〒
// (E3 80 92) in Japanese, where E3 leads every kana.
// REQUIRES: key < needle.size().
size_t FindByByte(std::string_view text, std::string_view needle, size_t key, size_t from = 0);

// Occurrences of each byte value per 100,000 bytes of notice text (NFKC-normalised UTF-8,
// Japanese and English), from scripts/derive-byte-ranks.
inline constexpr uint32_t kByteFrequency[256] = {
#include "text/extract/byte_frequency.inc"
};

// The index of `needle`'s rarest byte by kByteFrequency, on a tie the later one (a Japanese
// word's last byte is as a rule rarer than its lead byte: E3 leads every kana).
// REQUIRES: !needle.empty().
constexpr size_t RarestByte(std::string_view needle) {
  size_t key = 0;
  for (size_t i = 1; i < needle.size(); ++i)
    if (kByteFrequency[static_cast<unsigned char>(needle[i])] <=
        kByteFrequency[static_cast<unsigned char>(needle[key])])
      key = i;
  return key;
}

// text.find(needle, from), with memchr looking for the needle's rarest byte (RarestByte)
// rather than its first: a search for "関連" by its first byte E9 stops at every kanji that
// shares it, one for "s affected" at every 's', one for "の" at every kana.
size_t FindRare(std::string_view text, std::string_view needle, size_t from = 0);

// True if `s` holds an ASCII digit: s.find_first_of("0123456789") != npos,
// without a search of the ten digits for each byte.
inline bool HasAsciiDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// True if `text` holds any of `words` (a pre-check before a regex that needs one of them).
inline bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [text](std::string_view w) {
    return FindRare(text, w) != std::string_view::npos;
  });
}

// N of a text that starts with "(N)" (NFKC of "（Ｎ）", a list's number), N of one or two
// digits, with *len the bytes of "(N)"; 0 if it starts otherwise.
int LeadingParenNumber(std::string_view t, std::size_t* len = nullptr);

// True if `s` starts (ends) with `prefix` (`suffix`), ASCII letters compared case-blind
// (the affix is ASCII letters, spaces and punctuation: `| 0x20` folds only the letters).
bool StartsWithAsciiNoCase(std::string_view s, std::string_view prefix);
bool EndsWithAsciiNoCase(std::string_view s, std::string_view suffix);

// True if `text` holds `needle` with ASCII letters in either case; `needle` is
// lower-case ASCII. (A pre-check for (?i) regexes: only k and s have non-ASCII
// case variants in RE2, so needles without them see every match.)
bool ContainsAsciiNoCase(std::string_view text, std::string_view needle);

// The first place in `text` where `word` starts, with ASCII letters in either
// case; npos if none. `word` is lower-case ASCII, or holds no ASCII letter.
// For words without s and k, the leftmost of the places the words of a regex
// "(?i)w1|w2|..." start is where its leftmost match starts.
size_t FindNoCase(std::string_view text, std::string_view word);

}  // namespace leakwatch::text

#include "text/normalize.h"

namespace leakwatch::text {}  // namespace leakwatch::text
