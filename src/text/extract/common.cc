#include "text/extract/common.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace leakwatch::text {

void AddOrDie(RE2::Set& set, std::string_view pattern) {
  std::string error;
  if (set.Add(re2::StringPiece(pattern.data(), pattern.size()), &error) < 0) {
    std::fprintf(stderr, "leakwatch: bad built-in pattern \"%.*s\": %s\n",
                 static_cast<int>(pattern.size()), pattern.data(), error.c_str());
    std::abort();
  }
}

void CompileOrDie(RE2::Set& set) {
  if (!set.Compile()) {
    std::fputs("leakwatch: RE2 ran out of memory compiling a built-in pattern set\n", stderr);
    std::abort();
  }
}

LinePresence::LinePresence(const std::vector<std::string>& patterns)
    : LinePresence(patterns, std::vector<int>(patterns.size(), 0)) {}

LinePresence::LinePresence(const std::vector<std::string>& patterns,
                           const std::vector<int>& group_of)
    : size_(patterns.size()) {
  for (size_t i = 0; i < patterns.size(); ++i) {
    const int number = i < group_of.size() ? group_of[i] : 0;
    auto g = std::find_if(groups_.begin(), groups_.end(),
                          [number](const Group& x) { return x.number == number; });
    if (g == groups_.end()) {
      RE2::Options o;
      o.set_max_mem(64 << 20);  // room for the DFA of many forms at once
      groups_.push_back({number, std::make_unique<RE2::Set>(o, RE2::UNANCHORED), {}});
      g = groups_.end() - 1;
    }
    AddOrDie(*g->set, patterns[i]);
    g->pattern.push_back(i);
  }
  for (Group& g : groups_) CompileOrDie(*g.set);
}

std::vector<std::string> LinePresence::PatternsOf(const std::vector<const RE2*>& res) {
  std::vector<std::string> out;
  out.reserve(res.size());
  for (const RE2* re : res) out.push_back(re->pattern());
  return out;
}

std::vector<std::vector<Window>> LinePresence::In(std::string_view text) const {
  std::vector<std::vector<Window>> windows(size_);
  std::vector<int> found;
  for (const Group& g : groups_) {
    // Most notices hold none of a rare pattern's set: one search of the whole
    // text, which stops at the first match, spares the set's search per block.
    if (!g.set->Match(text, nullptr)) continue;
    for (size_t b = 0; b < text.size();) {
      size_t end =
          text.size() - b > kBlockBytes ? text.find('\n', b + kBlockBytes) : std::string_view::npos;
      if (end == std::string_view::npos) end = text.size();
      found.clear();
      // A match inside the block's lines (less the line breaks around them,
      // which ^ and $ stand for here) is a match of the block on its own.
      if (g.set->Match(text.substr(b, end - b), &found)) {
        // The window takes the line break before and after the block.
        const Window w{b > 0 ? b - 1 : 0, end < text.size() ? end + 1 : end};
        for (int f : found) {
          std::vector<Window>& ws = windows[g.pattern[static_cast<size_t>(f)]];
          if (!ws.empty() && ws.back().second >= w.first)
            ws.back().second = w.second;  // the block before was in: one window
          else
            ws.push_back(w);
        }
      }
      b = end + 1;
    }
  }
  return windows;
}

void LinePresence::Which(std::string_view text, std::vector<int>* found, std::size_t from,
                         std::size_t to) const {
  found->clear();
  std::vector<int> in_group;
  for (const Group& g : groups_) {
    // (g.pattern ascends.)
    const auto p = std::lower_bound(g.pattern.begin(), g.pattern.end(), from);
    if (p == g.pattern.end() || *p >= to) continue;
    in_group.clear();
    g.set->Match(text, &in_group);
    for (int f : in_group) found->push_back(static_cast<int>(g.pattern[static_cast<size_t>(f)]));
  }
  std::sort(found->begin(), found->end());
}

