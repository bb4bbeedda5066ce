#include "text/extract/unwrap.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "text/normalize.h"

namespace leakwatch::text {

namespace {

struct Line {
  std::string_view text;  // without its newline and trailing spaces
  int width = 0;          // display columns, leading spaces included
  char32_t first = 0;     // the first character after the indent (0 if none)
  char32_t last = 0;      // the last character (0 if none)
  int indent = 0;         // display columns of leading spaces
};

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }

int AskUtf8proc(char32_t c) {
  return std::max(0, utf8proc_charwidth(static_cast<utf8proc_int32_t>(c)));
}

// What utf8proc says of the widths of the ranges most of a notice is in, asked once
// instead of for each character: ASCII (an English notice), CJK punctuation and kana
// (U+3000-U+30FF) and the full-width forms (U+FF00-U+FFEF) by a table each, and the CJK
// ideographs (U+4E00-U+9FFF) by one width if utf8proc gives them all the same.
struct Widths {
  std::array<int, 0x80> ascii{};
  std::array<int, 0x100> kana{};
  std::array<int, 0xF0> full{};
  int ideograph = -1;  // the width of every ideograph, -1 if they differ

  // Built at the first call, not at start-up: 21,000 questions (0.16 ms) that only
  // notices need, not every leakwatch command. (Callers fetch it once per line,
  // not per character.)
  static const Widths& Get() {
    static const Widths w = [] {
      Widths w;
      for (char32_t c = 0; c < 0x80; ++c) w.ascii[c] = AskUtf8proc(c);
      for (char32_t c = 0; c < 0x100; ++c) w.kana[c] = AskUtf8proc(0x3000 + c);
      for (char32_t c = 0; c < 0xF0; ++c) w.full[c] = AskUtf8proc(0xFF00 + c);
      w.ideograph = AskUtf8proc(0x4E00);
      for (char32_t c = 0x4E00; c < 0xA000; ++c)
        if (AskUtf8proc(c) != w.ideograph) w.ideograph = -1;
      return w;
    }();
    return w;
  }

  int Of(char32_t c) const {
    if (c < 0x80) return ascii[c];
    if (c >= 0x3000 && c < 0x3100) return kana[c - 0x3000];
    if (c >= 0x4E00 && c < 0xA000 && ideograph >= 0) return ideograph;
    if (c >= 0xFF00 && c < 0xFFF0) return full[c - 0xFF00];
    return AskUtf8proc(c);
  }
};

}  // namespace

int DisplayWidth(char32_t c) { return Widths::Get().Of(c); }

namespace {

// The width w in [least, most] whose band of `band` widths ending at w, [w - band + 1, w],
// holds the most of `widths` (the larger w on a tie), and how many it holds; widths outside
// [least, most] count for none. {0, 0} if none is inside.
std::pair<int, int> BusiestBand(const std::vector<int>& widths, int least, int most, int band) {
  std::vector<int> per_width(static_cast<size_t>(most) + 1, 0);
  for (int w : widths)
    if (w >= least && w <= most) ++per_width[static_cast<size_t>(w)];
  int full = 0, best = 0;
  for (int w = least, in_band = 0; w <= most; ++w) {
    in_band += per_width[static_cast<size_t>(w)];  // the band slides one width right
    if (w - band >= least) in_band -= per_width[static_cast<size_t>(w - band)];
    if (in_band >= best && in_band > 0) best = in_band, full = w;
  }
  return {full, best};
}

Line Measure(std::string_view s) {
  Line l;
  size_t end = s.size();
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r')) --end;
  if (end >= 3 && s.substr(end - 3, 3) == "\u3000") {
    // Trailing full-width spaces.
    while (end >= 3 && s.substr(end - 3, 3) == "\u3000") end -= 3;
  }
  l.text = s.substr(0, end);
  bool leading = true;
  const Widths& widths = Widths::Get();
  for (size_t pos = 0; pos < l.text.size();) {
    const unsigned char byte = static_cast<unsigned char>(l.text[pos]);
    const char32_t c = byte < 0x80 ? (++pos, byte) : DecodeUtf8(l.text, &pos);
    l.width += widths.Of(c);
    if (leading && IsSpace(c)) {
      l.indent = l.width;
      continue;
    }
    if (leading) l.first = c;
    leading = false;
    l.last = c;
  }
  return l;
}

bool IsAscii(char32_t c) { return c < 0x80; }

// A digit, half- or full-width.
bool IsDigit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// Characters that end a sentence or a label: the line does not run on after them.
bool EndsSentence(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'!':
    case U'?':
    case U'：':
    case U':':
    case U'．':
      return true;
    default:
      return false;
  }
}

