#include "web/html.h"

#include <array>

#include "store/store.h"
#include "text/normalize.h"
#include "util/encoding.h"

namespace leakwatch::web {

namespace {

// Appends `cp` escaped for HTML; replaces characters XML forbids.
void AppendEscaped(char32_t cp, std::string* out) {
  switch (cp) {
    case '&':
      out->append("&amp;");
      return;
    case '<':
      out->append("&lt;");
      return;
    case '>':
      out->append("&gt;");
      return;
    case '"':
      out->append("&quot;");
      return;
    case '\'':
      out->append("&#39;");
      return;
    default:
      break;
  }
  bool forbidden = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F ||
                   (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF;
  text::AppendUtf8(forbidden ? char32_t{0xFFFD} : cp, out);
}

// ASCII bytes copied as they are: printable but & < > " ', and tab, newlines.
constexpr auto kPlainAscii = [] {
  std::array<bool, 128> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = true;
  for (char c : {'&', '<', '>', '"', '\'', '\t', '\n', '\r'}) plain[c] = !plain[c];
  return plain;
}();

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendEscapedHtml(text, &out);
  return out;
}

void AppendEscapedHtml(std::string_view text, std::string* out_ptr) {
  std::string& out = *out_ptr;
  size_t pos = 0, run = 0;  // text[run, pos) is copied unchanged
  auto flush = [&] { out.append(text.substr(run, pos - run)); };
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (kPlainAscii[c]) {
        ++pos;
        continue;
      }
      flush();
      AppendEscaped(c, &out);
      run = ++pos;
      continue;
    }
    // Valid UTF-8 of an allowed character is copied as it is; anything else
    // (invalid sequences, U+FFFE, U+FFFF) becomes U+FFFD. First without the
    // general decoder: 3-byte sequences whose lead takes any continuation
    // bytes (E1-EC, EE, and EF but for EF BF: CJK text is made of these),
    // and 2-byte ones.
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    const size_t left = text.size() - pos;
    auto cont = [p](size_t i) { return (p[i] & 0xC0) == 0x80; };
    if (left >= 3 && c >= 0xE1 && c != 0xED && (c != 0xEF || p[1] != 0xBF) && c <= 0xEF &&
        cont(1) && cont(2)) {
      pos += 3;
      continue;
    }
    if (left >= 2 && c >= 0xC2 && c <= 0xDF && cont(1)) {
      pos += 2;
      continue;
    }
    size_t start = pos;
    char32_t cp = text::DecodeUtf8(text, &pos);
    if (cp != 0xFFFD && cp != 0xFFFE && cp != 0xFFFF) continue;
    size_t end = pos;
    pos = start;
    flush();
    AppendEscaped(cp == 0xFFFD ? char32_t{0xFFFD} : char32_t{0xFFFF}, &out);
    run = pos = end;
  }
  flush();
}

std::string EscapeAttr(std::string_view value) { return EscapeHtml(value); }

std::string UrlEncode(std::string_view s) { return util::PercentEncode(s); }

std::string BuildQuery(const QueryParams& params) {
  std::string out;
  for (const auto& [name, value] : params) {
    if (value.empty()) continue;
    if (!out.empty()) out.push_back('&');
    out += UrlEncode(name);
    out.push_back('=');
    out += UrlEncode(value);
  }
  return out;
}

std::string BuildUrl(std::string_view path, const QueryParams& params) {
  std::string q = BuildQuery(params);
  std::string url(path);
  if (!q.empty()) url += "?" + q;
  return url;
}

QueryParams WithParam(QueryParams params, std::string_view name, std::string_view value) {
  std::erase_if(params, [name](const auto& p) { return p.first == name; });
  if (!value.empty()) params.emplace_back(std::string(name), std::string(value));
  return params;
}

std::string HighlightSnippet(std::string_view snippet) {
  std::string out;
  bool open = false;
  size_t pos = 0;
  while (pos < snippet.size()) {
    std::string_view rest = snippet.substr(pos);
    if (rest.starts_with(store::kHighlightBegin)) {
      if (!open) out += "<mark>";
      open = true;
      pos += store::kHighlightBegin.size();
    } else if (rest.starts_with(store::kHighlightEnd)) {
      if (open) out += "</mark>";
      open = false;
      pos += store::kHighlightEnd.size();
    } else {
      size_t next = snippet.find('\xEE', pos + 1);
      if (next == std::string_view::npos) next = snippet.size();
      out += EscapeHtml(snippet.substr(pos, next - pos));
      pos = next;
    }
  }
  if (open) out += "</mark>";
  return out;
}

std::string Truncate(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace leakwatch::web