namespace {

// The end of the class that starts at p[i] == '['.
size_t ClassEnd(std::string_view p, size_t i) {
  size_t j = i + 1;
  if (j < p.size() && p[j] == '^') ++j;
  if (j < p.size() && p[j] == ']') ++j;
  while (j < p.size() && p[j] != ']') {
    if (p[j] == '\\') {
      j += 2;
    } else if (p.compare(j, 2, "[:") == 0) {  // [[:alpha:]]
      const size_t close = p.find(":]", j + 2);
      j = close == std::string_view::npos ? p.size() : close + 2;
    } else {
      ++j;
    }
  }
  return std::min(j + 1, p.size());
}

// The end of the escape that starts at p[i] == '\\', with its braces when it has them
// (\x{C0}, \p{Han}) or its letter (\pL).
size_t EscapeEnd(std::string_view p, size_t i) {
  size_t end = i + 2;
  const char e = i + 1 < p.size() ? p[i + 1] : '\0';
  if ((e == 'x' || e == 'p' || e == 'P') && end < p.size() && p[end] == '{') {
    const size_t close = p.find('}', end);
    end = close == std::string_view::npos ? p.size() : close + 1;
  } else if ((e == 'p' || e == 'P') && end < p.size()) {
    ++end;
  }
  return std::min(end, p.size());
}

}  // namespace