// Characters that open a list item, a heading or a note: the line starts something new.
bool StartsItem(const Line& l) {
  switch (l.first) {
    case U'・':
    case U'※':
    case U'【':
    case U'■':
    case U'□':
    case U'●':
    case U'○':
    case U'◆':
    case U'◇':
    case U'＊':
    case U'*':
    case U'-':
    case U'‐':
    case U'−':
    case U'－':
    case U'(':
    case U'（':
    case U'〔':
    case U'［':
    case U'[':
    case U'〒':
    case U'第':
    case U'記':
    case U'以':
      return true;
    default:
      break;
  }
  // "1. 経緯", "１　概要", "2) …": a number opening the line, then a mark or a space.
  size_t digits = 0;
  for (size_t pos = 0; pos < l.text.size();) {
    const char32_t c = DecodeUtf8(l.text, &pos);
    if (digits == 0 && IsSpace(c)) continue;
    if (IsDigit(c)) {
      ++digits;
      continue;
    }
    return digits > 0 &&
           (c == U'.' || c == U'．' || c == U')' || c == U'）' || c == U'、' || IsSpace(c));
  }
  return false;
}

// "…について", "…に関するお知らせ", "…(お詫び)": how a Japanese title ends.
bool EndsAsTitle(std::string_view t) {
  for (std::string_view end : {"について", "お知らせ", "お詫び", "おわび", "お詫び）", "お詫び)",
                               "について（お詫び）", "ついて（第２報）", "ついて(第2報)"})
    if (t.ends_with(end)) return true;
  return false;
}

// `margin`: the columns of space the page's text starts at (0, or 2 where the body is
// set in by a full-width space, "　　被処分者は、…職務上の\n　必要がないにもかかわらず").
bool Joinable(const Line& a, const Line& b, int full, int margin) {
  // (A line of half-width digits and letters may end a few columns past the others.)
  if (a.width < full - 3 || a.last == 0 || b.first == 0) return false;
  if (EndsSentence(a.last) || b.indent > margin || StartsItem(b)) return false;
  if (IsAscii(a.last) && IsAscii(b.first)) return false;
  // A line set right or centred ("近畿機械工業企業年金基\n金" under a date set right)
  // runs on only into the few characters that did not fit.
  return a.indent <= margin + 2 || b.width <= margin + 6;
}

// A number the layout broke ("個人事業主２１\n３名の氏名", in a list narrower than the
// page): Japanese lines break between any two characters, so a Japanese line that ends
// in a digit before a line that starts with one (not a list item) is one number.
// English lines break at spaces only.
bool BreaksNumber(const Line& a, const Line& b, int margin) {
  if (!IsDigit(a.last) || !IsDigit(b.first) || b.indent > margin || StartsItem(b)) return false;
  return std::any_of(a.text.begin(), a.text.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// True if `text` has at least three breaks that Joinable could join, by a test on bytes
// alone that every such break passes: the line before is 37 bytes or more (a line of 37
// columns is: no character is wider than its UTF-8 bytes), does not end with "。", and
// the line after starts with no space (but the margin of a body set in); one side of the
// break is not ASCII. Most notices fail it, and are left without measuring a line.
bool MayHoldRunOnLines(std::string_view text) {
  int breaks = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos || nl + 1 >= text.size()) return false;
    std::string_view line = text.substr(pos, nl - pos);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    const unsigned char next = static_cast<unsigned char>(text[nl + 1]);
    // A line after the break may start with a space only where the body is set in by one
    // full-width space: the line before starts with it too, and after it the line goes on
    // with a kana or an ideograph (E3 81-83 but 83 BB "・", or E4-E9), not a mark of a list.
    bool spaced = next == ' ' || next == '\t' || text.substr(nl + 1).starts_with("\u3000");
    if (spaced && line.starts_with("\u3000") && text.substr(nl + 1).starts_with("\u3000")) {
      const std::string_view on = text.substr(nl + 4, 3);
      const auto b = [&on](size_t i) { return static_cast<unsigned char>(on[i]); };
      spaced =
          !(on.size() == 3 &&
            ((b(0) == 0xE3 && b(1) >= 0x81 && b(1) <= 0x83 && !(b(1) == 0x83 && b(2) == 0xBB)) ||
             (b(0) >= 0xE4 && b(0) <= 0xE9)));
    }
    if (line.size() >= 37 && !line.ends_with("。") && !spaced &&
        (static_cast<unsigned char>(line.back()) >= 0x80 || next >= 0x80) && ++breaks >= 3)
      return true;
    pos = nl + 1;
  }
  return false;
}

}  // namespace

