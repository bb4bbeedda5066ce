#include "store/fts_query.h"

#include <algorithm>
#include <utility>

#include "store/store.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace leakwatch::store {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void AddTerm(std::string_view term, FtsQuery* q) {
  std::vector<text::Token> tokens = text::Tokenize(term);
  if (tokens.empty()) return;
  if (!q->match.empty()) q->match += " AND ";
  ++q->phrases;
  q->match += '"';
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i) q->match += ' ';
    for (char c : tokens[i].text) {
      if (c == '"') q->match += '"';  // cannot happen (punctuation is dropped), kept for safety
      q->match += c;
    }
    q->terms.push_back(tokens[i].text);
  }
  q->match += '"';
  if (tokens.size() == 1 && CodePoints(tokens[0].text) == 1) {
    q->match += " *";
    q->prefixes.push_back(tokens[0].text);
  }
}

bool Matches(std::string_view token, const FtsQuery& q) {
  for (const auto& t : q.terms)
    if (t == token) return true;
  for (const auto& p : q.prefixes)
    if (token.substr(0, p.size()) == p) return true;
  return false;
}

size_t BackToBoundary(std::string_view s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

void AppendFolded(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
}

}  // namespace

FtsQuery BuildFtsQuery(std::string_view text) {
  FtsQuery q;
  std::string norm = text::Nfkc(text);  // full-width quotes and spaces become ASCII
  std::string_view s = norm;
  size_t i = 0;
  while (i < s.size()) {
    if (IsSpace(s[i])) {
      ++i;
    } else if (s[i] == '"') {
      size_t close = s.find('"', i + 1);
      if (close == std::string_view::npos) close = s.size();
      AddTerm(s.substr(i + 1, close - i - 1), &q);
      i = close + 1;
    } else {
      size_t j = i;
      while (j < s.size() && !IsSpace(s[j]) && s[j] != '"') ++j;
      AddTerm(s.substr(i, j - i), &q);
      i = j;
    }
  }
  return q;
}

std::string MakeSnippet(std::string_view text, const FtsQuery& query, size_t max_bytes) {
  std::vector<std::pair<size_t, size_t>> ranges;
  if (!query.terms.empty()) {
    text::ForEachToken(text, [&](std::string_view token, std::uint32_t start, std::uint32_t end) {
      if (!Matches(token, query)) return true;
      if (!ranges.empty() && start <= ranges.back().second)
        ranges.back().second = std::max<size_t>(ranges.back().second, end);
      else
        ranges.emplace_back(start, end);
      return true;
    });
  }
  // The window: start a little before the match whose window holds the most matches.
  size_t lead = max_bytes / 4;
  size_t begin = 0, best = 0;
  for (size_t r = 0; r < ranges.size(); ++r) {
    size_t from = ranges[r].first > lead ? ranges[r].first - lead : 0;
    size_t count = 0;
    for (size_t k = r; k < ranges.size() && ranges[k].second <= from + max_bytes; ++k) ++count;
    if (count > best) {
      best = count;
      begin = from;
    }
  }
  begin = BackToBoundary(text, begin);
  size_t end = std::min(text.size(), begin + max_bytes);
  end = BackToBoundary(text, end);
  std::string out;
  if (begin > 0) out += "…";
  size_t at = begin;
  for (const auto& [s, e] : ranges) {
    if (s < begin || e > end) continue;
    AppendFolded(text.substr(at, s - at), &out);
    out += kHighlightBegin;
    AppendFolded(text.substr(s, e - s), &out);
    out += kHighlightEnd;
    at = e;
  }
  AppendFolded(text.substr(at, end - at), &out);
  if (end < text.size()) out += "…";
  return out;
}

}  // namespace leakwatch::store