std::string WidenRepeats(std::string_view p) {
  std::string out;
  out.reserve(p.size());
  size_t i = 0;
  while (i < p.size()) {
    const char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      // An escape, with its braces when it has them: not a count.
      const size_t end = EscapeEnd(p, i);
      out.append(p.substr(i, end - i));
      i = end;
    } else if (c == '[') {
      // A class, copied whole: a brace in it is a character ("[^]{]" too).
      const size_t end = ClassEnd(p, i);
      out.append(p.substr(i, end - i));
      i = end;
    } else if (c == '{') {
      // {m,n} or {m,}: open it; {n} and a brace that counts nothing stay.
      size_t j = i + 1;
      while (j < p.size() && p[j] >= '0' && p[j] <= '9') ++j;
      const bool has_min = j > i + 1;
      if (has_min && j < p.size() && p[j] == ',') {
        size_t k = j + 1;
        while (k < p.size() && p[k] >= '0' && p[k] <= '9') ++k;
        if (k < p.size() && p[k] == '}') {
          const bool from_zero =
              p.substr(i + 1, j - i - 1).find_first_not_of('0') == std::string_view::npos;
          out += from_zero ? '*' : '+';
          i = k + 1;
          continue;
        }
      }
      out += c;
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

std::vector<std::string_view> AlternativesOf(std::string_view p) {
  std::vector<std::string_view> out;
  int depth = 0;
  size_t start = 0;
  for (size_t j = 0; j < p.size(); ++j) {
    if (p[j] == '\\') {
      ++j;
    } else if (p[j] == '[') {
      j = ClassEnd(p, j) - 1;
    } else if (p[j] == '(') {
      ++depth;
    } else if (p[j] == ')') {
      --depth;
    } else if (p[j] == '|' && depth == 0) {
      out.push_back(p.substr(start, j - start));
      start = j + 1;
    }
  }
  out.push_back(p.substr(start));
  return out;
}

namespace {

// One element of a pattern, with the quantifier after it: a literal character,
// an escape, a class, '.', an anchor or a parenthesised group.
struct PatternItem {
  size_t begin = 0, end = 0;  // the whole of it, quantifier included
  size_t min_bytes = 0;       // the fewest bytes a match of it takes
  bool gap = false;           // an unbounded run of a broad class: ".*", "[^.\n]+", "(?:[a-z]+ )*"
};

size_t MinBytes(std::string_view p);

// The items of `p` (no top-level '|'), each with its quantifier. A counted
// repeat of at most `near` is no gap.
std::vector<PatternItem> ItemsOf(std::string_view p, int near = 0) {
  std::vector<PatternItem> items;
  size_t i = 0;
  while (i < p.size()) {
    PatternItem it;
    it.begin = i;
    const char c = p[i];
    bool broad = false;      // a class of many characters: '.', [^…], \s, \w, [a-z]
    bool holds_gap = false;  // a group with a gap inside
    if (c == '\\' && i + 1 < p.size()) {
      const char e = p[i + 1];
      const size_t end = EscapeEnd(p, i);
      const bool zero_width = e == 'b' || e == 'B' || e == 'A' || e == 'z';
      broad = std::strchr("sSwWdDpP", e) != nullptr;
      it.min_bytes = zero_width ? 0 : 1;
      i = end;
    } else if (c == '[') {
      i = ClassEnd(p, i);
      broad = true;
      it.min_bytes = 1;
    } else if (c == '(') {
      int depth = 0;
      size_t j = i;
      while (j < p.size()) {
        if (p[j] == '\\') {
          j += 2;
          continue;
        }
        if (p[j] == '[') {
          j = ClassEnd(p, j);
          continue;
        }
        if (p[j] == '(') ++depth;
        if (p[j] == ')' && --depth == 0) break;
        ++j;
      }
      const size_t close = std::min(j, p.size());
      size_t body = i + 1;
      if (body < p.size() && p[body] == '?') {  // (?:…), (?i:…), (?P<name>…)
        const size_t colon = p.find_first_of(":>", body);
        body = colon == std::string_view::npos || colon > close ? close : colon + 1;
      }
      const std::string_view inside = p.substr(body, close - body);
      it.min_bytes = MinBytes(inside);
      // A group that takes a whole word or any text: as broad as a class.
      broad = inside.find_first_of("[.") != std::string_view::npos ||
              inside.find("\\s") != std::string_view::npos ||
              inside.find("\\w") != std::string_view::npos;
      // A group that holds a gap is one, however often it may occur: "(?:to [^.\n]{0,50})?by".
      // (Not one word, "(?:[a-z]+ )?": a class without a space, once or more.)
      for (std::string_view alt : AlternativesOf(inside))
        for (const PatternItem& in : ItemsOf(alt, near)) {
          const std::string_view item = alt.substr(in.begin, in.end - in.begin);
          const bool word = item.starts_with('[') && !item.starts_with("[^") &&
                            item.ends_with("]+") && item.find(' ') == std::string_view::npos;
          holds_gap = holds_gap || (in.gap && !word);
        }
      i = std::min(close + 1, p.size());
    } else if (c == '^' || c == '$') {
      ++i;
    } else {
      // A literal character, all of its UTF-8 bytes ('.' is any character).
      size_t n = 1;
      const auto b = static_cast<unsigned char>(c);
      if (b >= 0xF0)
        n = 4;
      else if (b >= 0xE0)
        n = 3;
      else if (b >= 0xC0)
        n = 2;
      broad = c == '.';
      it.min_bytes = c == '.' ? 1 : n;
      i = std::min(i + n, p.size());
    }
    // Its quantifier.
    if (i < p.size() && (p[i] == '*' || p[i] == '+' || p[i] == '?')) {
      const char q = p[i++];
      if (q != '+') it.min_bytes = 0;
      it.gap = broad && q != '?';
    } else if (i < p.size() && p[i] == '{') {
      const size_t close = p.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view count = p.substr(i + 1, close - i - 1);
        const size_t comma = count.find(',');
        const int lo = std::atoi(std::string(count.substr(0, comma)).c_str());
        const int hi = comma == std::string_view::npos
                           ? lo
                           : (comma + 1 == count.size()
                                  ? -1
                                  : std::atoi(std::string(count.substr(comma + 1)).c_str()));
        it.min_bytes *= static_cast<size_t>(std::max(lo, 0));
        it.gap = broad && (hi < 0 || hi > std::max(near, 3));
        i = close + 1;
      }
    }
    if (i < p.size() && p[i] == '?') ++i;  // lazy
    it.gap = it.gap || holds_gap;
    it.end = i;
    items.push_back(it);
  }
  return items;
}

// The fewest bytes a match of `p` takes.
size_t MinBytes(std::string_view p) {
  size_t best = std::string_view::npos;
  for (std::string_view alt : AlternativesOf(p)) {
    size_t sum = 0;
    for (const PatternItem& it : ItemsOf(alt)) sum += it.min_bytes;
    best = std::min(best, sum);
  }
  return best == std::string_view::npos ? 0 : best;
}

}  // namespace

std::string CutAtGaps(std::string_view pattern, int near) {
  std::string out;
  bool first = true;
  for (std::string_view alt : AlternativesOf(pattern)) {
    if (!first) out += '|';
    first = false;
    // The stretches between gaps; the one whose matches take the most bytes.
    const std::vector<PatternItem> items = ItemsOf(alt, near);
    size_t best_from = 0, best_to = 0, best_bytes = 0;
    size_t from = 0, bytes = 0;
    for (size_t k = 0; k <= items.size(); ++k) {
      if (k == items.size() || items[k].gap) {
        if (bytes > best_bytes) {
          best_from = from;
          best_to = k;
          best_bytes = bytes;
        }
        from = k + 1;
        bytes = 0;
      } else {
        bytes += items[k].min_bytes;
      }
    }
    if (best_bytes == 0 || (best_from == 0 && best_to == items.size())) {
      out += alt;  // no gap, or no stretch that takes a byte
    } else {
      const size_t b = items[best_from].begin, e = items[best_to - 1].end;
      out += alt.substr(b, e - b);
    }
  }
  return out;
}

void ForEachMatch(const RE2& re, std::string_view text,
                  const std::function<void(const std::vector<std::string_view>&)>& fn) {
  int ngroups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(ngroups));
  std::vector<std::string_view> groups(static_cast<size_t>(ngroups));
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, pieces.data(), ngroups)) {
    for (int i = 0; i < ngroups; ++i)
      groups[static_cast<size_t>(i)] =
          pieces[static_cast<size_t>(i)].data() == nullptr
              ? std::string_view()
              : std::string_view(pieces[static_cast<size_t>(i)].data(),
                                 pieces[static_cast<size_t>(i)].size());
    fn(groups);
    size_t end = static_cast<size_t>(pieces[0].data() - text.data()) + pieces[0].size();
    pos = end > pos ? end : pos + 1;
    // Stay on a UTF-8 character boundary.
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

namespace {

int KanjiDigit(std::string_view s, size_t* len) {
  static constexpr std::string_view kDigits[] = {"〇", "一", "二", "三", "四",
                                                 "五", "六", "七", "八", "九"};
  for (int d = 0; d < 10; ++d)
    if (s.starts_with(kDigits[d])) {
      *len = kDigits[d].size();
      return d;
    }
  if (s.starts_with("零")) {
    *len = 3;
    return 0;
  }
  return -1;
}

}  // namespace

long long ParseNumber(std::string_view s) {
  // total: completed 万/億 groups; section: below 万; digits: the pending number.
  long long total = 0, section = 0;
  long long digits = -1;
  double frac = 0, frac_scale = 0;  // decimal part of `digits`
  bool any = false;
  size_t i = 0;
  auto pending = [&]() -> double { return digits < 0 ? 0 : digits + frac; };
  while (i < s.size()) {
    char c = s[i];
    size_t len = 1;
    int kd = -1;
    if (c >= '0' && c <= '9') {
      if (frac_scale > 0) {
        frac += (c - '0') * frac_scale;
        frac_scale /= 10;
      } else {
        digits = (digits < 0 ? 0 : digits) * 10 + (c - '0');
        if (digits > 1'000'000'000'000LL) return -1;
      }
      any = true;
    } else if (c == ',' && digits >= 0) {
    } else if (c == '.' && digits >= 0 && frac_scale == 0) {
      frac_scale = 0.1;
    } else if ((kd = KanjiDigit(s.substr(i), &len)) >= 0) {
      digits = (digits < 0 ? 0 : digits) * 10 + kd;
      any = true;
    } else if (s.substr(i).starts_with("十") || s.substr(i).starts_with("百") ||
               s.substr(i).starts_with("千")) {
      len = 3;
      long long unit = s.substr(i).starts_with("十")   ? 10
                       : s.substr(i).starts_with("百") ? 100
                                                       : 1000;
      double d = digits < 0 ? 1 : pending();
      section += static_cast<long long>(d * unit + 0.5);
      digits = -1, frac = 0, frac_scale = 0;
      any = true;
    } else if (s.substr(i).starts_with("万") || s.substr(i).starts_with("億")) {
      len = 3;
      long long unit = s.substr(i).starts_with("万") ? 10000 : 100000000;
      double d = section + pending();
      if (d == 0) d = 1;
      total += static_cast<long long>(d * unit + 0.5);
      section = 0, digits = -1, frac = 0, frac_scale = 0;
      any = true;
    } else {
      break;
    }
    i += len;
  }
  if (!any) return -1;
  return total + section + static_cast<long long>(pending());
}

namespace {

// Bytes at which SentenceAround's forward scan stops to look closer: the
// ASCII ends and the middle byte of 。 (E3 80 82), far rarer in Japanese text
// than E3, the first byte of every kana.
constexpr auto kStopFore = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\n', '!', '?', '.', '\x80'}) t[c] = true;
  return t;
}();

#ifdef __SSE2__
// A bit for each of the sixteen bytes at p that is '\n', '!', '?', '.' or `also`.
unsigned StopBits(const char* p, char also) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i ends = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(ends, _mm_cmpeq_epi8(v, _mm_set1_epi8(also)))));
}
#endif

