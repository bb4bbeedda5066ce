// HIBP v3 breach object -> incident record (docs/import-formats.md, "hibp").
#include <re2/re2.h>

#include <cstring>

#include "interop/import_internal.h"
#include "interop/mappings.h"
#include "record/hibp_breach.h"

namespace leakwatch::interop {

using nlohmann::json;
using record::IncidentType;

namespace {

std::optional<std::string> Str(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) return std::nullopt;
  std::string s(Trim(it->get<std::string>()));
  if (s.empty()) return std::nullopt;
  return s;
}

// "2015-03-01" or "2015-10-26T23:35:45Z" -> "YYYY-MM-DD"; InvalidArgument otherwise.
Result<std::optional<std::string>> DatePart(const json& j, const char* key) {
  auto s = Str(j, key);
  if (!s) return std::optional<std::string>();
  std::string d = s->substr(0, 10);
  if (!record::IsIsoDate(d) || (s->size() > 10 && (*s)[10] != 'T'))
    return Status::InvalidArgument(std::string(key) + " '" + *s + "' is not a date");
  return std::optional<std::string>(d);
}

std::string StripTags(std::string s) {
  static const RE2 kTag("<[^>]*>");
  RE2::GlobalReplace(&s, kTag, "");
  for (auto [from, to] :
       {std::pair{"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, strlen(from), to);
  }
  return s;
}

IncidentType TypeFromText(const json& b, const std::string& text) {
  static const RE2 kRansom("(?i)ransomware");
  static const RE2 kExposed(
      "(?i)(publicly (exposed|accessible)|unprotected|misconfigured|exposed (an? )?"
      "(elasticsearch|mongodb|database|s3|bucket|server))");
  static const RE2 kHack("(?i)(hack|breach|compromis|attack|intrusion)");
  if (RE2::PartialMatch(text, kRansom)) return IncidentType::kMalwareRansomware;
  if (RE2::PartialMatch(text, kExposed)) return IncidentType::kMisconfigurationExposure;
  if (RE2::PartialMatch(text, kHack)) return IncidentType::kUnauthorizedAccess;
  return IncidentType::kOther;
}

}  // namespace

Result<store::IngestItem> HibpToItem(const json& b, const std::string& name) {
  if (!b.is_object()) return Status::InvalidArgument("breach is not a JSON object");
  auto breach_name = Str(b, "Name");
  if (!breach_name) return Status::InvalidArgument("breach has no Name");
  record::Incident r;
  r.id = "hibp-" + Slug(*breach_name, 64);
  if (r.id == "hibp-") r.id += StableHash(*breach_name);
  r.language = record::Language::kEn;
  r.title = Str(b, "Title").value_or(*breach_name);
  r.organization.name = r.title;
  LW_ASSIGN_OR_RETURN(r.incident_date, DatePart(b, "BreachDate"));
  LW_ASSIGN_OR_RETURN(r.announced_date, DatePart(b, "AddedDate"));
  if (auto it = b.find("PwnCount"); it != b.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
      return Status::InvalidArgument("PwnCount " + it->dump() + " is not a count");
    r.affected.records = it->get<std::int64_t>();
  }
  if (auto it = b.find("DataClasses"); it != b.end()) {
    if (!it->is_array()) return Status::InvalidArgument("DataClasses is not a list");
    for (const auto& c : *it) {
      if (!c.is_string()) return Status::InvalidArgument("DataClasses holds " + c.dump());
      r.data_items_raw.push_back(c.get<std::string>());
    }
  }
  r.data_items = record::DataItemsFromHibpClasses(r.data_items_raw);
  std::string description = StripTags(Str(b, "Description").value_or(""));
  if (!description.empty()) r.cause = description;
  r.incident_type = TypeFromText(b, description);
  // The breached site first (HIBP's Domain is the host of the first source), then HIBP's page.
  if (auto domain = Str(b, "Domain"))
    r.sources.push_back({"https://" + *domain, std::nullopt, std::nullopt});
  r.sources.push_back({"https://haveibeenpwned.com/Breach/" + *breach_name,
                       "Have I Been Pwned: " + r.title, r.announced_date});
  if (r.incident_date) r.timeline.push_back({r.incident_date, "breach"});
  if (r.announced_date) r.timeline.push_back({r.announced_date, "added to Have I Been Pwned"});
  LW_RETURN_IF_ERROR(record::Validate(r));
  return store::IngestItem{std::move(r), store::Provenance{"hibp", name, b.dump(2)}};
}

}  // namespace leakwatch::interop
