// HHS breach portal CSV row -> incident record (docs/import-formats.md, "hhs").
#include <charconv>

#include "interop/import_internal.h"
#include "interop/mappings.h"
#include "text/extract.h"

namespace leakwatch::interop {

using record::IncidentType;

namespace {

constexpr std::string_view kPortalUrl = "https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf";

// An empty count is "not stated" (null); anything else must be a number.
Result<std::optional<std::int64_t>> ParseCount(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return std::optional<std::int64_t>();
  std::string digits;
  for (char c : s) {
    if (c == ',') continue;
    digits += c;
  }
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (digits.empty() || ec != std::errc() || p != digits.data() + digits.size() || n < 0)
    return Status::InvalidArgument("Individuals Affected '" + std::string(s) + "' is not a count");
  return std::optional<std::int64_t>(n);
}

bool IsMisdelivery(IncidentType t) {
  return t == IncidentType::kMisdeliveryMail || t == IncidentType::kMisdeliveryEmail ||
         t == IncidentType::kMisdeliveryFax;
}

}  // namespace

Result<HhsRow> ParseHhsRow(const std::vector<std::string>& f, const std::string& name,
                           std::string verbatim) {
  constexpr std::size_t kColumns = std::size(kHhsColumns);
  if (f.size() != kColumns)
    return Status::InvalidArgument("expected " + std::to_string(kColumns) + " fields, found " +
                                   std::to_string(f.size()));
  std::string entity(Trim(f[0]));
  if (entity.empty()) return Status::InvalidArgument("empty Name of Covered Entity");
  std::string_view description = Trim(f[8]);

  record::Incident r;
  r.language = record::Language::kEn;
  r.organization.name = entity;
  LW_ASSIGN_OR_RETURN(r.organization.sector, SectorFromHhsEntityType(f[2]));
  r.organization.country = "US";
  if (auto st = Trim(f[1]); !st.empty()) r.organization.region = std::string(st);
  LW_ASSIGN_OR_RETURN(r.affected.persons, ParseCount(f[3]));
  LW_ASSIGN_OR_RETURN(r.announced_date, DateFromUsDate(f[4]));
  if (!Trim(f[5]).empty()) {  // an empty Type of Breach is "not stated": kOther
    LW_ASSIGN_OR_RETURN(r.incident_type, IncidentTypeFromHhs(f[5], description));
  }
  std::string_view location = Trim(f[6]);
  r.title = entity + ": " + std::string(Trim(f[5]));
  if (!location.empty()) r.title += " (" + std::string(location) + ")";
  r.timeline.push_back({r.announced_date, "reported to HHS OCR"});
  r.sources.push_back({std::string(kPortalUrl), "HHS OCR breach portal", r.announced_date});
  // Same row -> same id; a row differing in any field (a longer description, a
  // changed count) is another report of the breach, which dedupe links.
  std::string key;
  for (const auto& field : f) key += field + "\x1f";
  r.id = "hhs-" + *r.announced_date + "-" + Slug(entity, 40) + "-" + StableHash(key).substr(0, 8);

  HhsRow row;
  row.description = std::string(description);
  row.breach_type = std::string(Trim(f[5]));
  if (!description.empty()) r.cause = row.description;
  row.record = std::move(r);
  row.provenance = store::Provenance{"hhs", name, std::move(verbatim)};
  return row;
}

text::ExtractInput HhsExtractInput(const HhsRow& row) {
  text::ExtractOptions opts;
  opts.language = record::Language::kEn;
  opts.file_name = row.provenance.name;
  return {row.description, opts};
}

Result<store::IngestItem> FinishHhsRow(HhsRow row, const text::ExtractResult* extracted) {
  record::Incident& r = row.record;
  if (extracted != nullptr) {
    const record::Incident& e = extracted->incident;
    r.data_items = e.data_items;
    r.data_items_raw = e.data_items_raw;
    if (e.cause) r.cause = e.cause;
    r.prevention = e.prevention;
    r.response = e.response;
    // "Unauthorized Access/Disclosure" covers misdirected mail and e-mail: the
    // description says which. A hacking report stays unauthorized_access.
    if (row.breach_type == "Unauthorized Access/Disclosure" && IsMisdelivery(e.incident_type))
      r.incident_type = e.incident_type;
  }
  record::NormalizeDataItems(r.data_items);
  LW_RETURN_IF_ERROR(record::Validate(r));
  return store::IngestItem{std::move(r), std::move(row.provenance)};
}

}  // namespace leakwatch::interop
