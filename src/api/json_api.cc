// The JSON API: /healthz and /api/v1/{incidents, incidents/{id}, stats,
// facets, openapi.json}. Each handler parses, validates, calls the store and
// maps the Status (handler.h); errors are {"error": {"code", "message"}}.
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "api/openapi.h"
#include "api/routes.h"
#include "api/search_params.h"
#include "record/incident.h"
#include "store/store.h"

namespace leakwatch::api {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string Dump(const ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response NoStore() { return JsonError(Status::Unavailable("no incident store is open")); }

ordered_json CountsJson(const store::FacetCounts& counts) {
  ordered_json out = ordered_json::array();
  for (const auto& [value, count] : counts) out.push_back({{"value", value}, {"count", count}});
  return out;
}

Response Health(const Services&, const Request&) {
  Response r = JsonResponse(R"({"status":"ok"})");
  r.etag = false;
  r.cache_control = "no-store";
  return r;
}

Response RenderIncidentList(const Services& s, const store::SearchQuery& query) {
  auto page = s.store->Search(query);
  if (!page.ok()) return JsonError(page.status());
  ordered_json items = ordered_json::array();
  for (const auto& hit : page->hits) items.push_back(record::ToJson(hit.incident));
  ordered_json body;
  body["items"] = std::move(items);
  body["total"] = page->total;
  body["next_cursor"] =
      page->next_cursor.empty() ? ordered_json(nullptr) : ordered_json(page->next_cursor);
  return JsonResponse(Dump(body));
}

Response ListIncidents(const Services& s, const Request& req) {
  if (!s.store) return NoStore();
  auto query = ParseSearchParams(req);
  if (!query.ok()) return JsonError(query.status());
  return CachedResponse(
      s, "api|" + req.target, [&] { return RenderIncidentList(s, *query); },
      [] { return JsonResponse(std::string()); });
}

Response GetIncident(const Services& s, const Request& req) {
  if (!s.store) return NoStore();
  std::string id = req.Param("id");
  auto found = s.store->Get(id);
  if (!found.ok()) return JsonError(found.status());
  if (!found->has_value()) return JsonError(404, "not_found", "no incident with id " + id);
  return JsonResponse(Dump(record::ToJson((*found)->incident)));
}

Response GetStats(const Services& s, const Request&) {
  if (!s.store) return NoStore();
  auto st = s.store->ComputeStatistics();
  if (!st.ok()) return JsonError(st.status());
  ordered_json per_year = ordered_json::array();
  for (const auto& [year, types] : st->per_year_type) {
    ordered_json t = ordered_json::object();
    std::int64_t total = 0;
    for (const auto& [type, n] : types) {
      t[type] = n;
      total += n;
    }
    auto persons = st->persons_per_year.find(year);
    per_year.push_back(
        {{"year", year},
         {"incidents", total},
         {"persons_affected", persons == st->persons_per_year.end() ? 0 : persons->second},
         {"types", std::move(t)}});
  }
  ordered_json body;
  body["incidents"] = st->incidents;
  body["persons_affected"] = st->persons_affected;
  body["per_year"] = std::move(per_year);
  body["per_sector"] = CountsJson(st->per_sector);
  body["per_item"] = CountsJson(st->per_item);
  body["per_region"] = CountsJson(st->per_region);
  return JsonResponse(Dump(body));
}

Response GetFacets(const Services& s, const Request& req) {
  if (!s.store) return NoStore();
  auto query = ParseSearchParams(req);
  if (!query.ok()) return JsonError(query.status());
  auto f = s.store->ComputeFacets(*query);
  if (!f.ok()) return JsonError(f.status());
  ordered_json body;
  body["type"] = CountsJson(f->type);
  body["sector"] = CountsJson(f->sector);
  body["country"] = CountsJson(f->country);
  body["region"] = CountsJson(f->region);
  body["item"] = CountsJson(f->item);
  body["year"] = CountsJson(f->year);
  return JsonResponse(Dump(body));
}

Response GetOpenApi(const Services&, const Request&) { return JsonResponse(OpenApiJson()); }

}  // namespace

std::vector<Route> JsonApiRoutes() {
  return {
      {{"GET"}, "/healthz", Health, /*blocking=*/false},
      {{"GET"}, "/api/v1/incidents", ListIncidents, true},
      {{"GET"}, "/api/v1/incidents/{id}", GetIncident, true},
      {{"GET"}, "/api/v1/stats", GetStats, true},
      {{"GET"}, "/api/v1/facets", GetFacets, true},
      {{"GET"}, "/api/v1/openapi.json", GetOpenApi, false},
  };
}

}  // namespace leakwatch::api
