// The Atom 1.0 feed of any search (/feeds/incidents.atom?q=...), RFC 4287.
#include <fmt/format.h>

#include <algorithm>

#include "api/search_params.h"
#include "web/pages.h"

namespace leakwatch::web {

namespace {

std::string X(std::string_view s) { return EscapeHtml(s); }  // XML-safe as well

// RFC 3339 timestamp of an incident's date, midnight UTC; the epoch if undated.
std::string AtomDate(const record::Incident& inc) {
  std::string d = DisplayDate(inc);
  return (d.empty() ? "1970-01-01" : d) + "T00:00:00Z";
}

std::string StripMarkers(std::string_view s) {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    std::string_view rest = s.substr(pos);
    if (rest.starts_with(store::kHighlightBegin)) {
      pos += store::kHighlightBegin.size();
    } else if (rest.starts_with(store::kHighlightEnd)) {
      pos += store::kHighlightEnd.size();
    } else {
      out.push_back(s[pos++]);
    }
  }
  return out;
}

// "http://host" from the Host header, or http://localhost when it is absent
// or holds anything but host and port characters.
std::string SiteBase(const api::Request& request) {
  std::string host = request.Header("host").value_or("");
  bool ok =
      !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
               ch == '.' || ch == '-' || ch == ':' || ch == '[' || ch == ']';
      });
  std::string scheme =
      request.Header("x-forwarded-proto").value_or("") == "https" ? "https" : "http";
  return scheme + "://" + (ok ? host : std::string("localhost"));
}

}  // namespace

std::string RenderAtomFeed(std::string_view base, std::string_view self,
                           std::string_view title_text, const store::SearchPage& page) {
  std::string updated = "1970-01-01T00:00:00Z";
  for (const auto& hit : page.hits) updated = std::max(updated, AtomDate(hit.incident));
  std::string query;
  if (size_t q = self.find('?'); q != std::string_view::npos) query = self.substr(q + 1);
  std::string x =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  x += "<id>" + X("tag:leakwatch,2026:feed/incidents" + (query.empty() ? "" : "?" + query)) +
       "</id>\n";
  x += "<title>" + X(title_text) + "</title>\n<updated>" + updated + "</updated>\n";
  x += "<author><name>leakwatch</name></author>\n<generator>leakwatch</generator>\n";
  x += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" +
       X(std::string(base) + std::string(self)) + "\" />\n";
  x += "<link rel=\"alternate\" type=\"text/html\" href=\"" +
       X(std::string(base) + "/search" + (query.empty() ? "" : "?" + query)) + "\" />\n";
  for (const auto& hit : page.hits) {
    const auto& inc = hit.incident;
    x += "<entry>\n<id>" + X("tag:leakwatch,2026:incidents/" + UrlEncode(inc.id)) + "</id>\n";
    x += "<title>" + X(inc.title.empty() ? inc.id : inc.title) + "</title>\n";
    x += "<updated>" + AtomDate(inc) + "</updated>\n";
    x += "<link rel=\"alternate\" type=\"text/html\" href=\"" +
         X(std::string(base) + IncidentUrl(inc.id)) + "\" />\n";
    x += "<category term=\"" + X(record::ToString(inc.incident_type)) + "\" label=\"" +
         X(TypeLabel(inc.incident_type,
                     inc.language == record::Language::kJa ? Lang::kJa : Lang::kEn)) +
         "\" />\n";
    std::string summary;
    if (inc.organization.name) summary += *inc.organization.name;
    if (inc.affected.persons) summary += fmt::format(" ({} persons)", *inc.affected.persons);
    std::string snippet = StripMarkers(hit.snippet);
    if (!snippet.empty())
      summary += (summary.empty() ? "" : ": ") + snippet;
    else if (inc.cause)
      summary += (summary.empty() ? "" : ": ") + *inc.cause;
    if (!summary.empty()) x += "<summary>" + X(summary) + "</summary>\n";
    x += "</entry>\n";
  }
  return x + "</feed>\n";
}

api::Response IncidentFeed(const api::Services& services, const api::Request& request) {
  PageContext c = MakePageContext(request, "search");
  auto query = api::ParseSearchParams(request);
  if (!query.ok()) return ErrorPage(c, query.status());
  if (!request.Query("sort")) query->sort = store::SortOrder::kDateDesc;  // newest first
  if (services.store == nullptr) return ErrorPage(c, Status::Unavailable("no store"));
  auto page = services.store->Search(*query);
  if (!page.ok()) return ErrorPage(c, page.status());
  QueryParams params = api::SearchParamsOf(*query);
  std::erase_if(params, [](const auto& kv) { return kv.first == "cursor"; });
  // "leakwatch: 保険 · 種類: 紛失": the search in words.
  std::string title = "leakwatch";
  if (!query->text.empty()) title += ": " + query->text;
  if (query->type)
    title += " · " + std::string(Label("f_type", c.lang)) + ": " +
             std::string(TypeLabel(*query->type, c.lang));
  if (query->sector)
    title += " · " + std::string(Label("f_sector", c.lang)) + ": " +
             std::string(SectorLabel(*query->sector, c.lang));
  if (query->item)
    title += " · " + std::string(Label("f_item", c.lang)) + ": " +
             std::string(ItemLabel(*query->item, c.lang));
  if (query->region)
    title += " · " + std::string(Label("f_region", c.lang)) + ": " + *query->region;
  if (query->organization)
    title += " · " + std::string(Label("organization", c.lang)) + ": " + *query->organization;
  if (query->from || query->to)
    title += " · " + query->from.value_or("") + "–" + query->to.value_or("");
  api::Response r;
  r.content_type = "application/atom+xml; charset=utf-8";
  r.body =
      RenderAtomFeed(SiteBase(request), BuildUrl("/feeds/incidents.atom", params), title, *page);
  return r;
}

}  // namespace leakwatch::web