std::string UnwrapPdfLines(std::string_view text) {
  if (!MayHoldRunOnLines(text)) return std::string(text);
  std::vector<Line> lines;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(Measure(text.substr(pos, nl - pos)));
    pos = nl + 1;
  }
  // The full width: the width w whose band [w - 3, w] holds the most lines of 20 columns
  // or more.
  // (No page is wider than 400 columns; a longer line is a paragraph of its own.)
  std::vector<int> widths;
  widths.reserve(lines.size());
  for (const Line& l : lines) widths.push_back(l.width);
  const auto [full, best] = BusiestBand(widths, 20, 400, 4);
  // (A PDF page is 40 columns wide or more; lines of a web page or a form are shorter.)
  if (best < 4 || full < 40) return std::string(text);
  // The margin: the least indent of the lines that fill the width (0 unless every one of them
  // is set in), at most 2 columns.
  int margin = 2;
  for (const Line& l : lines)
    if (l.width >= full - 3 && l.first != 0) margin = std::min(margin, l.indent);
  int joins = 0, long_lines = 0;
  std::vector<bool> join(lines.size(), false);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].width >= full - 3) ++long_lines;
    if (Joinable(lines[i], lines[i + 1], full, margin)) join[i] = true, ++joins;
  }
  if (joins < 3 || 2 * joins < long_lines) return std::string(text);
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    if (BreaksNumber(lines[i], lines[i + 1], margin)) join[i] = true;
  // A title set in a larger type breaks at its own width: a block of two lines between blank
  // lines whose second ends as titles do ("…不正アク\nセスについて").
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& a = lines[i];
    const Line& b = lines[i + 1];
    const bool alone =
        (i == 0 || lines[i - 1].width == 0) && (i + 2 == lines.size() || lines[i + 2].width == 0);
    if (alone && !join[i] && a.width >= 20 && b.indent <= margin && b.first != 0 &&
        !EndsSentence(a.last) && !IsAscii(a.last) && !StartsItem(b) && EndsAsTitle(b.text))
      join[i] = true;
  }
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    // A line that runs on from the one above loses its margin.
    if (i > 0 && join[i - 1]) {
      while (pos < nl && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
      while (text.substr(pos, nl - pos).starts_with("\u3000")) pos += 3;
    }
    if (join[i]) {
      // (Trailing spaces and the newline go.)
      const size_t end =
          static_cast<size_t>(lines[i].text.data() - text.data()) + lines[i].text.size();
      if (end > pos) out.append(text.substr(pos, end - pos));
    } else {
      out.append(text.substr(pos, nl - pos));
      if (nl < text.size()) out.push_back('\n');
    }
    pos = nl + 1;
  }
  return out;
}

