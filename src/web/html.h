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
