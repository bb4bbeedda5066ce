// The incident page (/incidents/{id}): the record laid out as a notice is.
#include "web/pages.h"

namespace leakwatch::web {

namespace {

std::string H(std::string_view s) { return EscapeHtml(s); }
std::string A(std::string_view s) { return EscapeAttr(s); }
std::string L(std::string_view key, Lang lang) { return EscapeHtml(Label(key, lang)); }

// A link to the evidence span of `field`, if the record has one.
std::string EvLink(const record::Incident& inc, std::string_view field, Lang lang) {
  if (!inc.evidence.contains(std::string(field))) return "";
  return " <a class=\"evlink\" href=\"#" + EvidenceId(field) + "\">[" + L("evidence", lang) +
         "]</a>";
}

std::string Row(std::string_view label_html, std::string_view value_html) {
  return "<div><dt>" + std::string(label_html) + "</dt><dd>" + std::string(value_html) +
         "</dd></div>\n";
}

std::string Section(std::string_view id, std::string_view heading_html, std::string_view inner) {
  return "<section class=\"part\" aria-labelledby=\"" + std::string(id) + "\">\n<h2 id=\"" +
         std::string(id) + "\">" + std::string(heading_html) + "</h2>\n" + std::string(inner) +
         "</section>\n";
}

std::string NotStated(Lang lang) { return "<p class=\"none\">" + L("not_stated", lang) + "</p>\n"; }

std::string List(const std::vector<std::string>& items, Lang lang) {
  if (items.empty()) return NotStated(lang);
  std::string h = "<ul>\n";
  for (const auto& s : items) h += "<li>" + H(s) + "</li>\n";
  return h + "</ul>\n";
}

bool IsWebUrl(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

std::string Overview(const PageContext& c, const record::Incident& inc) {
  const Lang lang = c.lang;
  const auto& org = inc.organization;
  std::string h = "<dl class=\"facts\">\n";
  std::string org_html = H(org.name.value_or(std::string(Label("not_stated", lang))));
  if (org.name) {
    org_html = "<a href=\"" + A(BuildUrl("/search", {{"org", *org.name}})) + "\">" + org_html +
               "</a>" + EvLink(inc, "organization.name", lang);
  }
  std::vector<std::string> where;
  if (org.locality) where.push_back(H(*org.locality));
  if (org.region) where.push_back(H(*org.region));
  if (org.country) where.push_back(H(*org.country));
  if (org.sector) where.push_back(H(SectorLabel(*org.sector, lang)));
  if (!where.empty()) {
    org_html += " <span class=\"where\">(";
    for (size_t i = 0; i < where.size(); ++i) org_html += (i ? ", " : "") + where[i];
    org_html += ")</span>";
  }
  h += Row(L("organization", lang), org_html);
  h +=
      Row(L("f_type", lang),
          "<a href=\"" +
              A(BuildUrl("/search", {{"type", std::string(record::ToString(inc.incident_type))}})) +
              "\">" + H(TypeLabel(inc.incident_type, lang)) + "</a>" +
              EvLink(inc, "incident_type", lang));
  auto date = [&](const std::optional<std::string>& d, std::string_view field) {
    return d ? "<time datetime=\"" + A(*d) + "\">" + H(*d) + "</time>" + EvLink(inc, field, lang)
             : L("not_stated", lang);
  };
  h += Row(L("announced_date", lang), date(inc.announced_date, "announced_date"));
  h += Row(L("incident_date", lang), date(inc.incident_date, "incident_date"));
  std::string affected;
  auto count = [&](const std::optional<std::int64_t>& n, std::string_view unit,
                   std::string_view field) {
    if (!n) return;
    if (!affected.empty()) affected += ", ";
    affected += FormatCount(*n) + " " + L(unit, lang) + EvLink(inc, field, lang);
  };
  count(inc.affected.persons, "persons", "affected.persons");
  count(inc.affected.households, "households", "affected.households");
  count(inc.affected.records, "records", "affected.records");
  h += Row(L("affected", lang), affected.empty() ? L("not_stated", lang) : affected);
  return h + "</dl>\n";
}

std::string Timeline(const record::Incident& inc, Lang lang) {
  if (inc.timeline.empty()) return NotStated(lang);
  std::string h = "<ol class=\"timeline\">\n";
  for (const auto& t : inc.timeline) {
    h += "<li>";
    if (t.date) h += "<time datetime=\"" + A(*t.date) + "\">" + H(*t.date) + "</time> ";
    h += H(t.text) + "</li>\n";
  }
  return h + "</ol>\n";
}

std::string DataItems(const record::Incident& inc, Lang lang) {
  if (inc.data_items.empty() && inc.data_items_raw.empty()) return NotStated(lang);
  std::string h = "<ul class=\"chips\">\n";
  for (auto item : inc.data_items) {
    h += "<li><a href=\"" +
         A(BuildUrl("/search", {{"item", std::string(record::ToString(item))}})) + "\">" +
         H(ItemLabel(item, lang)) + "</a></li>\n";
  }
  h += "</ul>\n";
  if (!inc.data_items_raw.empty()) {
    h += "<p class=\"raw\">" + L("data_items_raw", lang) + ": ";
    for (size_t i = 0; i < inc.data_items_raw.size(); ++i)
      h += (i ? "、" : "") + H(inc.data_items_raw[i]);
    h += EvLink(inc, "data_items", lang) + "</p>\n";
  }
  return h;
}

std::string Sources(const record::Incident& inc, Lang lang) {
  if (inc.sources.empty()) return NotStated(lang);
  std::string h = "<ul class=\"sources\">\n";
  for (const auto& s : inc.sources) {
    std::string text = H(s.title.value_or(s.url.value_or(std::string(Label("not_stated", lang)))));
    h += "<li>";
    if (s.url && IsWebUrl(*s.url)) {
      h += "<a href=\"" + A(*s.url) + "\" rel=\"noopener noreferrer nofollow\">" + text + "</a>";
    } else {
      h += text;
    }
    if (s.published)
      h += " (<time datetime=\"" + A(*s.published) + "\">" + H(*s.published) + "</time>)";
    if (s.url && s.title) h += "<br /><span class=\"url\">" + H(*s.url) + "</span>";
    h += "</li>\n";
  }
  return h + "</ul>\n";
}

std::string RelatedList(const PageContext& c, std::string_view key, const std::string& id,
                        const std::vector<store::SearchHit>& hits) {
  std::string items;
  for (const auto& hit : hits)
    if (hit.incident.id != id) items += RenderHit(c, hit);
  if (items.empty()) return "";
  return "<h3>" + L(key, c.lang) + "</h3>\n<ul class=\"hits related\">\n" + items + "</ul>\n";
}

}  // namespace

std::string RenderIncidentBody(const PageContext& c, const store::StoredIncident& stored,
                               const Related& related) {
  const Lang lang = c.lang;
  const record::Incident& inc = stored.incident;
  std::string h = "<article class=\"incident\" lang=\"" +
                  std::string(inc.language == record::Language::kJa ? "ja" : "en") + "\">\n";
  h += "<h1>" + H(inc.title.empty() ? inc.id : inc.title) + EvLink(inc, "title", lang) + "</h1>\n";
  h += "<p class=\"id\">ID: <code>" + H(inc.id) + "</code></p>\n";
  if (!stored.merged_into.empty()) {
    h += "<p class=\"notice\">" + L("merged_into", lang) + " <a href=\"" +
         A(IncidentUrl(stored.merged_into)) + "\">" + H(stored.merged_into) + "</a></p>\n";
  }
  h += Section("s-overview", L("overview", lang), Overview(c, inc));
  h += Section("s-timeline", L("timeline", lang), Timeline(inc, lang));
  h += Section("s-items", L("data_items", lang), DataItems(inc, lang));
  h += Section(
      "s-cause", L("cause", lang),
      inc.cause ? "<p>" + H(*inc.cause) + EvLink(inc, "cause", lang) + "</p>\n" : NotStated(lang));
  h += Section("s-response", L("response", lang), List(inc.response, lang));
  h += Section("s-prevention", L("prevention", lang), List(inc.prevention, lang));
  h += Section("s-contact", L("contact", lang),
               inc.contact ? "<p>" + H(*inc.contact) + EvLink(inc, "contact", lang) + "</p>\n"
                           : NotStated(lang));
  h += Section("s-sources", L("sources", lang), Sources(inc, lang));
  h += "</article>\n";
  if (!stored.reports.empty()) {
    std::string list = "<ul>\n";
    for (const auto& id : stored.reports)
      list += "<li><a href=\"" + A(IncidentUrl(id)) + "\">" + H(id) + "</a></li>\n";
    h += Section("s-reports", L("reports", lang), list + "</ul>\n");
  }
  if (!stored.provenance.text.empty()) {
    h += Section("s-original", L("original_text", lang),
                 "<p class=\"note\">" + L("original_note", lang) + "</p>\n<pre class=\"source\">" +
                     RenderEvidenceText(stored.provenance.text, inc.evidence) + "</pre>\n");
  }
  std::string rel = RelatedList(c, "related_type", inc.id, related.same_type) +
                    RelatedList(c, "related_org", inc.id, related.same_org) +
                    RelatedList(c, "related_region", inc.id, related.same_region);
  if (!rel.empty()) h += Section("s-related", L("related", lang), rel);
  return h;
}

namespace {

api::Response RenderIncidentPage(const api::Services& services, const api::Request& request,
                                 PageContext& c) {
  std::string id = request.Param("id");
  if (services.store == nullptr) return ErrorPage(c, Status::Unavailable("no store"));
  if (id.empty() || id.size() > 512) return ErrorPage(c, 404, Label("incident_not_found", c.lang));
  auto got = services.store->Get(id);
  if (!got.ok()) return ErrorPage(c, got.status());
  if (!got->has_value()) return ErrorPage(c, 404, Label("incident_not_found", c.lang));
  const store::StoredIncident& stored = **got;
  const record::Incident& inc = stored.incident;

  Related related;
  auto find = [&](store::SearchQuery q, std::vector<store::SearchHit>* out) -> Status {
    q.sort = store::SortOrder::kDateDesc;
    q.limit = 6;
    q.count_total = false;  // only a few hits are shown: don't visit every match
    LW_ASSIGN_OR_RETURN(auto page, services.store->Search(q));
    for (auto& hit : page.hits) {
      hit.snippet.clear();
      if (out->size() < 5 && hit.incident.id != inc.id) out->push_back(std::move(hit));
    }
    return Status::Ok();
  };
  store::SearchQuery by_type;
  by_type.type = inc.incident_type;
  Status s = find(by_type, &related.same_type);
  if (s.ok() && inc.organization.name) {
    store::SearchQuery by_org;
    by_org.organization = inc.organization.name;
    s = find(by_org, &related.same_org);
  }
  if (s.ok() && inc.organization.region) {
    store::SearchQuery by_region;
    by_region.region = inc.organization.region;
    s = find(by_region, &related.same_region);
  }
  if (!s.ok()) return ErrorPage(c, s);
  return HtmlPage(c, RenderPage(c, inc.title.empty() ? inc.id : inc.title,
                                RenderIncidentBody(c, stored, related)));
}

}  // namespace

api::Response IncidentPage(const api::Services& services, const api::Request& request) {
  PageContext c = MakePageContext(request, "search");
  return CachedHtmlPage(services, c, [&] { return RenderIncidentPage(services, request, c); });
}

}  // namespace leakwatch::web
