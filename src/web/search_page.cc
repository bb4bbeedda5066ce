// The front page (/) and the search page (/search).
#include <fmt/format.h>

#include <algorithm>

#include "api/search_params.h"
#include "web/pages.h"

namespace leakwatch::web {

namespace {

std::string H(std::string_view s) { return EscapeHtml(s); }
std::string A(std::string_view s) { return EscapeAttr(s); }
std::string L(std::string_view key, Lang lang) { return EscapeHtml(Label(key, lang)); }

// Query parameters of `query` without paging, the base for facet and sort links.
QueryParams BaseParams(const store::SearchQuery& query) {
  QueryParams p = api::SearchParamsOf(query);
  std::erase_if(p, [](const auto& kv) { return kv.first == "cursor"; });
  return p;
}

std::string Option(std::string_view value, std::string_view label, bool selected) {
  return "<option value=\"" + A(value) + "\"" + (selected ? " selected=\"selected\"" : "") + ">" +
         H(label) + "</option>\n";
}

template <typename Enum, typename LabelFn>
std::string EnumSelect(std::string_view name, std::string_view label_key, Lang lang,
                       std::span<const Enum> values, const std::optional<Enum>& current,
                       LabelFn label) {
  std::string h = "<div class=\"field\"><label for=\"f-" + std::string(name) + "\">" +
                  L(label_key, lang) + "</label>\n<select id=\"f-" + std::string(name) +
                  "\" name=\"" + std::string(name) + "\">\n";
  h += Option("", Label("all", lang), !current);
  for (Enum v : values) h += Option(record::ToString(v), label(v, lang), current == v);
  return h + "</select></div>\n";
}

std::string TextField(std::string_view name, std::string_view type, std::string_view label,
                      std::string_view value) {
  return "<div class=\"field\"><label for=\"f-" + std::string(name) + "\">" + H(label) +
         "</label>\n<input id=\"f-" + std::string(name) + "\" name=\"" + std::string(name) +
         "\" type=\"" + std::string(type) + "\" value=\"" + A(value) + "\" /></div>\n";
}

std::string SearchForm(const PageContext& c, const store::SearchQuery& q) {
  const Lang lang = c.lang;
  std::string h = "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">\n";
  h += "<div class=\"qrow\"><label for=\"f-q\">" + L("search_label", lang) +
       "</label>\n<input id=\"f-q\" name=\"q\" type=\"search\" value=\"" + A(q.text) +
       "\" placeholder=\"" + A(Label("search_placeholder", lang)) +
       "\" />\n<button type=\"submit\">" + L("search_button", lang) + "</button></div>\n";
  h += "<details class=\"filters\"" +
       std::string(q.type || q.sector || q.item || q.region || q.from || q.to ? " open=\"open\""
                                                                              : "") +
       "><summary>" + L("filters", lang) + "</summary>\n<div class=\"grid\">\n";
  h += EnumSelect("type", "f_type", lang, record::AllIncidentTypes(), q.type,
                  [](record::IncidentType v, Lang l) { return TypeLabel(v, l); });
  h += EnumSelect("sector", "f_sector", lang, record::AllSectors(), q.sector,
                  [](record::Sector v, Lang l) { return SectorLabel(v, l); });
  h += EnumSelect("item", "f_item", lang, record::AllDataItems(), q.item,
                  [](record::DataItem v, Lang l) { return ItemLabel(v, l); });
  h += TextField("region", "text", Label("f_region", lang), q.region.value_or(""));
  h += TextField("from", "date", Label("from", lang), q.from.value_or(""));
  h += TextField("to", "date", Label("to", lang), q.to.value_or(""));
  h += "<div class=\"field\"><label for=\"f-sort\">" + L("sort", lang) +
       "</label>\n<select id=\"f-sort\" name=\"sort\">\n";
  for (auto s : {store::SortOrder::kRelevance, store::SortOrder::kDateDesc,
                 store::SortOrder::kDateAsc, store::SortOrder::kSizeDesc}) {
    std::string name(api::SortName(s));
    h += Option(name, Label("sort_" + name, lang), q.sort == s);
  }
  h += "</select></div>\n</div>\n</details>\n";
  if (c.lang_choice.from_link)
    h += "<input type=\"hidden\" name=\"lang\" value=\"" + std::string(LangCode(lang)) + "\" />\n";
  return h + "</form>\n";
}

// One facet group: each value a link narrowing the search; the chosen one marked.
std::string FacetGroup(const PageContext& c, const QueryParams& base, std::string_view param,
                       std::string_view label_key, const store::FacetCounts& counts,
                       const std::function<std::string(const std::string&)>& label,
                       std::optional<std::string> current) {
  if (counts.empty()) return "";
  std::string h = "<section class=\"facet\"><h3>" + L(label_key, c.lang) + "</h3>\n<ul>\n";
  for (const auto& [value, n] : counts) {
    QueryParams p;
    if (param == "year") {
      p = WithParam(WithParam(base, "from", value + "-01-01"), "to", value + "-12-31");
    } else {
      p = WithParam(base, param, value);
    }
    bool chosen = current && *current == value;
    h += "<li><a href=\"" + A(BuildUrl("/search", p)) + "\"" +
         (chosen ? " aria-current=\"true\" class=\"chosen\"" : "") + ">" + H(label(value)) +
         "</a> <span class=\"n\">" + FormatCount(n) + "</span></li>\n";
  }
  h += "</ul>\n";
  if (current) {
    QueryParams p = param == "year" ? WithParam(WithParam(base, "from", ""), "to", "")
                                    : WithParam(base, param, "");
    h += "<p><a class=\"clear\" href=\"" + A(BuildUrl("/search", p)) + "\">" +
         L("clear_filter", c.lang) + "</a></p>\n";
  }
  return h + "</section>\n";
}

// "Sort: relevance | newest | oldest | largest", the current order not a link.
std::string SortLinks(const PageContext& c, const QueryParams& base, store::SortOrder current) {
  std::string h = "<p class=\"sorts\">" + L("sort", c.lang) + ": ";
  bool first = true;
  for (auto s : {store::SortOrder::kRelevance, store::SortOrder::kDateDesc,
                 store::SortOrder::kDateAsc, store::SortOrder::kSizeDesc}) {
    std::string name(api::SortName(s));
    h += first ? "" : " | ";
    first = false;
    if (s == current) {
      h += "<strong aria-current=\"true\">" + L("sort_" + name, c.lang) + "</strong>";
    } else {
      h += "<a href=\"" + A(BuildUrl("/search", WithParam(base, "sort", name))) + "\">" +
           L("sort_" + name, c.lang) + "</a>";
    }
  }
  return h + "</p>\n";
}

std::optional<std::string> YearOf(const store::SearchQuery& q) {
  if (q.from && q.to && q.from->size() == 10 && q.from->ends_with("-01-01") &&
      q.to->ends_with("-12-31") && q.from->substr(0, 4) == q.to->substr(0, 4))
    return q.from->substr(0, 4);
  return std::nullopt;
}

template <typename Enum>
std::optional<std::string> WireOf(const std::optional<Enum>& v) {
  if (!v) return std::nullopt;
  return std::string(record::ToString(*v));
}

}  // namespace

std::string DisplayDate(const record::Incident& incident) {
  return incident.announced_date.value_or(incident.incident_date.value_or(""));
}

void AppendHit(const PageContext& c, const store::SearchHit& hit, std::string* out) {
  const auto& inc = hit.incident;
  std::string& h = *out;
  h += "<li class=\"hit\">\n<h3><a href=\"";
  AppendEscapedHtml(IncidentUrl(inc.id), &h);
  h += "\">";
  AppendEscapedHtml(inc.title.empty() ? inc.id : inc.title, &h);
  h += "</a></h3>\n<p class=\"meta\">";
  if (inc.organization.name) {
    AppendEscapedHtml(*inc.organization.name, &h);
    h += " · ";
  }
  if (std::string d = DisplayDate(inc); !d.empty()) {
    h += "<time datetime=\"";
    AppendEscapedHtml(d, &h);
    h += "\">";
    AppendEscapedHtml(d, &h);
    h += "</time> · ";
  }
  h += "<span class=\"tag\">";
  AppendEscapedHtml(TypeLabel(inc.incident_type, c.lang), &h);
  h += "</span>";
  if (inc.affected.persons) {
    h += " · ";
    h += FormatCount(*inc.affected.persons);
    h += ' ';
    AppendEscapedHtml(Label("persons", c.lang), &h);
  }
  h += "</p>\n";
  // Without a highlight (no query text) the stored snippet is the start of
  // the search document; the stated cause reads better.
  if (hit.snippet.find(store::kHighlightBegin) == std::string::npos && inc.cause) {
    h += "<p class=\"snippet\">";
    AppendEscapedHtml(Truncate(*inc.cause, 300), &h);
    h += "</p>\n";
  } else if (!hit.snippet.empty()) {
    h += "<p class=\"snippet\">";
    h += HighlightSnippet(hit.snippet);
    h += "</p>\n";
  }
  h += "</li>\n";
}

std::string RenderHit(const PageContext& c, const store::SearchHit& hit) {
  std::string h;
  AppendHit(c, hit, &h);
  return h;
}

std::string RenderSearchBody(const PageContext& c, const store::SearchQuery& q,
                             const store::SearchPage& page, const store::Facets& facets) {
  const Lang lang = c.lang;
  QueryParams base = BaseParams(q);
  std::string h = "<h1>" + L("search_title", lang) + "</h1>\n" + SearchForm(c, q);
  h += "<div class=\"results-layout\">\n<aside class=\"facets\" aria-label=\"" +
       A(Label("filters", lang)) + "\">\n<h2>" + L("filters", lang) + "</h2>\n";
  h += FacetGroup(
      c, base, "type", "f_type", facets.type,
      [lang](const std::string& v) { return TypeLabel(v, lang); }, WireOf(q.type));
  h += FacetGroup(
      c, base, "sector", "f_sector", facets.sector,
      [lang](const std::string& v) { return SectorLabel(v, lang); }, WireOf(q.sector));
  h += FacetGroup(
      c, base, "item", "f_item", facets.item,
      [lang](const std::string& v) { return ItemLabel(v, lang); }, WireOf(q.item));
  h += FacetGroup(
      c, base, "region", "f_region", facets.region, [](const std::string& v) { return v; },
      q.region);
  store::FacetCounts years = facets.year;  // newest year first, not by count
  std::sort(years.begin(), years.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  h += FacetGroup(
      c, base, "year", "f_year", years, [](const std::string& v) { return v; }, YearOf(q));
  h += "</aside>\n<section class=\"results\" aria-labelledby=\"results-h\">\n";
  h += "<h2 id=\"results-h\">" + FormatCount(page.total) + " " + L("results_count", lang) +
       "</h2>\n";
  if (!page.hits.empty()) h += SortLinks(c, base, q.sort);
  if (page.hits.empty()) {
    h += "<p class=\"empty\" role=\"status\">" + L("no_results", lang) + "</p>\n";
  } else {
    h += "<ol class=\"hits\">\n";
    for (const auto& hit : page.hits) h += RenderHit(c, hit);
    h += "</ol>\n";
  }
  h += "<nav class=\"pager\" aria-label=\"pages\">\n";
  if (!q.cursor.empty())
    h += "<a href=\"" + A(BuildUrl("/search", base)) + "\">" + L("first_page", lang) + "</a>\n";
  if (!page.next_cursor.empty()) {
    h += "<a rel=\"next\" href=\"" +
         A(BuildUrl("/search", WithParam(base, "cursor", page.next_cursor))) + "\">" +
         L("next_page", lang) + "</a>\n";
  }
  return h + "</nav>\n</section>\n</div>\n";
}

namespace {

api::Response RenderSearchPage(const api::Services& services, const store::SearchQuery& query,
                               PageContext& c) {
  store::SearchQuery listed = query;
  listed.fields = store::HitFields::kSummary;  // the page shows what AppendHit shows
  store::Facets facets;
  auto page = services.store->SearchWithFacets(listed, &facets);
  if (!page.ok()) return ErrorPage(c, page.status());
  QueryParams feed = BaseParams(query);
  std::erase_if(feed, [](const auto& kv) { return kv.first == "sort" || kv.first == "limit"; });
  c.feed_url = BuildUrl("/feeds/incidents.atom", feed);
  std::string title(Label("search_title", c.lang));
  if (!query.text.empty()) title = std::string(Label("search_title", c.lang)) + ": " + query.text;
  return HtmlPage(c, RenderPage(c, title, RenderSearchBody(c, query, *page, facets)));
}

}  // namespace

api::Response SearchPage(const api::Services& services, const api::Request& request) {
  PageContext c = MakePageContext(request, "search");
  auto query = api::ParseSearchParams(request);
  if (!query.ok()) return ErrorPage(c, query.status());
  if (services.store == nullptr) return ErrorPage(c, Status::Unavailable("no store"));
  return CachedHtmlPage(services, c, [&] { return RenderSearchPage(services, *query, c); });
}

api::Response HomePage(const api::Services& services, const api::Request& request) {
  PageContext c = MakePageContext(request, "");
  const Lang lang = c.lang;
  if (services.store == nullptr) return ErrorPage(c, Status::Unavailable("no store"));
  store::SearchQuery latest;
  latest.sort = store::SortOrder::kDateDesc;
  latest.limit = 10;
  latest.fields = store::HitFields::kSummary;
  auto page = services.store->Search(latest);
  if (!page.ok()) return ErrorPage(c, page.status());
  auto stats = services.store->ComputeStatistics();
  if (!stats.ok()) return ErrorPage(c, stats.status());
  auto facets = services.store->ComputeFacets(store::SearchQuery{});
  if (!facets.ok()) return ErrorPage(c, facets.status());
  c.feed_url = "/feeds/incidents.atom";

  std::string h = "<h1>" + L("home_title", lang) + "</h1>\n<p class=\"lead\">" +
                  L("home_lead", lang) + "</p>\n" + SearchForm(c, store::SearchQuery{});
  h += "<section class=\"glance\" aria-labelledby=\"glance-h\">\n<h2 id=\"glance-h\">" +
       L("at_a_glance", lang) + "</h2>\n<dl class=\"counts\">\n<div><dt>" + L("incidents", lang) +
       "</dt><dd>" + FormatCount(stats->incidents) + "</dd></div>\n<div><dt>" +
       L("persons_affected", lang) + "</dt><dd>" + FormatCount(stats->persons_affected) +
       "</dd></div>\n</dl>\n<ul class=\"chips\">\n";
  for (const auto& [type, n] : facets->type) {
    h += "<li><a href=\"" + A(BuildUrl("/search", {{"type", type}})) + "\">" +
         H(TypeLabel(type, lang)) + " <span class=\"n\">" + FormatCount(n) + "</span></a></li>\n";
  }
  h += "</ul>\n</section>\n<section aria-labelledby=\"latest-h\">\n<h2 id=\"latest-h\">" +
       L("latest", lang) + "</h2>\n<ol class=\"hits\">\n";
  for (const auto& hit : page->hits) h += RenderHit(c, hit);
  h += "</ol>\n<p><a href=\"/search?sort=date\">" + L("nav_search", lang) +
       " →</a></p>\n</section>\n";
  return HtmlPage(c, RenderPage(c, Label("home_title", lang), h));
}

}  // namespace leakwatch::web
