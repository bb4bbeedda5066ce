// The statistics page (/stats): server-rendered SVG charts, each with a table.
#include <algorithm>
#include <set>

#include "web/pages.h"
#include "web/svg_chart.h"

namespace leakwatch::web {

namespace {

std::string H(std::string_view s) { return EscapeHtml(s); }
std::string L(std::string_view key, Lang lang) { return EscapeHtml(Label(key, lang)); }

// A chart and its table side by side in a <figure>.
std::string Figure(std::string_view id, std::string_view caption, std::string_view svg,
                   std::string_view table) {
  return "<figure class=\"chart-fig\" id=\"" + std::string(id) + "\">\n<figcaption>" + H(caption) +
         "</figcaption>\n<div class=\"chart-body\">\n<div class=\"chart-svg\">" + std::string(svg) +
         "</div>\n<div class=\"chart-table\">" + std::string(table) + "</div>\n</div>\n</figure>\n";
}

// A two-column table: label, count.
std::string PairTable(std::string_view caption, std::string_view head1, std::string_view head2,
                      const std::vector<std::pair<std::string, std::int64_t>>& rows) {
  std::string h = "<table><caption>" + H(caption) + "</caption>\n<thead><tr><th scope=\"col\">" +
                  H(head1) + "</th><th scope=\"col\">" + H(head2) + "</th></tr></thead>\n<tbody>\n";
  for (const auto& [label, n] : rows)
    h += "<tr><th scope=\"row\">" + H(label) + "</th><td>" + FormatCount(n) + "</td></tr>\n";
  return h + "</tbody>\n</table>\n";
}

std::vector<std::pair<std::string, std::int64_t>> Labelled(
    const store::FacetCounts& counts, size_t max_rows,
    const std::function<std::string(const std::string&)>& label) {
  std::vector<std::pair<std::string, std::int64_t>> rows;
  for (const auto& [wire, n] : counts) {
    if (rows.size() == max_rows) break;
    rows.emplace_back(label(wire), n);
  }
  return rows;
}

// The years from the first to the last key of `m`, gaps included (so the
// axis is to scale); only the keys themselves when the span is implausible.
template <typename Map>
std::vector<int> YearAxis(const Map& m) {
  std::vector<int> years;
  if (m.empty()) return years;
  int first = m.begin()->first, last = m.rbegin()->first;
  if (last - first > 60) {
    for (const auto& kv : m) years.push_back(kv.first);
  } else {
    for (int y = first; y <= last; ++y) years.push_back(y);
  }
  return years;
}

std::string PerYearByType(const store::Statistics& stats, Lang lang) {
  std::string caption(Label("chart_per_year_type", lang));
  if (stats.per_year_type.empty()) return Figure("per-year-type", caption, "", L("no_data", lang));
  std::set<std::string> types;  // only types that occur, in vocabulary order
  for (const auto& [year, by_type] : stats.per_year_type)
    for (const auto& [t, n] : by_type) types.insert(t);
  std::vector<std::string> order;
  for (auto t : record::AllIncidentTypes())
    if (types.erase(std::string(record::ToString(t)))) order.emplace_back(record::ToString(t));
  for (const auto& t : types) order.push_back(t);  // unknown names last
  std::vector<std::string> series;
  for (const auto& t : order) series.push_back(TypeLabel(t, lang));
  std::vector<StackedBar> bars;
  std::string table = "<table><caption>" + H(caption) +
                      "</caption>\n<thead><tr><th scope=\"col\">" + L("year", lang) + "</th>";
  for (const auto& s : series) table += "<th scope=\"col\">" + H(s) + "</th>";
  table += "<th scope=\"col\">" + L("total", lang) + "</th></tr></thead>\n<tbody>\n";
  const std::map<std::string, std::int64_t> kNone;
  for (int year : YearAxis(stats.per_year_type)) {
    auto found = stats.per_year_type.find(year);
    const auto& by_type = found == stats.per_year_type.end() ? kNone : found->second;
    StackedBar bar{std::to_string(year), {}};
    std::int64_t total = 0;
    table += "<tr><th scope=\"row\">" + std::to_string(year) + "</th>";
    for (const auto& t : order) {
      auto it = by_type.find(t);
      std::int64_t n = it == by_type.end() ? 0 : it->second;
      bar.values.push_back(n);
      total += n;
      table += "<td>" + FormatCount(n) + "</td>";
    }
    table += "<td>" + FormatCount(total) + "</td></tr>\n";
    bars.push_back(std::move(bar));
  }
  table += "</tbody>\n</table>\n";
  return Figure("per-year-type", caption, StackedBarChart(caption, series, bars), table);
}

std::string PersonsPerYear(const store::Statistics& stats, Lang lang) {
  std::string caption(Label("chart_persons_year", lang));
  if (stats.persons_per_year.empty())
    return Figure("persons-year", caption, "", L("no_data", lang));
  std::vector<StackedBar> bars;
  std::vector<std::pair<std::string, std::int64_t>> rows;
  for (int year : YearAxis(stats.persons_per_year)) {
    auto found = stats.persons_per_year.find(year);
    std::int64_t n = found == stats.persons_per_year.end() ? 0 : found->second;
    bars.push_back({std::to_string(year), {n}});
    rows.emplace_back(std::to_string(year), n);
  }
  std::vector<std::string> series = {std::string(Label("persons_affected", lang))};
  return Figure("persons-year", caption, StackedBarChart(caption, series, bars),
                PairTable(caption, Label("year", lang), Label("persons_affected", lang), rows));
}

std::string Bars(std::string_view id, std::string_view caption_key, std::string_view head_key,
                 const store::FacetCounts& counts, size_t max_rows,
                 const std::function<std::string(const std::string&)>& label, Lang lang) {
  std::string caption(Label(caption_key, lang));
  if (counts.empty()) return Figure(id, caption, "", L("no_data", lang));
  auto rows = Labelled(counts, max_rows, label);
  return Figure(id, caption, HorizontalBarChart(caption, rows),
                PairTable(caption, Label(head_key, lang), Label("count", lang), rows));
}

}  // namespace

std::string RenderStatsBody(const PageContext& c, const store::Statistics& stats) {
  const Lang lang = c.lang;
  std::string h = "<h1>" + L("stats_title", lang) + "</h1>\n<dl class=\"counts\">\n<div><dt>" +
                  L("incidents", lang) + "</dt><dd>" + FormatCount(stats.incidents) +
                  "</dd></div>\n<div><dt>" + L("persons_affected", lang) + "</dt><dd>" +
                  FormatCount(stats.persons_affected) + "</dd></div>\n</dl>\n";
  h += PerYearByType(stats, lang);
  h += PersonsPerYear(stats, lang);
  h += Bars(
      "items", "chart_items", "f_item", stats.per_item, 12,
      [lang](const std::string& w) { return ItemLabel(w, lang); }, lang);
  h += Bars(
      "sectors", "chart_sectors", "f_sector", stats.per_sector, 12,
      [lang](const std::string& w) { return SectorLabel(w, lang); }, lang);
  h += Bars(
      "regions", "chart_regions", "f_region", stats.per_region, 12,
      [](const std::string& w) { return w; }, lang);
  return h;
}

api::Response StatsPage(const api::Services& services, const api::Request& request) {
  PageContext c = MakePageContext(request, "stats");
  if (services.store == nullptr) return ErrorPage(c, Status::Unavailable("no store"));
  auto stats = services.store->ComputeStatistics();
  if (!stats.ok()) return ErrorPage(c, stats.status());
  return HtmlPage(c, RenderPage(c, Label("stats_title", c.lang), RenderStatsBody(c, *stats)));
}

}  // namespace leakwatch::web
