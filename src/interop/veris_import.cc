// VERIS / VCDB JSON -> incident record (docs/import-formats.md, "veris").
#include <re2/re2.h>

#include <filesystem>

#include "interop/import_internal.h"
#include "interop/mappings.h"

namespace leakwatch::interop {

using nlohmann::json;
using record::DataItem;

namespace {

const json* Find(const json& j, std::initializer_list<std::string_view> path) {
  const json* cur = &j;
  for (auto key : path) {
    if (!cur->is_object()) return nullptr;
    auto it = cur->find(key);
    if (it == cur->end()) return nullptr;
    cur = &*it;
  }
  return cur;
}

std::optional<std::string> Str(const json& j, std::initializer_list<std::string_view> path) {
  const json* v = Find(j, path);
  if (!v || !v->is_string()) return std::nullopt;
  std::string s(Trim(v->get<std::string>()));
  if (s.empty() || s == "Unknown" || s == "NA") return std::nullopt;
  return s;
}

// A VERIS {year, month, day} object: a full date, a partial "YYYY" / "YYYY-MM"
// in *partial, or InvalidArgument for impossible values.
Status ReadDate(const json& j, std::initializer_list<std::string_view> path, const char* what,
                std::optional<std::string>* full, std::optional<std::string>* partial) {
  const json* t = Find(j, path);
  if (!t) return Status::Ok();
  if (!t->is_object()) return Status::InvalidArgument(std::string(what) + " is not an object");
  auto num = [&](const char* k, std::int64_t* out) -> Status {
    auto it = t->find(k);
    if (it == t->end() || it->is_null()) return Status::Ok();
    if (!it->is_number_integer())
      return Status::InvalidArgument(std::string(what) + "." + k + " is not an integer");
    *out = it->get<std::int64_t>();
    return Status::Ok();
  };
  std::int64_t y = 0, m = 0, d = 0;
  LW_RETURN_IF_ERROR(num("year", &y));
  LW_RETURN_IF_ERROR(num("month", &m));
  LW_RETURN_IF_ERROR(num("day", &d));
  std::string shown = std::to_string(y) + "-" + std::to_string(m) + "-" + std::to_string(d);
  if (y == 0) {
    if (m || d) return Status::InvalidArgument(std::string(what) + " " + shown + " has no year");
    return Status::Ok();
  }
  if (y < 1950 || y > 2100 || m < 0 || m > 12 || d < 0 || d > 31 || (d && !m))
    return Status::InvalidArgument(std::string(what) + " " + shown + " is not a date");
  if (m && d) {
    *full = IsoDate(y, m, d);
    if (!*full) return Status::InvalidArgument(std::string(what) + " " + shown + " does not exist");
  } else {
    char buf[16];
    std::snprintf(buf, sizeof buf, m ? "%04d-%02d" : "%04d", static_cast<int>(y),
                  static_cast<int>(m));
    *partial = buf;
  }
  return Status::Ok();
}

std::string IdFor(const std::string& name, const json& j) {
  std::string stem = std::filesystem::path(name).stem().string();
  static const RE2 kUuid(
      "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
  if (RE2::FullMatch(stem, kUuid)) return "vcdb-" + Slug(stem, 64);
  auto id = Str(j, {"incident_id"});
  return "veris-" + Slug(id ? *id : StableHash(j.dump()), 64);
}

Result<store::IngestItem> Map(const std::string& name, std::string_view text, const json& j) {
  if (!j.is_object()) return Status::InvalidArgument("not a JSON object");
  if (!Str(j, {"schema_version"})) return Status::InvalidArgument("no schema_version");
  const json* action = Find(j, {"action"});
  if (!action || !action->is_object()) return Status::InvalidArgument("no action object");

  record::Incident r;
  r.id = IdFor(name, j);
  r.language = record::Language::kEn;

  // action.*.variety -> incident_type; unknown varieties reject the record.
  std::vector<std::pair<std::string, std::string>> actions;
  for (const auto& [cat, body] : action->items()) {
    if (std::find(std::begin(kVerisActions), std::end(kVerisActions), cat) ==
        std::end(kVerisActions))
      return Status::InvalidArgument("unknown action '" + cat + "'");
    const json* v = body.is_object() ? Find(body, {"variety"}) : nullptr;
    if (!v) {
      actions.emplace_back(cat, "");
      continue;
    }
    if (!v->is_array()) return Status::InvalidArgument("action." + cat + ".variety is not a list");
    for (const auto& x : *v) {
      if (!x.is_string() || !IsVerisActionVariety(cat, x.get<std::string>()))
        return Status::InvalidArgument("unknown action." + cat + ".variety " + x.dump());
      actions.emplace_back(cat, x.get<std::string>());
    }
  }
  std::string summary = Str(j, {"summary"}).value_or("");
  r.incident_type = IncidentTypeFromVeris(actions, summary);

  // Victim.
  r.organization.name = Str(j, {"victim", "victim_id"});
  if (auto naics = Str(j, {"victim", "industry"})) r.organization.sector = SectorFromNaics(*naics);
  if (const json* c = Find(j, {"victim", "country"}); c && c->is_array()) {
    for (const auto& x : *c) {
      if (x.is_string() && x.get<std::string>().size() == 2 && x.get<std::string>() != "NA") {
        r.organization.country = x.get<std::string>();
        break;
      }
    }
  }
  r.organization.region = Str(j, {"victim", "state"});

  // Dates.
  std::optional<std::string> partial_incident, partial_notice;
  LW_RETURN_IF_ERROR(ReadDate(j, {"timeline", "incident"}, "timeline.incident", &r.incident_date,
                              &partial_incident));
  LW_RETURN_IF_ERROR(ReadDate(j, {"plus", "timeline", "notification"}, "plus.timeline.notification",
                              &r.announced_date, &partial_notice));
  if (!r.incident_date && !partial_incident)
    return Status::InvalidArgument("timeline.incident.year is missing");
  if (partial_incident)
    r.timeline.push_back({std::nullopt, std::string(kVerisIncidentPartial) + *partial_incident});
  else
    r.timeline.push_back({r.incident_date, "incident"});
  if (partial_notice)
    r.timeline.push_back({std::nullopt, std::string(kVerisNoticePartial) + *partial_notice});
  else if (r.announced_date)
    r.timeline.push_back({r.announced_date, "notification"});

  // Data and counts.
  if (const json* data = Find(j, {"attribute", "confidentiality", "data"})) {
    if (!data->is_array()) return Status::InvalidArgument("confidentiality.data is not a list");
    for (const auto& d : *data) {
      auto v = Str(d, {"variety"});
      const json* raw = Find(d, {"variety"});
      if (raw && (!raw->is_string() || !IsVerisDataVariety(raw->get<std::string>())))
        return Status::InvalidArgument("unknown confidentiality.data variety " + raw->dump());
      if (!v) continue;
      r.data_items_raw.push_back(*v);
      if (auto item = DataItemFromVeris(*v)) r.data_items.push_back(*item);
    }
  }
  record::NormalizeDataItems(r.data_items);
  if (const json* t = Find(j, {"attribute", "confidentiality", "data_total"});
      t && t->is_number_integer() && t->get<std::int64_t>() >= 0)
    r.affected.records = t->get<std::int64_t>();

  // Sources and text.
  if (auto ref = Str(j, {"reference"})) {
    std::string_view rest = *ref;
    while (!rest.empty()) {
      std::size_t p = rest.find("; ");
      std::string_view one = Trim(rest.substr(0, p));
      rest = p == std::string_view::npos ? std::string_view() : rest.substr(p + 2);
      if (one.empty()) continue;
      record::Source s;
      if (one.rfind("http://", 0) == 0 || one.rfind("https://", 0) == 0)
        s.url = std::string(one);
      else
        s.title = std::string(one);
      r.sources.push_back(std::move(s));
    }
  }
  if (!summary.empty()) r.cause = summary;
  r.title = FirstSentence(summary);
  if (r.title.empty()) r.title = r.organization.name.value_or("VERIS incident");

  LW_RETURN_IF_ERROR(record::Validate(r));
  return store::IngestItem{std::move(r), store::Provenance{"veris", name, std::string(text)}};
}

}  // namespace

Result<store::IngestItem> VerisToItem(const std::string& name, std::string_view text) {
  try {
    json j = json::parse(text.begin(), text.end());
    return Map(name, text, j);
  } catch (const json::parse_error& e) {
    return Status::InvalidArgument("malformed JSON at byte " + std::to_string(e.byte));
  } catch (const json::exception& e) {
    return Status::InvalidArgument(std::string("unexpected JSON shape: ") + e.what());
  }
}

}  // namespace leakwatch::interop
