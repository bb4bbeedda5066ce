// The HIBP-compatible endpoints (shared/spec/hibp-compat.md): the k-anonymity
// ranges (hibp_range.cc) and the read-only breach API v3, where leakwatch's
// incidents appear as breaches (record/hibp_breach.h).
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "api/hibp_range.h"
#include "api/routes.h"
#include "record/hibp_breach.h"
#include "store/store.h"

namespace leakwatch::api {

namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string Dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// 404 with an empty body, as HIBP answers an unknown breach.
Response NotFound() {
  Response r;
  r.status = 404;
  r.content_type = "text/plain";
  r.etag = false;
  return r;
}

Response Json(const nlohmann::ordered_json& j) {
  Response r = JsonResponse(Dump(j));
  r.SetHeader("Access-Control-Allow-Origin", "*");
  return r;
}

nlohmann::ordered_json BreachOf(const store::StoredIncident& s) {
  return record::BreachFromIncident(s.incident, s.updated_at);
}

// Every incident that is not merged into another, as breaches.
Result<std::vector<nlohmann::ordered_json>> AllBreaches(store::Store& store) {
  std::vector<nlohmann::ordered_json> out;
  Status s = store.ForEach([&out](const store::StoredIncident& i) {
    if (i.merged_into.empty()) out.push_back(BreachOf(i));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Response HandleBreaches(const Services& services, const Request& request) {
  if (!services.store) return JsonError(Status::Unavailable("no incident store"));
  auto domain = request.QueryIgnoreCase("domain");
  auto spam = request.QueryIgnoreCase("isspamlist");
  if (spam && !EqualsIgnoreCase(*spam, "true") && !EqualsIgnoreCase(*spam, "false"))
    return JsonError(400, "invalid_argument", "IsSpamList must be true or false");
  auto all = AllBreaches(*services.store);
  if (!all.ok()) return JsonError(all.status());
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (auto& b : *all) {
    if (domain && !EqualsIgnoreCase(b["Domain"].get<std::string>(), *domain)) continue;
    if (spam && b["IsSpamList"].get<bool>() != EqualsIgnoreCase(*spam, "true")) continue;
    out.push_back(std::move(b));
  }
  return Json(out);
}

Response HandleBreach(const Services& services, const Request& request) {
  if (!services.store) return JsonError(Status::Unavailable("no incident store"));
  auto got = services.store->Get(request.Param("name"));
  if (!got.ok()) return JsonError(got.status());
  if (!got->has_value()) return NotFound();
  return Json(BreachOf(**got));
}

Response HandleLatestBreach(const Services& services, const Request& request) {
  if (!services.store) return JsonError(Status::Unavailable("no incident store"));
  auto all = AllBreaches(*services.store);
  if (!all.ok()) return JsonError(all.status());
  const nlohmann::ordered_json* latest = nullptr;
  auto key = [](const nlohmann::ordered_json& b) {
    auto s = [](const nlohmann::ordered_json& v) {
      return v.is_string() ? v.get<std::string>() : "";
    };
    return std::tuple(s(b["AddedDate"]), s(b["ModifiedDate"]), b["Name"].get<std::string>());
  };
  for (const auto& b : *all)
    if (!latest || key(b) > key(*latest)) latest = &b;
  if (!latest) return NotFound();
  return Json(*latest);
}

Response HandleDataClasses(const Services&, const Request&) {
  std::vector<std::string> names;
  for (record::DataItem item : record::AllDataItems())
    if (auto n = record::HibpDataClass(item)) names.emplace_back(*n);
  std::sort(names.begin(), names.end());
  return Json(names);
}

}  // namespace

std::vector<Route> HibpRoutes() {
  const std::vector<std::string> kRangeMethods = {"GET", "OPTIONS"};
  return {
      // k-anonymity: in memory, on the I/O threads, rate limited per client.
      {kRangeMethods, "/range/search/{prefix6}", HandleIdentifierRange, false},
      {kRangeMethods, "/range/{prefix}", HandlePasswordRange, false},
      {kRangeMethods, "/api/v3/breachedaccount/range/{prefix6}", HandleIdentifierRange, false},
      // Breach model over the incident store (blocking: database).
      {{"GET"}, "/api/v3/breaches", HandleBreaches, true},
      {{"GET"}, "/api/v3/breach/{name}", HandleBreach, true},
      {{"GET"}, "/api/v3/latestbreach", HandleLatestBreach, true},
      {{"GET"}, "/api/v3/dataclasses", HandleDataClasses, false},
  };
}

}  // namespace leakwatch::api
