// The response-case library (/cases?type=...): what others stated as cause,
// response and prevention for one kind of incident, measures grouped by a
// small bilingual keyword table.
#include <fmt/format.h>

#include <algorithm>

#include "text/normalize.h"
#include "web/pages.h"

namespace leakwatch::web {

namespace {

std::string H(std::string_view s) { return EscapeHtml(s); }
std::string A(std::string_view s) { return EscapeAttr(s); }
std::string L(std::string_view key, Lang lang) { return EscapeHtml(Label(key, lang)); }

// Keywords are matched in the NFKC, ASCII-lower-cased text of an incident's
// response and prevention lines.
struct MeasureDef {
  std::string_view label_key;
  std::vector<std::string_view> keywords;
};

const std::vector<MeasureDef>& MeasureTable() {
  static const std::vector<MeasureDef> table = {
      {"m_second_person",
       {"ダブルチェック", "二重確認", "二重チェック", "複数人", "複数名", "複数の職員", "別の職員",
        "別職員", "second person", "second-person", "double-check", "double check", "two-person",
        "four-eyes"}},
      {"m_encryption", {"暗号化", "encrypt"}},
      {"m_password", {"パスワード", "password"}},
      {"m_training", {"研修", "教育", "注意喚起", "training", "awareness"}},
      {"m_manual", {"マニュアル", "手順", "チェックリスト", "procedure", "manual", "checklist"}},
      {"m_bcc", {"bcc"}},
      {"m_access_control",
       {"アクセス制御", "アクセス権", "権限", "多要素", "二要素", "access control", "multi-factor",
        "multifactor", "mfa", "permission", "privilege"}},
      {"m_system",
       {"システム", "送信制限", "送信保留", "誤送信防止", "system", "software", "sending delay"}},
      {"m_monitoring", {"監視", "ログの", "ログを", "monitor", "logging", "audit"}},
      {"m_vulnerability", {"脆弱性", "パッチ", "アップデート", "vulnerab", "patch"}},
      {"m_apology", {"謝罪", "お詫び", "おわび", "apolog", "notif", "notice letter"}},
      {"m_recovery", {"回収", "削除", "廃棄を依頼", "retriev", "recover", "delet"}},
      {"m_report",
       {"個人情報保護委員会", "監督官庁", "所管", "commission", "regulator", "hhs",
        "attorney general", "ocr"}},
      {"m_police", {"警察", "police", "fbi", "law enforcement"}},
  };
  return table;
}

// NFKC with ASCII lower-cased: the form keywords are written in.
std::string Fold(std::string_view s) {
  std::string out = text::Nfkc(s);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

bool MatchesAny(std::string_view folded, const std::vector<std::string_view>& keywords) {
  return std::any_of(keywords.begin(), keywords.end(),
                     [&](std::string_view k) { return folded.find(k) != std::string_view::npos; });
}

std::string Folded(const record::Incident& inc) {
  std::string all;
  for (const auto& s : inc.response) all += s + "\n";
  for (const auto& s : inc.prevention) all += s + "\n";
  return Fold(all);
}

std::string Percent(size_t n, size_t total) {
  if (total == 0) return "0%";
  return fmt::format("{:.0f}%", 100.0 * static_cast<double>(n) / static_cast<double>(total));
}

std::string Lines(const std::vector<std::string>& lines, Lang lang) {
  if (lines.empty()) return "<p class=\"none\">" + L("not_stated", lang) + "</p>";
  std::string h = "<ul>";
  for (const auto& s : lines) h += "<li>" + H(s) + "</li>";
  return h + "</ul>";
}

std::string TypeChooser(const PageContext& c, std::optional<record::IncidentType> type,
                        const store::FacetCounts& type_counts) {
  std::string h = "<nav class=\"types\" aria-label=\"" + A(Label("cases_choose", c.lang)) +
                  "\">\n<h2>" + L("cases_choose", c.lang) + "</h2>\n<ul class=\"chips\">\n";
  for (const auto& [wire, n] : type_counts) {
    bool chosen = type && record::ToString(*type) == wire;
    h += "<li><a href=\"" + A(BuildUrl("/cases", {{"type", wire}})) + "\"" +
         (chosen ? " aria-current=\"page\" class=\"chosen\"" : "") + ">" +
         H(TypeLabel(wire, c.lang)) + " <span class=\"n\">" + FormatCount(n) + "</span></a></li>\n";
  }
  return h + "</ul>\n</nav>\n";
}

}  // namespace

std::vector<MeasureGroup> ClassifyMeasures(const std::vector<record::Incident>& incidents) {
  std::vector<MeasureGroup> groups;
  for (const auto& def : MeasureTable()) groups.push_back({def.label_key, def.keywords, {}});
  for (const auto& inc : incidents) {
    std::string text = Folded(inc);
    for (auto& g : groups)
      if (MatchesAny(text, g.keywords)) g.incidents.push_back(&inc);
  }
  return groups;
}

std::string RenderCasesBody(const PageContext& c, std::optional<record::IncidentType> type,
                            const store::FacetCounts& type_counts,
                            const std::vector<record::Incident>& incidents) {
  const Lang lang = c.lang;
  std::string h = "<h1>" + L("cases_title", lang) + "</h1>\n<p class=\"lead\">" +
                  L("cases_lead", lang) + "</p>\n" + TypeChooser(c, type, type_counts);
  if (!type) return h;
  h += "<h2>" + H(TypeLabel(*type, lang)) + ": " + FormatCount(incidents.size()) + " " +
       L("results_count", lang) + "</h2>\n";
  if (incidents.empty()) return h + "<p class=\"empty\">" + L("no_results", lang) + "</p>\n";

  auto groups = ClassifyMeasures(incidents);
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.incidents.size() > b.incidents.size();
  });
  h += "<section aria-labelledby=\"measures-h\">\n<h2 id=\"measures-h\">" +
       L("cases_measures", lang) +
       "</h2>\n<table class=\"measures\">\n<thead><tr><th scope=\"col\">" +
       L("cases_measure", lang) + "</th><th scope=\"col\">" + L("cases_count", lang) +
       "</th><th scope=\"col\">" + L("cases_share", lang) + "</th></tr></thead>\n<tbody>\n";
  for (const auto& g : groups) {
    if (g.incidents.empty()) continue;
    h += "<tr><th scope=\"row\"><a href=\"#" + std::string(g.label_key) + "\">" +
         L(g.label_key, lang) + "</a></th><td>" + FormatCount(g.incidents.size()) + " / " +
         FormatCount(incidents.size()) + "</td><td>" +
         Percent(g.incidents.size(), incidents.size()) + "</td></tr>\n";
  }
  h += "</tbody>\n</table>\n";
  for (const auto& g : groups) {
    if (g.incidents.empty()) continue;
    h += "<details class=\"group\" id=\"" + std::string(g.label_key) + "\"><summary>" +
         L(g.label_key, lang) + " (" + FormatCount(g.incidents.size()) + ")</summary>\n<ul>\n";
    for (const auto* inc : g.incidents) {
      h += "<li><a href=\"" + A(IncidentUrl(inc->id)) + "\">" + H(inc->title) + "</a>";
      // The lines that matched, so the count can be checked by reading.
      for (const auto* lines : {&inc->response, &inc->prevention})
        for (const auto& line : *lines)
          if (MatchesAny(Fold(line), g.keywords)) h += "<br /><q>" + H(line) + "</q>";
      h += "</li>\n";
    }
    h += "</ul>\n</details>\n";
  }
  h += "</section>\n<section aria-labelledby=\"notices-h\">\n<h2 id=\"notices-h\">" +
       L("cases_notices", lang) + "</h2>\n";
  for (const auto& inc : incidents) {
    h += "<article class=\"case\">\n<h3><a href=\"" + A(IncidentUrl(inc.id)) + "\">" +
         H(inc.title.empty() ? inc.id : inc.title) + "</a></h3>\n<p class=\"meta\">" +
         H(inc.organization.name.value_or("")) + " " + H(DisplayDate(inc)) + "</p>\n<dl>\n";
    h += "<dt>" + L("cause", lang) + "</dt><dd>" +
         (inc.cause ? H(*inc.cause) : L("not_stated", lang)) + "</dd>\n";
    h += "<dt>" + L("response", lang) + "</dt><dd>" + Lines(inc.response, lang) + "</dd>\n";
    h += "<dt>" + L("prevention", lang) + "</dt><dd>" + Lines(inc.prevention, lang) + "</dd>\n";
    h += "</dl>\n</article>\n";
  }
  return h + "</section>\n";
}