// The first j in [from, to) with kStopFore[text[j]]; `to` if there is none.
size_t NextStopFore(std::string_view text, size_t from, size_t to) {
#ifdef __SSE2__
  // Sixteen bytes at a time.
  for (; from + 16 <= to; from += 16)
    if (const unsigned bits = StopBits(text.data() + from, '\x80'); bits != 0)
      return from + static_cast<size_t>(std::countr_zero(bits));
#endif
  while (from < to && !kStopFore[static_cast<unsigned char>(text[from])]) ++from;
  return from;
}

// Bytes at which SentenceAround's backward scan stops to look closer: the
// ASCII ends and the last byte of 。 (see kStopFore).
constexpr auto kStopBack = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\n', '!', '?', '.', '\x82'}) t[c] = true;
  return t;
}();

// The last k in [from, to) with kStopBack[text[k]]; `from - 1` (wrapping
// around at 0) if there is none. REQUIRES: from <= to.
size_t PrevStopBack(std::string_view text, size_t from, size_t to) {
#ifdef __SSE2__
  // Sixteen bytes at a time, from the end.
  for (; to - from >= 16; to -= 16)
    if (const unsigned bits = StopBits(text.data() + to - 16, '\x82'); bits != 0)
      return to - 16 + static_cast<size_t>(31 - std::countl_zero(bits));
#endif
  while (to > from && !kStopBack[static_cast<unsigned char>(text[to - 1])]) --to;
  return to - 1;
}

}  // namespace

