#include "api/search_params.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

#include "record/incident.h"

namespace leakwatch::api {
namespace {

Status BadParam(std::string_view name, std::string_view why) {
  return Status::InvalidArgument(fmt::format("parameter '{}': {}", name, why));
}

// Shortens a value quoted in an error message so a huge parameter does not
// make a huge error body.
std::string Quote(std::string_view v) {
  constexpr size_t kMax = 40;
  if (v.size() <= kMax) return fmt::format("'{}'", v);
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return fmt::format("'{}...'", v.substr(0, cut));
}

// Parses a whole decimal integer, no sign other than '-', no spaces.
std::optional<std::int64_t> ParseInt(std::string_view s) {
  std::int64_t v = 0;
  if (s.empty()) return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// The value of `name` if present and non-empty.
std::optional<std::string> Get(const Request& r, std::string_view name) {
  auto v = r.Query(name);
  if (!v || v->empty()) return std::nullopt;
  return v;
}

template <typename Enum, typename ParseFn>
Status ParseEnum(const Request& r, std::string_view name, ParseFn parse, std::optional<Enum>* out) {
  auto v = Get(r, name);
  if (!v) return Status::Ok();
  auto e = parse(*v);
  if (!e) return BadParam(name, fmt::format("unknown value {}", Quote(*v)));
  *out = *e;
  return Status::Ok();
}

Status ParseDate(const Request& r, std::string_view name, std::optional<std::string>* out) {
  auto v = Get(r, name);
  if (!v) return Status::Ok();
  if (!record::IsIsoDate(*v)) {
    return BadParam(name, fmt::format("{} is not a date YYYY-MM-DD", Quote(*v)));
  }
  *out = *v;
  return Status::Ok();
}

}  // namespace

std::string_view SortName(store::SortOrder sort) {
  switch (sort) {
    case store::SortOrder::kRelevance:
      return "relevance";
    case store::SortOrder::kDateDesc:
      return "date";
    case store::SortOrder::kDateAsc:
      return "date_asc";
    case store::SortOrder::kSizeDesc:
      return "size";
  }
  return "relevance";
}

Result<store::SearchQuery> ParseSearchParams(const Request& request) {
  store::SearchQuery q;
  if (auto v = request.Query("q")) q.text = *v;
  LW_RETURN_IF_ERROR(ParseEnum(request, "type", record::ParseIncidentType, &q.type));
  LW_RETURN_IF_ERROR(ParseEnum(request, "sector", record::ParseSector, &q.sector));
  LW_RETURN_IF_ERROR(ParseEnum(request, "item", record::ParseDataItem, &q.item));
  if (auto v = Get(request, "country")) {
    std::string c = *v;
    bool ok = c.size() == 2;
    for (char& ch : c) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      if (ch < 'A' || ch > 'Z') ok = false;
    }
    if (!ok) return BadParam("country", fmt::format("{} is not a two-letter code", Quote(*v)));
    q.country = c;
  }
  if (auto v = Get(request, "region")) q.region = *v;
  if (auto v = Get(request, "org")) q.organization = *v;
  LW_RETURN_IF_ERROR(ParseDate(request, "from", &q.from));
  LW_RETURN_IF_ERROR(ParseDate(request, "to", &q.to));
  if (q.from && q.to && *q.from > *q.to) {
    return BadParam("from", fmt::format("{} is after 'to' {}", *q.from, *q.to));
  }
  if (auto v = Get(request, "min_affected")) {
    auto n = ParseInt(*v);
    if (!n || *n < 0) {
      return BadParam("min_affected", fmt::format("{} is not a non-negative integer", Quote(*v)));
    }
    q.min_affected = *n;
  }
  if (auto v = Get(request, "sort")) {
    if (*v == "relevance")
      q.sort = store::SortOrder::kRelevance;
    else if (*v == "date")
      q.sort = store::SortOrder::kDateDesc;
    else if (*v == "date_asc")
      q.sort = store::SortOrder::kDateAsc;
    else if (*v == "size")
      q.sort = store::SortOrder::kSizeDesc;
    else {
      return BadParam("sort",
                      fmt::format("unknown value {} (relevance, date, date_asc, size)", Quote(*v)));
    }
  }
  q.limit = kDefaultSearchLimit;
  if (auto v = Get(request, "limit")) {
    auto n = ParseInt(*v);
    if (!n || *n < 1 || *n > kMaxSearchLimit) {
      return BadParam("limit",
                      fmt::format("{} is not an integer in 1..{}", Quote(*v), kMaxSearchLimit));
    }
    q.limit = static_cast<int>(*n);
  }
  if (auto v = Get(request, "cursor")) {
    if (v->size() > 512) return BadParam("cursor", "malformed cursor");
    q.cursor = *v;
  }
  return q;
}

std::vector<std::pair<std::string, std::string>> SearchParamsOf(const store::SearchQuery& query) {
  std::vector<std::pair<std::string, std::string>> out;
  auto add = [&out](std::string name, std::string_view v) {
    out.emplace_back(std::move(name), std::string(v));
  };
  if (!query.text.empty()) add("q", query.text);
  if (query.type) add("type", record::ToString(*query.type));
  if (query.sector) add("sector", record::ToString(*query.sector));
  if (query.country) add("country", *query.country);
  if (query.region) add("region", *query.region);
  if (query.item) add("item", record::ToString(*query.item));
  if (query.from) add("from", *query.from);
  if (query.to) add("to", *query.to);
  if (query.min_affected) add("min_affected", std::to_string(*query.min_affected));
  if (query.organization) add("org", *query.organization);
  if (query.sort != store::SortOrder::kRelevance) add("sort", SortName(query.sort));
  if (query.limit != kDefaultSearchLimit) add("limit", std::to_string(query.limit));
  if (!query.cursor.empty()) add("cursor", query.cursor);
  return out;
}

}  // namespace leakwatch::api
