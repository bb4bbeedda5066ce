#include "store/search_document.h"

namespace leakwatch::store {

namespace {
void Line(std::string_view s, std::string* out) {
  if (s.empty()) return;
  if (!out->empty()) out->push_back('\n');
  out->append(s);
}
void OptLine(const std::optional<std::string>& s, std::string* out) {
  if (s) Line(*s, out);
}
}  // namespace

SearchDocument MakeSearchDocument(const record::Incident& r, const Provenance& provenance) {
  SearchDocument doc;
  Line(r.title, &doc.title);
  OptLine(r.organization.name, &doc.title);
  std::string& b = doc.body;
  OptLine(r.organization.region, &b);
  OptLine(r.organization.locality, &b);
  for (const auto& s : r.data_items_raw) Line(s, &b);
  OptLine(r.cause, &b);
  for (const auto& t : r.timeline) Line(t.text, &b);
  for (const auto& s : r.response) Line(s, &b);
  for (const auto& s : r.prevention) Line(s, &b);
  OptLine(r.contact, &b);
  for (const auto& s : r.sources) OptLine(s.title, &b);
  if (provenance.kind == "notice") Line(provenance.text, &b);
  return doc;
}

}  // namespace leakwatch::store