std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t pos) {
  auto is_end = [&](size_t i, size_t* len) {
    const char c = text[i];
    if (c == '\n' || c == '!' || c == '?') {
      *len = 1;
      return true;
    }
    if (c != '.' && c != '\xE3') return false;  // the first byte of 。 is E3
    if (c == '.' && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n') &&
        !(i >= 2 && text[i - 2] == ' ') && !(i >= 3 && text.substr(i - 3, 3) == "Inc") &&
        !(i >= 2 && text.substr(i - 2, 2) == "Dr") && !(i >= 2 && text.substr(i - 2, 2) == "Mr")) {
      *len = 1;
      return true;
    }
    if (text.substr(i).starts_with("。")) {
      *len = 3;
      return true;
    }
    return false;
  };
  auto is_maru_at = [&](size_t i) {  // 。 starts at text[i]
    return i + 2 < text.size() && text[i] == '\xE3' && text[i + 1] == '\x80' &&
           text[i + 2] == '\x82';
  };
  // Whether a sentence starts right after text[k]: k ends one, or is the
  // last byte of 。.
  auto ends_before = [&](size_t k) {
    size_t len = 0;
    const char c = text[k];
    if (c == '\xE3') return is_maru_at(k);
    if (c == '\x82') return k >= 2 && is_maru_at(k - 2);
    return is_end(k, &len);
  };
  const size_t kMax = 2000;  // bound the scan so time stays linear overall
  pos = std::min(pos, text.size());
  // Backward: the last k in [lo, pos) after which a sentence starts; else lo.
  // An 。 that starts at k <= pos - 3 ends at k + 2 < pos, found first, so
  // only the two bytes before pos need the E3 check.
  const size_t lo = pos > kMax ? pos - kMax : 0;
  size_t start = pos;
  while (start > lo && pos - start < 2 && !ends_before(start - 1)) --start;
  if (start > lo && pos - start >= 2) {
    // Below pos - 2 only a stop byte can end a sentence.
    for (;;) {
      const size_t k = PrevStopBack(text, lo, start);
      if (k + 1 == lo) {  // none
        start = lo;
        break;
      }
      if (ends_before(k)) {
        start = k + 1;
        break;
      }
      start = k;
    }
  }
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  // Forward: the first i in [pos, hi) that ends a sentence; else hi. An 。
  // starting at i is seen at its middle byte i + 1, one byte on (no other
  // end can lie between).
  const size_t hi = std::min(text.size(), pos + kMax);
  size_t end = hi, len = 0;
  const size_t scan_end = std::min(text.size(), hi + 1);
  for (size_t j = NextStopFore(text, pos, scan_end); j < scan_end;
       j = NextStopFore(text, j + 1, scan_end)) {
    const unsigned char c = static_cast<unsigned char>(text[j]);
    if (c == 0x80) {
      if (j > pos && is_maru_at(j - 1)) {
        end = j + 2;
        break;
      }
    } else if (j < hi && is_end(j, &len)) {
      end = c == '\n' ? j : j + len;
      break;
    }
  }
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return {start, end};
}

