#include "api/openapi.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string_view>

#include "api/search_params.h"
#include "record/incident.h"

namespace leakwatch::api {
namespace {

using J = nlohmann::ordered_json;

J Ref(std::string_view kind, std::string_view name) {
  return {{"$ref", "#/components/" + std::string(kind) + "/" + std::string(name)}};
}

J PathParam(std::string_view name, std::string_view description, J schema = {{"type", "string"}}) {
  return {{"name", name},
          {"in", "path"},
          {"required", true},
          {"description", description},
          {"schema", std::move(schema)}};
}

J QueryParam(std::string_view name, std::string_view description, J schema = {{"type", "string"}}) {
  return {{"name", name},
          {"in", "query"},
          {"required", false},
          {"description", description},
          {"schema", std::move(schema)}};
}

J Content(std::string_view type, J schema = {{"type", "string"}}) {
  return {{std::string(type), {{"schema", std::move(schema)}}}};
}

J Ok(std::string_view description, J content) {
  return {{"description", description}, {"content", std::move(content)}};
}

J Op(std::string_view tag, std::string_view summary, J parameters, J responses) {
  J op = {{"tags", {tag}}, {"summary", summary}};
  if (!parameters.empty()) op["parameters"] = std::move(parameters);
  op["responses"] = std::move(responses);
  return op;
}

template <typename T>
J Names(std::span<const T> values) {
  J out = J::array();
  for (auto v : values) out.push_back(record::ToString(v));
  return out;
}

J SearchParameters() {
  J p = J::array();
  for (const char* name : {"q", "type", "sector", "country", "region", "item", "from", "to",
                           "min_affected", "org", "sort", "limit", "cursor"}) {
    p.push_back(Ref("parameters", name));
  }
  return p;
}

J Components() {
  J params;
  params["q"] = QueryParam("q", "free text, Japanese or English; \"quoted phrases\"");
  params["type"] = QueryParam("type", "incident type",
                              {{"type", "string"}, {"enum", Names(record::AllIncidentTypes())}});
  params["sector"] = QueryParam("sector", "organization sector",
                                {{"type", "string"}, {"enum", Names(record::AllSectors())}});
  params["country"] = QueryParam("country", "ISO 3166-1 alpha-2",
                                 {{"type", "string"}, {"pattern", "^[A-Za-z]{2}$"}});
  params["region"] = QueryParam("region", "region (prefecture / state) as stored");
  params["item"] = QueryParam("item", "leaked data item",
                              {{"type", "string"}, {"enum", Names(record::AllDataItems())}});
  params["from"] =
      QueryParam("from", "earliest date, inclusive", {{"type", "string"}, {"format", "date"}});
  params["to"] =
      QueryParam("to", "latest date, inclusive", {{"type", "string"}, {"format", "date"}});
  params["min_affected"] = QueryParam("min_affected", "at least this many persons (else records)",
                                      {{"type", "integer"}, {"minimum", 0}});
  params["org"] = QueryParam("org", "exact organization name");
  params["sort"] = QueryParam("sort", "order",
                              {{"type", "string"},
                               {"enum", {"relevance", "date", "date_asc", "size"}},
                               {"default", "relevance"}});
  params["limit"] = QueryParam("limit", "page size",
                               {{"type", "integer"},
                                {"minimum", 1},
                                {"maximum", kMaxSearchLimit},
                                {"default", kDefaultSearchLimit}});
  params["cursor"] = QueryParam("cursor", "next_cursor of the previous page");

  J schemas;
  schemas["Error"] = {
      {"type", "object"},
      {"required", {"error"}},
      {"properties",
       {{"error",
         {{"type", "object"},
          {"required", {"code", "message"}},
          {"properties", {{"code", {{"type", "string"}}}, {"message", {{"type", "string"}}}}}}}}}};
  schemas["Incident"] = {
      {"type", "object"},
      {"description", "An incident record, schema leakwatch.incident/1 (spec/incident.md)"},
      {"required", {"id", "title", "incident_type"}}};
  schemas["IncidentPage"] = {
      {"type", "object"},
      {"required", {"items", "total", "next_cursor"}},
      {"properties",
       {{"items", {{"type", "array"}, {"items", Ref("schemas", "Incident")}}},
        {"total", {{"type", "integer"}}},
        {"next_cursor", {{"type", {"string", "null"}}}}}}};
  J counts = {
      {"type", "array"},
      {"items",
       {{"type", "object"},
        {"properties", {{"value", {{"type", "string"}}}, {"count", {{"type", "integer"}}}}}}}};
  schemas["Counts"] = counts;
  schemas["Facets"] = {{"type", "object"}, {"properties", J::object()}};
  for (const char* f : {"type", "sector", "country", "region", "item", "year"}) {
    schemas["Facets"]["properties"][f] = Ref("schemas", "Counts");
  }
  schemas["Statistics"] = {{"type", "object"},
                           {"properties",
                            {{"incidents", {{"type", "integer"}}},
                             {"persons_affected", {{"type", "integer"}}},
                             {"per_year", {{"type", "array"}}},
                             {"per_sector", Ref("schemas", "Counts")},
                             {"per_item", Ref("schemas", "Counts")},
                             {"per_region", Ref("schemas", "Counts")}}}};
  schemas["Breach"] = {{"type", "object"},
                       {"description", "HIBP v3 breach (PascalCase fields, spec/hibp-compat.md)"}};

  J responses;
  for (auto [name, text] : {std::pair{"BadRequest", "invalid parameter (message names it)"},
                            std::pair{"NotFound", "no such resource"},
                            std::pair{"Unavailable", "store busy or not open"}}) {
    responses[name] = Ok(text, Content("application/json", Ref("schemas", "Error")));
  }
  return {{"parameters", std::move(params)},
          {"schemas", std::move(schemas)},
          {"responses", std::move(responses)}};
}

J JsonOk(std::string_view description, J schema) {
  return Ok(description, Content("application/json", std::move(schema)));
}

J Paths() {
  J html = Content("text/html");
  J err400 = Ref("responses", "BadRequest"), err404 = Ref("responses", "NotFound");
  J p;
  // JSON API (json_api.cc)
  p["/healthz"]["get"] =
      Op("ops", "liveness", J::array(), {{"200", JsonOk("ok", {{"type", "object"}})}});
  p["/api/v1/incidents"]["get"] =
      Op("incidents", "search incidents", SearchParameters(),
         {{"200", JsonOk("one page", Ref("schemas", "IncidentPage"))}, {"400", err400}});
  p["/api/v1/incidents/{id}"]["get"] =
      Op("incidents", "one incident record", J::array({PathParam("id", "incident id")}),
         {{"200", JsonOk("the record", Ref("schemas", "Incident"))}, {"404", err404}});
  p["/api/v1/stats"]["get"] = Op("incidents", "statistics", J::array(),
                                 {{"200", JsonOk("totals", Ref("schemas", "Statistics"))}});
  p["/api/v1/facets"]["get"] =
      Op("incidents", "facet counts for a search", SearchParameters(),
         {{"200", JsonOk("counts", Ref("schemas", "Facets"))}, {"400", err400}});
  p["/api/v1/openapi.json"]["get"] = Op("ops", "this document", J::array(),
                                        {{"200", JsonOk("OpenAPI 3.1", {{"type", "object"}})}});
  // Exports (export_api.cc)
  J export_params = SearchParameters();
  export_params.insert(
      export_params.begin(),
      PathParam("format", "export format",
                {{"type", "string"}, {"enum", {"jsonl", "csv", "veris", "hibp"}}}));
  p["/api/v1/export/{format}"]["get"] =
      Op("exports", "export matching incidents", std::move(export_params),
         {{"200", Ok("the export", {{"application/x-ndjson", {{"schema", {{"type", "string"}}}}},
                                    {"text/csv", {{"schema", {{"type", "string"}}}}},
                                    {"application/json", {{"schema", {{"type", "string"}}}}}})},
          {"400", err400},
          {"404", err404},
          {"503", JsonOk("over the size the API builds (256 MiB): narrow the search or use the "
                         "bulk files of `leakwatch export`",
                         Ref("schemas", "Error"))}});
  // HIBP-compatible (hibp_api.cc, spec/hibp-compat.md)
  J hex5 = {{"type", "string"}, {"pattern", "^[0-9A-Fa-f]{5}$"}};
  J hex6 = {{"type", "string"}, {"pattern", "^[0-9A-Fa-f]{6}$"}};
  J range_ok = Ok("SUFFIX:COUNT lines, CRLF-separated", Content("text/plain"));
  J range_params = J::array({PathParam("prefix", "first 5 hex digits of the hash", hex5),
                             QueryParam("mode", "sha1 (default) or ntlm"),
                             {{"name", "Add-Padding"},
                              {"in", "header"},
                              {"required", false},
                              {"schema", {{"type", "string"}}}}});
  p["/range/{prefix}"]["get"] =
      Op("hibp", "Pwned Passwords range", range_params,
         {{"200", range_ok}, {"400", Ok("bad prefix", Content("text/plain"))}});
  p["/range/{prefix}"]["options"] =
      Op("hibp", "CORS preflight", J::array({PathParam("prefix", "hash prefix", hex5)}),
         {{"204", {{"description", "preflight answer"}}},
          {"200", {{"description", "preflight answer"}}}});
  J account_ok = JsonOk("matching hash suffixes and breach names",
                        {{"type", "array"}, {"items", {{"type", "object"}}}});
  J account_404 = {{"description", "no hash in this bucket"}};
  for (const char* path : {"/range/search/{prefix6}", "/api/v3/breachedaccount/range/{prefix6}"}) {
    p[path]["get"] = Op("hibp", "email / phone k-anonymity search",
                        J::array({PathParam("prefix6", "first 6 hex digits of SHA-1", hex6)}),
                        {{"200", account_ok}, {"404", account_404}});
    p[path]["options"] =
        Op("hibp", "CORS preflight", J::array({PathParam("prefix6", "hash prefix", hex6)}),
           {{"204", {{"description", "preflight answer"}}},
            {"200", {{"description", "preflight answer"}}}});
  }
  J breaches = {{"type", "array"}, {"items", Ref("schemas", "Breach")}};
  p["/api/v3/breaches"]["get"] = Op("hibp", "all breaches",
                                    J::array({QueryParam("Domain", "filter by domain"),
                                              QueryParam("IsSpamList", "true / false")}),
                                    {{"200", JsonOk("breaches", breaches)}});
  p["/api/v3/breach/{name}"]["get"] =
      Op("hibp", "one breach", J::array({PathParam("name", "breach name (incident id)")}),
         {{"200", JsonOk("breach", Ref("schemas", "Breach"))},
          {"404", {{"description", "empty body"}}}});
  p["/api/v3/latestbreach"]["get"] = Op("hibp", "most recently added breach", J::array(),
                                        {{"200", JsonOk("breach", Ref("schemas", "Breach"))}});
  p["/api/v3/dataclasses"]["get"] =
      Op("hibp", "data class names", J::array(),
         {{"200", JsonOk("names", {{"type", "array"}, {"items", {{"type", "string"}}}})}});
  // HTML pages and feeds (web/)
  auto page = [&](const char* path, const char* summary, J params = J::array()) {
    J responses = {{"200", Ok(summary, html)}};
    if (!params.empty()) responses["404"] = {{"description", "not found"}};
    p[path]["get"] = Op("pages", summary, std::move(params), std::move(responses));
  };
  page("/", "home page");
  p["/search"]["get"] =
      Op("pages", "search page (same parameters as /api/v1/incidents)", SearchParameters(),
         {{"200", Ok("results", html)}, {"400", Ok("bad parameter", html)}});
  page("/incidents/{id}", "incident page", J::array({PathParam("id", "incident id")}));
  page("/cases", "case list");
  page("/stats", "statistics page");
  page("/check", "exposure check page (hashing happens in the browser)");
  p["/feeds/incidents.atom"]["get"] =
      Op("pages", "Atom feed of incidents (search parameters apply)", SearchParameters(),
         {{"200", Ok("feed", Content("application/atom+xml"))}, {"400", err400}});
  p["/static/style.css"]["get"] =
      Op("pages", "style sheet", J::array(), {{"200", Ok("CSS", Content("text/css"))}});
  p["/static/check.js"]["get"] = Op("pages", "script of the check page", J::array(),
                                    {{"200", Ok("JavaScript", Content("text/javascript"))}});
  return p;
}

}  // namespace

const std::string& OpenApiJson() {
  static const std::string doc = [] {
    J j;
    j["openapi"] = "3.1.0";
    j["info"] = {{"title", "leakwatch"},
                 {"version", "0.1.0"},
                 {"description",
                  "Registry of personal-data leak notices: JSON API, exports, "
                  "HIBP-compatible endpoints and HTML pages."}};
    j["paths"] = Paths();
    j["components"] = Components();
    return j.dump();
  }();
  return doc;
}

}  // namespace leakwatch::api
