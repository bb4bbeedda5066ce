// The incident page (/incidents/{id}): the record laid out as a notice is.
//
// The body is appended piece by piece into one buffer (no temporary string
// per element): the page is rendered for every view a cache does not answer.
#include "web/pages.h"

namespace leakwatch::web {

namespace {

// Appends `s` escaped.
void Esc(std::string& h, std::string_view s) { AppendEscapedHtml(s, &h); }
// Appends the label `key`, escaped.
void Lbl(std::string& h, std::string_view key, Lang lang) { Esc(h, Label(key, lang)); }

// A link to the evidence span of `field`, if the record has one.
void EvLink(std::string& h, const record::Incident& inc, std::string_view field, Lang lang) {
  if (inc.evidence.empty() || !inc.evidence.contains(std::string(field))) return;
  h += " <a class=\"evlink\" href=\"#";
  h += EvidenceId(field);
  h += "\">[";
  Lbl(h, "evidence", lang);
  h += "]</a>";
}

// <div><dt>label</dt><dd> ... </dd></div>
void RowOpen(std::string& h, std::string_view label_key, Lang lang) {
  h += "<div><dt>";
  Lbl(h, label_key, lang);
  h += "</dt><dd>";
}
void RowClose(std::string& h) { h += "</dd></div>\n"; }

// <section ...><h2 id="id">heading</h2>\n ... </section>\n
void SectionOpen(std::string& h, std::string_view id, std::string_view heading_key, Lang lang) {
  h += "<section class=\"part\" aria-labelledby=\"";
  h += id;
  h += "\">\n<h2 id=\"";
  h += id;
  h += "\">";
  Lbl(h, heading_key, lang);
  h += "</h2>\n";
}
void SectionClose(std::string& h) { h += "</section>\n"; }

void NotStated(std::string& h, Lang lang) {
  h += "<p class=\"none\">";
  Lbl(h, "not_stated", lang);
  h += "</p>\n";
}

void List(std::string& h, const std::vector<std::string>& items, Lang lang) {
  if (items.empty()) return NotStated(h, lang);
  h += "<ul>\n";
  for (const auto& s : items) {
    h += "<li>";
    Esc(h, s);
    h += "</li>\n";
  }
  h += "</ul>\n";
}

// <time datetime="d">d</time>
void Time(std::string& h, std::string_view d) {
  h += "<time datetime=\"";
  Esc(h, d);
  h += "\">";
  Esc(h, d);
  h += "</time>";
}

// <a href="/search?name=value">label</a>
void SearchLink(std::string& h, std::string_view name, std::string_view value,
                std::string_view label) {
  h += "<a href=\"";
  Esc(h, BuildUrl("/search", {{std::string(name), std::string(value)}}));
  h += "\">";
  Esc(h, label);
  h += "</a>";
}

bool IsWebUrl(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

void Overview(std::string& h, const record::Incident& inc, Lang lang) {
  const auto& org = inc.organization;
  h += "<dl class=\"facts\">\n";
  RowOpen(h, "organization", lang);
  if (org.name) {
    SearchLink(h, "org", *org.name, *org.name);
    EvLink(h, inc, "organization.name", lang);
  } else {
    Lbl(h, "not_stated", lang);
  }
  const std::string_view sector = org.sector ? SectorLabel(*org.sector, lang) : "";
  const std::optional<std::string_view> where[] = {
      org.locality, org.region, org.country,
      org.sector ? std::optional<std::string_view>(sector) : std::nullopt};
  bool first = true;
  for (const auto& w : where) {
    if (!w) continue;
    h += first ? " <span class=\"where\">(" : ", ";
    first = false;
    Esc(h, *w);
  }
  if (!first) h += ")</span>";
  RowClose(h);

  RowOpen(h, "f_type", lang);
  SearchLink(h, "type", record::ToString(inc.incident_type), TypeLabel(inc.incident_type, lang));
  EvLink(h, inc, "incident_type", lang);
  RowClose(h);

  auto date = [&](std::string_view label_key, const std::optional<std::string>& d,
                  std::string_view field) {
    RowOpen(h, label_key, lang);
    if (d) {
      Time(h, *d);
      EvLink(h, inc, field, lang);
    } else {
      Lbl(h, "not_stated", lang);
    }
    RowClose(h);
  };
  date("announced_date", inc.announced_date, "announced_date");
  date("incident_date", inc.incident_date, "incident_date");

  RowOpen(h, "affected", lang);
  bool any = false;
  auto count = [&](const std::optional<std::int64_t>& n, std::string_view unit,
                   std::string_view field) {
    if (!n) return;
    if (any) h += ", ";
    any = true;
    h += FormatCount(*n);
    h += ' ';
    Lbl(h, unit, lang);
    EvLink(h, inc, field, lang);
  };
  count(inc.affected.persons, "persons", "affected.persons");
  count(inc.affected.households, "households", "affected.households");
  count(inc.affected.records, "records", "affected.records");
  if (!any) Lbl(h, "not_stated", lang);
  RowClose(h);
  h += "</dl>\n";
}

void Timeline(std::string& h, const record::Incident& inc, Lang lang) {
  if (inc.timeline.empty()) return NotStated(h, lang);
  h += "<ol class=\"timeline\">\n";
  for (const auto& t : inc.timeline) {
    h += "<li>";
    if (t.date) {
      Time(h, *t.date);
      h += ' ';
    }
    Esc(h, t.text);
    h += "</li>\n";
  }
  h += "</ol>\n";
}

void DataItems(std::string& h, const record::Incident& inc, Lang lang) {
  if (inc.data_items.empty() && inc.data_items_raw.empty()) return NotStated(h, lang);
  h += "<ul class=\"chips\">\n";
  for (auto item : inc.data_items) {
    h += "<li>";
    SearchLink(h, "item", record::ToString(item), ItemLabel(item, lang));
    h += "</li>\n";
  }
  h += "</ul>\n";
  if (!inc.data_items_raw.empty()) {
    h += "<p class=\"raw\">";
    Lbl(h, "data_items_raw", lang);
    h += ": ";
    for (size_t i = 0; i < inc.data_items_raw.size(); ++i) {
      if (i) h += "、";
      Esc(h, inc.data_items_raw[i]);
    }
    EvLink(h, inc, "data_items", lang);
    h += "</p>\n";
  }
}

// <p>text [evidence]</p>, or "not stated".
void Paragraph(std::string& h, const record::Incident& inc, const std::optional<std::string>& text,
               std::string_view field, Lang lang) {
  if (!text) return NotStated(h, lang);
  h += "<p>";
  Esc(h, *text);
  EvLink(h, inc, field, lang);
  h += "</p>\n";
}

void Sources(std::string& h, const record::Incident& inc, Lang lang) {
  if (inc.sources.empty()) return NotStated(h, lang);
  h += "<ul class=\"sources\">\n";
  for (const auto& s : inc.sources) {
    std::string_view text = s.title ? std::string_view(*s.title)
                            : s.url ? std::string_view(*s.url)
                                    : Label("not_stated", lang);
    h += "<li>";
    if (s.url && IsWebUrl(*s.url)) {
      h += "<a href=\"";
      Esc(h, *s.url);
      h += "\" rel=\"noopener noreferrer nofollow\">";
      Esc(h, text);
      h += "</a>";
    } else {
      Esc(h, text);
    }
    if (s.published) {
      h += " (";
      Time(h, *s.published);
      h += ")";
    }
    if (s.url && s.title) {
      h += "<br /><span class=\"url\">";
      Esc(h, *s.url);
      h += "</span>";
    }
    h += "</li>\n";
  }
  h += "</ul>\n";
}

// Room for the body: the sections and the original text with its markup.
std::size_t IncidentBodySizeHint(const store::StoredIncident& stored) {
  return 16384 + stored.provenance.text.size() * 5 / 4;
}

bool HasOther(const std::vector<store::SearchHit>& hits, const std::string& id) {
  for (const auto& hit : hits)
    if (hit.incident.id != id) return true;
  return false;
}

void RelatedList(std::string& h, const PageContext& c, std::string_view key, const std::string& id,
                 const std::vector<store::SearchHit>& hits) {
  if (!HasOther(hits, id)) return;
  h += "<h3>";
  Lbl(h, key, c.lang);
  h += "</h3>\n<ul class=\"hits related\">\n";
  for (const auto& hit : hits)
    if (hit.incident.id != id) AppendHit(c, hit, &h);
  h += "</ul>\n";
}

}  // namespace

std::string RenderIncidentBody(const PageContext& c, const store::StoredIncident& stored,
                               const Related& related) {
  std::string h;
  h.reserve(IncidentBodySizeHint(stored));
  AppendIncidentBody(c, stored, related, &h);
  return h;
}

void AppendIncidentBody(const PageContext& c, const store::StoredIncident& stored,
                        const Related& related, std::string* out) {
  const Lang lang = c.lang;
  const record::Incident& inc = stored.incident;
  std::string& h = *out;
  h += "<article class=\"incident\" lang=\"";
  h += inc.language == record::Language::kJa ? "ja" : "en";
  h += "\">\n<h1>";
  Esc(h, inc.title.empty() ? inc.id : inc.title);
  EvLink(h, inc, "title", lang);
  h += "</h1>\n<p class=\"id\">ID: <code>";
  Esc(h, inc.id);
  h += "</code></p>\n";
  if (!stored.merged_into.empty()) {
    h += "<p class=\"notice\">";
    Lbl(h, "merged_into", lang);
    h += " <a href=\"";
    Esc(h, IncidentUrl(stored.merged_into));
    h += "\">";
    Esc(h, stored.merged_into);
    h += "</a></p>\n";
  }
  SectionOpen(h, "s-overview", "overview", lang);
  Overview(h, inc, lang);
  SectionClose(h);
  SectionOpen(h, "s-timeline", "timeline", lang);
  Timeline(h, inc, lang);
  SectionClose(h);
  SectionOpen(h, "s-items", "data_items", lang);
  DataItems(h, inc, lang);
  SectionClose(h);
  SectionOpen(h, "s-cause", "cause", lang);
  Paragraph(h, inc, inc.cause, "cause", lang);
  SectionClose(h);
  SectionOpen(h, "s-response", "response", lang);
  List(h, inc.response, lang);
  SectionClose(h);
  SectionOpen(h, "s-prevention", "prevention", lang);
  List(h, inc.prevention, lang);
  SectionClose(h);
  SectionOpen(h, "s-contact", "contact", lang);
  Paragraph(h, inc, inc.contact, "contact", lang);
  SectionClose(h);
  SectionOpen(h, "s-sources", "sources", lang);
  Sources(h, inc, lang);
  SectionClose(h);
  h += "</article>\n";
  if (!stored.reports.empty()) {
    SectionOpen(h, "s-reports", "reports", lang);
    h += "<ul>\n";
    for (const auto& id : stored.reports) {
      h += "<li><a href=\"";
      Esc(h, IncidentUrl(id));
      h += "\">";
      Esc(h, id);
      h += "</a></li>\n";
    }
    h += "</ul>\n";
    SectionClose(h);
  }
  if (!stored.provenance.text.empty()) {
    SectionOpen(h, "s-original", "original_text", lang);
    h += "<p class=\"note\">";
    Lbl(h, "original_note", lang);
    h += "</p>\n<pre class=\"source\">";
    AppendEvidenceText(stored.provenance.text, inc.evidence, &h);
    h += "</pre>\n";
    SectionClose(h);
  }
  if (HasOther(related.same_type, inc.id) || HasOther(related.same_org, inc.id) ||
      HasOther(related.same_region, inc.id)) {
    SectionOpen(h, "s-related", "related", lang);
    RelatedList(h, c, "related_type", inc.id, related.same_type);
    RelatedList(h, c, "related_org", inc.id, related.same_org);
    RelatedList(h, c, "related_region", inc.id, related.same_region);
    SectionClose(h);
  }
}

namespace {

// The page from `view`: the record and its related incidents, all read in
// the one read transaction of the view.
api::Response RenderIncidentPage(store::ReadView& view, const api::Request& request,
                                 PageContext& c) {
  std::string id = request.Param("id");
  if (id.empty() || id.size() > 512) return ErrorPage(c, 404, Label("incident_not_found", c.lang));
  auto got = view.Get(id);
  if (!got.ok()) return ErrorPage(c, got.status());
  if (!got->has_value()) return ErrorPage(c, 404, Label("incident_not_found", c.lang));
  const store::StoredIncident& stored = **got;
  const record::Incident& inc = stored.incident;

  Related related;
  auto find = [&](store::SearchQuery q, std::vector<store::SearchHit>* out) -> Status {
    q.sort = store::SortOrder::kDateDesc;
    q.limit = 6;
    q.count_total = false;  // only a few hits are shown: don't visit every match
    q.fields = store::HitFields::kSummary;
    q.snippets = false;  // AppendHit shows the cause, else nothing
    LW_ASSIGN_OR_RETURN(auto page, view.Search(q));
    for (auto& hit : page.hits) {
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
  return HtmlPage(c, RenderPage(
                         c, inc.title.empty() ? inc.id : inc.title,
                         [&](std::string* h) { AppendIncidentBody(c, stored, related, h); },
                         IncidentBodySizeHint(stored)));
}

}  // namespace

api::Response IncidentPage(const api::Services& services, const api::Request& request) {
  PageContext c = MakePageContext(request, "search");
  if (services.store == nullptr) return ErrorPage(c, Status::Unavailable("no store"));
  auto view = services.store->OpenReadView();
  if (!view.ok()) return ErrorPage(c, view.status());
  return CachedHtmlPage(services, c, (*view)->generation(),
                        [&] { return RenderIncidentPage(**view, request, c); });
}

}  // namespace leakwatch::web