size_t FindByByte(std::string_view text, std::string_view needle, size_t key, size_t from) {
  if (from > text.size()) return std::string_view::npos;
  // A match at or after `from` has its key byte at or after from + key.
  for (size_t i = from + key; i < text.size();) {
    const void* hit = std::memchr(text.data() + i, needle[key], text.size() - i);
    if (hit == nullptr) break;
    const size_t at = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
    if (text.substr(at - key).starts_with(needle)) return at - key;  // the leftmost: at grows
    i = at + 1;
  }
  return std::string_view::npos;
}

size_t FindRare(std::string_view text, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= text.size() ? from : std::string_view::npos;
  return FindByByte(text, needle, RarestByte(needle), from);
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  size_t i = 0;
#ifdef __SSE2__
  // Sixteen bytes at a time: the A-Z among them get 0x20.
  const __m128i bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= out.size(); i += 16) {
    auto* at = reinterpret_cast<__m128i*>(out.data() + i);
    const __m128i v = _mm_loadu_si128(at);
    _mm_storeu_si128(at, _mm_or_si128(v, _mm_and_si128(AsciiUpperMask(v), bit)));
  }
#endif
  // Eight bytes at a time (SWAR): a byte gets 0x20 added when it is A-Z. For
  // the low seven bits h of each byte, h + 0x3F has its top bit set when
  // h >= 'A' and h + 0x25 when h > 'Z' (no carry leaves a byte); bytes >= 0x80
  // are masked out, so UTF-8 stays as it is.
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL, kHigh = 0x8080808080808080ULL;
  for (; i + 8 <= out.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, out.data() + i, 8);
    const uint64_t h = x & kLow7;
    const uint64_t upper = (h + 0x3F3F3F3F3F3F3F3FULL) & ~(h + 0x2525252525252525ULL) & ~x & kHigh;
    x |= upper >> 2;
    std::memcpy(out.data() + i, &x, 8);
  }
  for (; i < out.size(); ++i)
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
  return out;
}

