// Exports: JSONL, CSV, VERIS 1.4.1 and the HIBP v3 breach list (docs/export-formats.md).
#include "interop/export.h"

#include <algorithm>
#include <cctype>

#include "interop/csv.h"
#include "interop/import_internal.h"
#include "interop/interop.h"
#include "interop/mappings.h"
#include "record/hibp_breach.h"

namespace leakwatch::interop {

using nlohmann::ordered_json;
using record::DataItem;

std::optional<ExportFormat> ParseExportFormat(std::string_view s) {
  if (s == "jsonl") return ExportFormat::kJsonl;
  if (s == "csv") return ExportFormat::kCsv;
  if (s == "veris") return ExportFormat::kVeris;
  if (s == "hibp") return ExportFormat::kHibp;
  return std::nullopt;
}

std::string_view ContentTypeFor(ExportFormat f) {
  switch (f) {
    case ExportFormat::kJsonl:
      return "application/x-ndjson; charset=utf-8";
    case ExportFormat::kCsv:
      return "text/csv; charset=utf-8; header=present";
    case ExportFormat::kVeris:
    case ExportFormat::kHibp:
      return "application/json; charset=utf-8";
  }
  return "application/octet-stream";
}

const std::vector<std::string>& CsvColumns() {
  static const std::vector<std::string> kColumns = {"id",
                                                    "title",
                                                    "organization_name",
                                                    "sector",
                                                    "country",
                                                    "region",
                                                    "locality",
                                                    "announced_date",
                                                    "incident_date",
                                                    "incident_type",
                                                    "affected_persons",
                                                    "affected_households",
                                                    "affected_records",
                                                    "data_items",
                                                    "cause",
                                                    "source_urls",
                                                    "reports"};
  return kColumns;
}

namespace {

std::string Opt(const std::optional<std::string>& s) { return s.value_or(""); }
std::string Opt(const std::optional<std::int64_t>& n) { return n ? std::to_string(*n) : ""; }

std::string Join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? std::string(sep) : "") + v[i];
  return out;
}

// {year, month?, day?} from "YYYY-MM-DD", "YYYY-MM" or "YYYY".
ordered_json VerisDate(std::string_view d) {
  ordered_json j;
  j["year"] = std::stoi(std::string(d.substr(0, 4)));
  if (d.size() >= 7) j["month"] = std::stoi(std::string(d.substr(5, 2)));
  if (d.size() >= 10) j["day"] = std::stoi(std::string(d.substr(8, 2)));
  return j;
}

