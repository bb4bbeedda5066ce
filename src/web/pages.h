// Private to the web component: the page handlers and their pure renderers.
//
// Each page is split in two: a handler (Services + Request -> Response) that
// parses the request and asks the store, and a renderer that turns records
// into HTML and never touches the store, so it is unit-tested on plain
// records. Renderers return the <main> body; the handler wraps it with
// RenderPage. All functions are thread-safe; none keeps references past the call.
#pragma once

#include <string>
#include <vector>

#include "api/handler.h"
#include "store/store.h"
#include "web/layout.h"

namespace leakwatch::web {

// --- handlers (routes in pages.cc) ---
api::Response HomePage(const api::Services& services, const api::Request& request);
api::Response SearchPage(const api::Services& services, const api::Request& request);
api::Response IncidentPage(const api::Services& services, const api::Request& request);
api::Response CasesPage(const api::Services& services, const api::Request& request);
api::Response StatsPage(const api::Services& services, const api::Request& request);
api::Response IncidentFeed(const api::Services& services, const api::Request& request);

// --- renderers ---

// One search hit as an <li> (title link, organisation, date, type, size, snippet).
// Reads only the fields of store::Summary: callers ask for HitFields::kSummary.
std::string RenderHit(const PageContext& context, const store::SearchHit& hit);
// The same, appended to `*out`.
void AppendHit(const PageContext& context, const store::SearchHit& hit, std::string* out);

// The /search body: form, facets (links narrowing `query`), hits, next link.
std::string RenderSearchBody(const PageContext& context, const store::SearchQuery& query,
                             const store::SearchPage& page, const store::Facets& facets);

// Incidents shown under "related" on an incident page, by relation.
struct Related {
  std::vector<store::SearchHit> same_type, same_org, same_region;
};

// The /incidents/{id} body: the record as a notice is laid out, then the
// original text with evidence spans marked, merged reports, related incidents;
// appended to `*out`, or returned.
void AppendIncidentBody(const PageContext& context, const store::StoredIncident& stored,
                        const Related& related, std::string* out);
std::string RenderIncidentBody(const PageContext& context, const store::StoredIncident& stored,
                               const Related& related);

// The provenance text, NFKC-normalised, escaped, with each evidence span of
// `evidence` wrapped in <mark id="ev-FIELD">. Out-of-range or overlapping
// spans are clamped / skipped, never an error.
std::string RenderEvidenceText(std::string_view provenance_text,
                               const std::map<std::string, record::Span>& evidence);
// The same, appended to `*out`.
void AppendEvidenceText(std::string_view provenance_text,
                        const std::map<std::string, record::Span>& evidence, std::string* out);
// The HTML id used for an evidence field ("ev-" + sanitised name).
std::string EvidenceId(std::string_view field);

// The /stats body: inline SVG charts, each with a data table.
std::string RenderStatsBody(const PageContext& context, const store::Statistics& stats);

// The Atom feed for one search page. `base` is the absolute site URL
// ("http://host:port"), `self` the feed's own path and query, `title_text`
// the feed title.
std::string RenderAtomFeed(std::string_view base, std::string_view self,
                           std::string_view title_text, const store::SearchPage& page);

// One group of the response-case library: incidents whose stated response
// or prevention matches one of the group's keywords.
struct MeasureGroup {
  std::string_view label_key;                      // i18n key, "m_second_person", ...
  std::vector<std::string_view> keywords;          // lower-case, NFKC
  std::vector<const record::Incident*> incidents;  // points into the classified list
};

// Groups `incidents` by the measures they state (each incident counted at
// most once per group; an incident may be in several groups). Groups in
// table order, empty groups included. The result points into `incidents`.
std::vector<MeasureGroup> ClassifyMeasures(const std::vector<record::Incident>& incidents);

// The /cases body for one incident type (`type` null: the type chooser only).
// `type_counts` lists each type with its number of incidents.
std::string RenderCasesBody(const PageContext& context, std::optional<record::IncidentType> type,
                            const store::FacetCounts& type_counts,
                            const std::vector<record::Incident>& incidents);

// "YYYY-MM-DD" of an incident for display (announced, else incident date), or "".
std::string DisplayDate(const record::Incident& incident);

}  // namespace leakwatch::web