api::Response CasesPage(const api::Services& services, const api::Request& request) {
  PageContext c = MakePageContext(request, "cases");
  std::optional<record::IncidentType> type;
  if (auto t = request.Query("type"); t && !t->empty()) {
    type = record::ParseIncidentType(*t);
    if (!type) {
      return ErrorPage(c, Status::InvalidArgument(fmt::format(
                              "parameter 'type': unknown value '{}'", Truncate(*t, 40))));
    }
  }
  if (services.store == nullptr) return ErrorPage(c, Status::Unavailable("no store"));
  auto facets = services.store->ComputeFacets(store::SearchQuery{});
  if (!facets.ok()) return ErrorPage(c, facets.status());
  std::vector<record::Incident> incidents;
  if (type) {
    store::SearchQuery q;
    q.type = type;
    q.sort = store::SortOrder::kDateDesc;
    q.limit = 200;
    constexpr size_t kMaxIncidents = 1000;  // bounds the page size and the work
    while (incidents.size() < kMaxIncidents) {
      auto page = services.store->Search(q);
      if (!page.ok()) return ErrorPage(c, page.status());
      for (auto& hit : page->hits) incidents.push_back(std::move(hit.incident));
      if (page->next_cursor.empty()) break;
      q.cursor = page->next_cursor;
    }
  }
  std::string title(Label("cases_title", c.lang));
  if (type) title += ": " + std::string(TypeLabel(*type, c.lang));
  return HtmlPage(c, RenderPage(c, title, RenderCasesBody(c, type, facets->type, incidents)));
}

}  // namespace leakwatch::web