std::string_view TrimSpace(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
      s.remove_prefix(1);
    } else if (s.starts_with("\xE3\x80\x80")) {
      s.remove_prefix(3);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
      s.remove_suffix(1);
    } else if (s.ends_with("\xE3\x80\x80")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

std::string_view StripBullet(std::string_view line) {
  const std::string_view t = TrimSpace(line);
  return TrimSpace(t.substr(BulletBytes(t)));
}

size_t FindNoCase(std::string_view text, std::string_view needle) {
  if (needle.empty()) return 0;
  if (text.size() < needle.size()) return std::string_view::npos;
  const bool ascii = std::all_of(needle.begin(), needle.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  // Without ASCII letters to fold (Japanese words): a plain find.
  if (!ascii &&
      std::none_of(needle.begin(), needle.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return FindRare(text, needle);
  const char first = needle[0];
  const bool letter = first >= 'a' && first <= 'z';
  const char upper = letter ? static_cast<char>(first - 'a' + 'A') : first;
  // Whether needle[1..] follows at text[i + 1].
  auto rest_at = [&](size_t i) {
    for (size_t j = 1; j < needle.size(); ++j) {
      char c = text[i + j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != needle[j]) return false;
    }
    return true;
  };
  const size_t last = text.size() - needle.size();  // the last place it can start
  size_t i = 0;
#ifdef __SSE2__
  // Sixteen places at a time: the ones holding the first byte in either case,
  // and (for a needle of two bytes or more) the second after it, so that
  // rest_at sees far fewer places. (Two bytes or more: last + 1 + 1 <=
  // text.size(), so the load at i + 1 stays inside the text.)
  const __m128i lo = _mm_set1_epi8(first), up = _mm_set1_epi8(upper);
  const char second = needle.size() >= 2 ? needle[1] : '\0';
  const __m128i lo2 = _mm_set1_epi8(second),
                up2 = _mm_set1_epi8(second >= 'a' && second <= 'z'
                                        ? static_cast<char>(second - 'a' + 'A')
                                        : second);
  for (; i + 16 <= last + 1; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i places = _mm_or_si128(_mm_cmpeq_epi8(v, lo), _mm_cmpeq_epi8(v, up));
    if (needle.size() >= 2) {
      const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1));
      places =
          _mm_and_si128(places, _mm_or_si128(_mm_cmpeq_epi8(v2, lo2), _mm_cmpeq_epi8(v2, up2)));
    }
    for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(places)); mask != 0;
         mask &= mask - 1)
      if (const size_t at = i + static_cast<size_t>(std::countr_zero(mask)); rest_at(at)) return at;
  }
#endif
  for (; i <= last; ++i)
    if ((text[i] == first || text[i] == upper) && rest_at(i)) return i;
  return std::string_view::npos;
}

int LeadingParenNumber(std::string_view t, size_t* len) {
  if (t.size() < 3 || t[0] != '(' || t[1] < '0' || t[1] > '9') return 0;
  int n = t[1] - '0';
  size_t close = 2;
  if (t[2] >= '0' && t[2] <= '9') n = n * 10 + (t[close++] - '0');
  if (close >= t.size() || t[close] != ')') return 0;
  if (len != nullptr) *len = close + 1;
  return n;
}

bool StartsWithAsciiNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if ((s[i] | 0x20) != (prefix[i] | 0x20)) return false;
  return true;
}

bool EndsWithAsciiNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         StartsWithAsciiNoCase(s.substr(s.size() - suffix.size()), suffix);
}

bool ContainsAsciiNoCase(std::string_view text, std::string_view needle) {
  return FindNoCase(text, needle) != std::string_view::npos;
}

size_t CharCount(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// CharCount(s) <= n: true at once when s has at most n bytes, else counts
// until it passes n.
bool AtMostChars(std::string_view s, size_t n) {
  if (s.size() <= n) return true;
  size_t count = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80 && ++count > n) return false;
  return true;
}

std::string_view UrlHost(std::string_view url) {
  const size_t scheme = url.find("://");
  const std::string_view host = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  return host.substr(0, host.find_first_of("/:?#"));
}

}  // namespace leakwatch::text
