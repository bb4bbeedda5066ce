// Unicode normalisation for search and extraction: NFKC (full-width digits and
// letters to ASCII, half-width katakana to full-width), with a map from every
// byte of the output back to the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leakwatch::text {

// NFKC of `in`. Invalid UTF-8 sequences become U+FFFD; never fails.
std::string Nfkc(std::string_view in);

// NFKC text plus, for each output byte i, `source_offset[i]`: the byte offset in
// the input of the character it came from. source_offset has text.size() + 1
// entries; the last is in.size(). Composition is done per character cluster
// (a starter and the marks after it), so ｶﾞ becomes ガ mapped to ｶ's offset.
struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> source_offset;

  // Maps a byte range of `text` back to the input's byte range.
  std::pair<std::uint32_t, std::uint32_t> SourceRange(size_t start, size_t end) const;
};
NormalizedText NfkcWithMap(std::string_view in);

// If a well-formed UTF-8 sequence (Unicode table 3-7: no overlong forms, no
// surrogates, at most U+10FFFF) starts at s[*pos]: sets *cp to its code point,
// advances *pos past it and returns true. Else returns false and changes
// nothing. REQUIRES: *pos < s.size(). Inline: escaping, NFKC and the tokenizer
// call it per character. (utf8proc_iterate accepts exactly the same sequences;
// normalize_test checks every code point and the ill-formed kinds against it.)
inline bool DecodeWellFormedUtf8(std::string_view s, size_t* pos, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *pos;
  const size_t left = s.size() - *pos;
  auto cont = [p](size_t i) { return (p[i] & 0xC0) == 0x80; };
  const unsigned char c = p[0];
  if (c < 0x80) {
    *cp = c;
    *pos += 1;
    return true;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    if (left < 2 || !cont(1)) return false;
    *cp = (char32_t{c} & 0x1F) << 6 | (p[1] & 0x3F);
    *pos += 2;
    return true;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3 || !cont(1) || !cont(2)) return false;
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0)) return false;
    *cp = (char32_t{c} & 0x0F) << 12 | (char32_t{p[1]} & 0x3F) << 6 | (p[2] & 0x3F);
    *pos += 3;
    return true;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4 || !cont(1) || !cont(2) || !cont(3)) return false;
    if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90)) return false;
    *cp = (char32_t{c} & 0x07) << 18 | (char32_t{p[1]} & 0x3F) << 12 |
          (char32_t{p[2]} & 0x3F) << 6 | (p[3] & 0x3F);
    *pos += 4;
    return true;
  }
  return false;
}

// Decodes one UTF-8 code point at `*pos`, advancing it; returns U+FFFD (and
// advances one byte) for an invalid sequence. REQUIRES: *pos < s.size().
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  char32_t cp = 0;
  if (DecodeWellFormedUtf8(s, pos, &cp)) return cp;
  *pos += 1;
  return 0xFFFD;
}
// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);
// True if `s` is entirely valid UTF-8; else sets *bad_offset to the first bad byte.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

}  // namespace leakwatch::text
