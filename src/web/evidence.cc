// The original notice text with evidence spans marked (incident page).
#include <algorithm>
#include <set>

#include "text/normalize.h"
#include "web/pages.h"

namespace leakwatch::web {

namespace {

bool IsContinuation(std::string_view s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

}  // namespace

std::string EvidenceId(std::string_view field) {
  std::string id = "ev-";
  for (char ch : field) {
    bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '-' || ch == '_' || ch == '.';
    id.push_back(ok ? ch : '_');
  }
  return id;
}

std::string RenderEvidenceText(std::string_view provenance_text,
                               const std::map<std::string, record::Span>& evidence) {
  std::string h;
  AppendEvidenceText(provenance_text, evidence, &h);
  return h;
}

void AppendEvidenceText(std::string_view provenance_text,
                        const std::map<std::string, record::Span>& evidence, std::string* out) {
  const std::string text = text::Nfkc(provenance_text);
  const auto size = static_cast<std::int64_t>(text.size());
  struct Mark {
    size_t start, end;
    std::string field;
  };
  std::vector<Mark> marks;
  std::set<size_t> cuts = {0, text.size()};
  for (const auto& [field, span] : evidence) {
    std::int64_t s = std::clamp<std::int64_t>(span.start, 0, size);
    std::int64_t e = std::clamp<std::int64_t>(span.end, 0, size);
    if (e <= s) continue;
    auto start = static_cast<size_t>(s), end = static_cast<size_t>(e);
    while (start > 0 && IsContinuation(text, start)) --start;  // widen to whole characters
    while (IsContinuation(text, end)) ++end;
    marks.push_back({start, end, field});
    cuts.insert(start);
    cuts.insert(end);
  }
  std::string& h = *out;
  h.reserve(h.size() + text.size() + text.size() / 8 + marks.size() * 64);
  if (marks.empty()) return AppendEscapedHtml(text, &h);
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    size_t a = *it, b = *std::next(it);
    std::string fields;
    for (const auto& m : marks) {
      if (m.start == a) h += "<span class=\"anchor\" id=\"" + EvidenceId(m.field) + "\"></span>";
      if (m.start <= a && b <= m.end) fields += (fields.empty() ? "" : " ") + m.field;
    }
    std::string_view segment = std::string_view(text).substr(a, b - a);
    if (fields.empty()) {
      AppendEscapedHtml(segment, &h);
    } else {
      h += "<mark class=\"ev\" title=\"";
      AppendEscapedHtml(fields, &h);
      h += "\">";
      AppendEscapedHtml(segment, &h);
      h += "</mark>";
    }
  }
}

}  // namespace leakwatch::web
