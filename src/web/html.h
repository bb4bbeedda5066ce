// HTML and URL building blocks for the server-rendered pages: escaping of
// text and attribute values, percent-encoding of query strings, and turning the
// store's snippet highlight markers into <mark>.
//
// Everything here is a pure function: thread-safe, no allocation owned by the
// caller beyond the returned string. Output is valid UTF-8 that an XML parser
// accepts (pages are XHTML-compatible HTML5): invalid UTF-8 and control
// characters other than tab/newline become U+FFFD.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace leakwatch::web {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

// Escapes text for an HTML text node: & < > " ' become entities.
std::string EscapeHtml(std::string_view text);
// Appends EscapeHtml(text) to `*out` (for building a page in one buffer).
void AppendEscapedHtml(std::string_view text, std::string* out);

// If a well-formed UTF-8 sequence (Unicode table 3-7: no overlong forms, no
// surrogates, at most U+10FFFF) starts at s[*pos]: sets *cp to its code
// point, advances *pos past it and returns true. Else returns false and
// changes nothing. REQUIRES: *pos < s.size(). Inline: the escaping and NFKC
// quick test call it per character.
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

// Escapes an attribute value for use inside double quotes. Same set as
// EscapeHtml (quotes included), so either is safe in either place.
std::string EscapeAttr(std::string_view value);

// Percent-encodes `s` for a URL query component (RFC 3986): everything but
// ALPHA / DIGIT / "-" / "." / "_" / "~" becomes %XX (space -> %20).
std::string UrlEncode(std::string_view s);

// "a=1&b=x%20y" from pairs, skipping pairs whose value is empty. Not
// HTML-escaped: pass the full URL through EscapeAttr before writing it.
std::string BuildQuery(const QueryParams& params);

// `path` plus "?" + BuildQuery(params) when any pair is non-empty.
std::string BuildUrl(std::string_view path, const QueryParams& params);

// Copy of `params` with every pair named `name` removed and, when `value` is
// non-empty, (name, value) appended. Used for facet links and paging.
QueryParams WithParam(QueryParams params, std::string_view name, std::string_view value);

// Escapes a search snippet and turns the store's kHighlightBegin/End markers
// into <mark>…</mark>. Unbalanced markers are closed or dropped, so the result
// is always well-formed.
std::string HighlightSnippet(std::string_view snippet);

// Cuts `text` to at most `max_bytes` bytes at a UTF-8 character boundary,
// appending "…" when it was cut.
std::string Truncate(std::string_view text, size_t max_bytes);

}  // namespace leakwatch::web