// The full date, else the partial one kept in the timeline under `prefix`.
std::optional<std::string> DateOrPartial(const std::optional<std::string>& full,
                                         const record::Incident& r, std::string_view prefix) {
  if (full) return full;
  // Only a well-formed "YYYY" or "YYYY-MM" (any record may carry such a text).
  auto well_formed = [](std::string_view d) {
    if (d.size() != 4 && d.size() != 7) return false;
    for (std::size_t i = 0; i < d.size(); ++i)
      if (i == 4 ? d[i] != '-' : !std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    int month = d.size() == 7 ? std::stoi(std::string(d.substr(5))) : 1;
    return month >= 1 && month <= 12;
  };
  for (const auto& t : r.timeline) {
    if (t.text.rfind(prefix, 0) != 0) continue;
    std::string d = t.text.substr(prefix.size());
    if (well_formed(d)) return d;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> CsvFields(const store::StoredIncident& s) {
  const record::Incident& r = s.incident;
  std::vector<std::string> items, urls;
  for (DataItem d : r.data_items) items.emplace_back(record::ToString(d));
  for (const auto& src : r.sources)
    if (src.url) urls.push_back(*src.url);
  return {r.id,
          r.title,
          Opt(r.organization.name),
          r.organization.sector ? std::string(record::ToString(*r.organization.sector)) : "",
          Opt(r.organization.country),
          Opt(r.organization.region),
          Opt(r.organization.locality),
          Opt(r.announced_date),
          Opt(r.incident_date),
          std::string(record::ToString(r.incident_type)),
          Opt(r.affected.persons),
          Opt(r.affected.households),
          Opt(r.affected.records),
          Join(items, "; "),
          Opt(r.cause),
          Join(urls, "; "),
          Join(s.reports, "; ")};
}

std::optional<ordered_json> ToVeris(const store::StoredIncident& s) {
  const record::Incident& r = s.incident;
  auto incident = DateOrPartial(r.incident_date, r, kVerisIncidentPartial);
  auto notice = DateOrPartial(r.announced_date, r, kVerisNoticePartial);
  if (!incident) incident = notice;
  if (!incident) return std::nullopt;

  ordered_json v;
  v["schema_version"] = "1.4.1";
  v["incident_id"] = r.id;
  v["security_incident"] = "Confirmed";
  v["source_id"] = "leakwatch";
  v["summary"] = r.cause ? *r.cause : r.title;
  std::vector<std::string> urls;
  for (const auto& src : r.sources) {
    if (src.url)
      urls.push_back(*src.url);
    else if (src.title)
      urls.push_back(*src.title);
  }
  if (!urls.empty()) v["reference"] = Join(urls, "; ");
  v["timeline"]["incident"] = VerisDate(*incident);

  ordered_json victim;
  if (r.organization.name) victim["victim_id"] = *r.organization.name;
  victim["industry"] = NaicsFor(r.organization.sector);
  victim["country"] = ordered_json::array({r.organization.country.value_or("Unknown")});
  if (r.organization.region) victim["state"] = *r.organization.region;
  victim["employee_count"] = "Unknown";
  victim["government"] = ordered_json::array({"Unknown"});
  v["victim"] = std::move(victim);

  auto [category, variety] = VerisActionFor(r.incident_type);
  if (variety.empty()) {
    v["action"]["unknown"] = ordered_json::object();
  } else {
    v["action"][category]["variety"] = ordered_json::array({variety});
    v["action"][category]["vector"] = ordered_json::array({"Unknown"});
  }
  v["actor"]["unknown"] = ordered_json::object();
  v["asset"]["assets"] = ordered_json::array({{{"variety", "Unknown"}}});
  v["asset"]["cloud"] = ordered_json::array({"Unknown"});

  // Data varieties: VERIS's own names when the record came from VERIS, else mapped.
  std::vector<std::string> varieties;
  bool raw_is_veris = s.provenance.kind == "veris" &&
                      std::all_of(r.data_items_raw.begin(), r.data_items_raw.end(),
                                  [](const std::string& x) { return IsVerisDataVariety(x); });
  if (raw_is_veris) {
    varieties = r.data_items_raw;
  } else {
    for (DataItem d : r.data_items) {
      std::string name(VerisDataVarietyFor(d));
      if (std::find(varieties.begin(), varieties.end(), name) == varieties.end())
        varieties.push_back(name);
    }
  }
  ordered_json conf;
  conf["data_disclosure"] = "Unknown";
  if (!varieties.empty()) {
    conf["data"] = ordered_json::array();
    for (const auto& x : varieties) conf["data"].push_back({{"variety", x}});
  }
  if (auto n = r.affected.records ? r.affected.records : r.affected.persons)
    conf["data_total"] = *n;
  v["attribute"]["confidentiality"] = std::move(conf);
  v["discovery_method"]["unknown"] = true;

  ordered_json plus;
  plus["master_id"] = r.id;
  if (notice) plus["timeline"]["notification"] = VerisDate(*notice);
  v["plus"] = std::move(plus);
  return v;
}

ordered_json ToHibp(const store::StoredIncident& s) {
  if (s.provenance.kind == "hibp" && s.reports.empty()) {
    try {
      auto j = ordered_json::parse(s.provenance.text);
      if (j.is_object()) return j;
    } catch (const nlohmann::json::exception&) {
      // Fall through to the record's own mapping.
    }
  }
  return record::BreachFromIncident(s.incident, s.updated_at);
}

namespace {

// Calls `fn` for each incident matching `query`, page by page.
Status ForEachMatch(store::Store& store, store::SearchQuery query,
                    const std::function<Status(const store::StoredIncident&)>& fn) {
  query.limit = 1000;
  query.count_total = false;
  query.cursor.clear();
  for (;;) {
    LW_ASSIGN_OR_RETURN(store::SearchPage page, store.Search(query));
    for (const store::SearchHit& hit : page.hits) {
      LW_ASSIGN_OR_RETURN(auto stored, store.Get(hit.incident.id));
      if (stored) LW_RETURN_IF_ERROR(fn(*stored));  // gone since the page was read: skipped
    }
    if (page.next_cursor.empty()) return Status::Ok();
    query.cursor = std::move(page.next_cursor);
  }
}

}  // namespace

Status ExportTo(store::Store& store, ExportFormat format, const ExportOptions& options,
                const std::function<Status(std::string_view)>& sink) {
  const bool array = format == ExportFormat::kVeris || format == ExportFormat::kHibp;
  std::string out;
  auto flush_if_full = [&]() -> Status {
    if (out.size() < options.chunk_bytes) return Status::Ok();
    Status s = sink(out);
    out.clear();
    return s;
  };
  if (format == ExportFormat::kCsv) {
    if (options.bom) out += "\xEF\xBB\xBF";
    out += CsvLine(CsvColumns());
  }
  bool first = true;
  if (array) out += "[";
  auto append_json = [&](const ordered_json& j) {
    out += first ? "\n" : ",\n";
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    first = false;
  };
  auto append = [&](const store::StoredIncident& s) -> Status {
    if (!s.merged_into.empty()) return Status::Ok();
    switch (format) {
      case ExportFormat::kJsonl:
        out += record::ToJsonLine(s.incident) + "\n";
        break;
      case ExportFormat::kCsv:
        out += CsvLine(CsvFields(s));
        break;
      case ExportFormat::kVeris:
        if (auto v = ToVeris(s)) append_json(*v);
        break;
      case ExportFormat::kHibp:
        append_json(ToHibp(s));
        break;
    }
    return flush_if_full();
  };
  if (options.query) {
    LW_RETURN_IF_ERROR(ForEachMatch(store, *options.query, append));
  } else {
    LW_RETURN_IF_ERROR(store.ForEach(append));
  }
  if (array) out += first ? "]\n" : "\n]\n";
  return out.empty() ? Status::Ok() : sink(out);
}

Result<std::string> Export(store::Store& store, ExportFormat format, const ExportOptions& options) {
  std::string doc;
  LW_RETURN_IF_ERROR(ExportTo(store, format, options, [&](std::string_view piece) -> Status {
    if (options.max_bytes != 0 && doc.size() + piece.size() > options.max_bytes)
      return Status::TooLarge("the export is larger than the limit of " +
                              std::to_string(options.max_bytes) + " bytes");
    doc.append(piece);
    return Status::Ok();
  }));
  return doc;
}

}  // namespace leakwatch::interop
