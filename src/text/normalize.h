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

// Decodes one UTF-8 code point at `*pos`, advancing it; returns U+FFFD (and
// advances one byte) for an invalid sequence. REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);
// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);
// True if `s` is entirely valid UTF-8; else sets *bad_offset to the first bad byte.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

}  // namespace leakwatch::text