namespace {

// A line of an English text: where it starts and ends (without its newline and trailing
// spaces) and its width in characters.
struct PlainLine {
  size_t start = 0, end = 0;
  int indent = 0, width = 0;
};

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// "1. What happened", "2) Steps", "- item", "• item", "* item": a list mark.
bool StartsListItem(std::string_view s) {
  if (s.starts_with("- ") || s.starts_with("* ") || s.starts_with("\u2022") ||
      s.starts_with("\u25cf") || s.starts_with("\u30fb"))
    return true;
  size_t i = 0;
  while (i < s.size() && i < 3 && IsDigit(s[i])) ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

// True if `text` has at least three lines of 40 bytes or more that end in an ASCII character
// other than . ! ? : ; and have a next line that starts (after spaces) with an ASCII letter,
// digit, (, $ or ": the least UnwrapEnglishLines joins, found by a look at each line's ends only
// (a Japanese notice's lines end in Japanese).
bool MayHoldEnglishRunOns(std::string_view text) {
  int candidates = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    size_t end = nl;
    while (end > pos && (text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
    size_t next = nl + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    if (end - pos >= 40 && next < text.size()) {
      const unsigned char last = static_cast<unsigned char>(text[end - 1]);
      const char first = text[next];
      if (last < 0x80 && last != '.' && last != '!' && last != '?' && last != ':' && last != ';' &&
          (IsAsciiLower(first) || IsAsciiUpper(first) || IsDigit(first) || first == '(' ||
           first == '$' || first == '"') &&
          ++candidates >= 3)
        return true;
    }
    pos = nl + 1;
  }
  return false;
}

}  // namespace

std::string UnwrapEnglishLines(std::string_view text) {
  if (!MayHoldEnglishRunOns(text)) return std::string(text);
  std::vector<PlainLine> lines;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    PlainLine l{pos, nl, 0, 0};
    while (l.end > l.start &&
           (text[l.end - 1] == ' ' || text[l.end - 1] == '\t' || text[l.end - 1] == '\r'))
      --l.end;
    while (l.start + l.indent < l.end && text[l.start + l.indent] == ' ') ++l.indent;
    // (Characters, not bytes: a UTF-8 continuation byte adds none.)
    for (size_t i = l.start; i < l.end; ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++l.width;
    lines.push_back(l);
    pos = nl + 1;
  }
  // The width: the w whose band [w - 8, w] holds the most lines of 40 characters or more.
  // English breaks between words, so its lines are more ragged than a Japanese page's.
  std::vector<int> widths;
  widths.reserve(lines.size());
  for (const PlainLine& l : lines) widths.push_back(l.width);
  // (Plain ints, not a structured binding: the lambda below captures `full`, which clang
  // before 16 does not allow of a binding.)
  const std::pair<int, int> band = BusiestBand(widths, 40, 200, 9);
  const int full = band.first, best = band.second;
  if (best < 4) return std::string(text);
  auto runs_on = [&](const PlainLine& a, const PlainLine& b) {
    // (Its text, not its indent, fills the width: a letterhead set in to the right does not.)
    if ((a.width - a.indent) * 4 < full * 3 || a.width > full + 4 || b.end == b.start) return false;
    const char last = text[a.end - 1];
    if (static_cast<unsigned char>(last) >= 0x80) return false;
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
    // (A quoted e-mail's lines keep theirs.)
    if (text[a.start + a.indent] == '>' || b.indent > a.indent + 4) return false;
    const std::string_view next = text.substr(b.start + b.indent, b.end - b.start - b.indent);
    if (next.empty() || next[0] == '>' || StartsListItem(next)) return false;
    // ("Date of birth        Yes     Yes     No": a table's rows, columns set apart by runs of
    // spaces, are lines of their own.)
    const std::string_view own = text.substr(a.start + a.indent, a.end - a.start - a.indent);
    if (own.find("   ") != std::string_view::npos || next.find("   ") != std::string_view::npos)
      return false;
    const char first = next[0];
    if (IsAsciiLower(first) || IsDigit(first) || first == '(' || first == '$' || first == '"')
      return true;
    if (!IsAsciiUpper(first)) return false;
    // ("Total number of Maine residents affected: 37" under another field of a form: a
    // label of its own.)
    const size_t colon = next.find(": ");
    if (colon != std::string_view::npos && colon < 80 &&
        next.substr(0, colon).find('.') == std::string_view::npos)
      return false;
    const char end = next.back();
    return b.width * 2 >= full || end == '.' || end == ',' || end == ';' || end == ')';
  };
  int joins = 0, long_lines = 0;
  std::vector<bool> join(lines.size(), false);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].width * 4 >= full * 3) ++long_lines;
    if (runs_on(lines[i], lines[i + 1])) join[i] = true, ++joins;
  }
  if (joins < 3 || 2 * joins < long_lines) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    const PlainLine& l = lines[i];
    // A line that runs on from the one above loses its indent.
    const size_t from = i > 0 && join[i - 1] ? l.start + l.indent : l.start;
    if (join[i]) {
      out.append(text.substr(from, l.end - from));
      if (text[l.end - 1] != '-') out.push_back(' ');
    } else {
      const size_t nl = i + 1 < lines.size() ? lines[i + 1].start - 1 : text.size();
      out.append(text.substr(from, nl - from));
      if (nl < text.size()) out.push_back('\n');
    }
  }
  return out;
}

}  // namespace leakwatch::text
