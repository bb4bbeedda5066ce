// The incident record (shared/spec/incident.md, schema "leakwatch.incident/1"):
// the contract between the extractor, the store, the API and the exports.
//
// Fields the source does not state are std::nullopt (JSON null) or empty lists;
// never empty strings. JSON conversion is exact: ToJson emits every field the
// spec requires, in the spec's order; FromJson rejects unknown enum values,
// wrong types and malformed dates with a message naming the field.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace leakwatch::record {

inline constexpr std::string_view kSchemaTag = "leakwatch.incident/1";

enum class Language { kJa, kEn };

enum class Sector {
  kGovernment,
  kHealthcare,
  kEducation,
  kFinance,
  kRetail,
  kTelecom,
  kIt,
  kManufacturing,
  kOther,
};

enum class IncidentType {
  kMisdeliveryMail,
  kMisdeliveryEmail,
  kMisdeliveryFax,
  kLoss,
  kTheft,
  kUnauthorizedAccess,
  kMalwareRansomware,
  kMisconfigurationExposure,
  kInsiderMisuse,
  kImproperDisposal,
  kOther,
};

enum class DataItem {
  kName,
  kAddress,
  kDateOfBirth,
  kSex,
  kPhone,
  kEmail,
  kInsuranceNumber,
  kMyNumberOrSsn,
  kAccountNumber,
  kCreditCard,
  kPassword,
  kHealthInformation,
  kFinancialInformation,
  kPhoto,
  kSchoolOrGrade,
  kEmploymentInformation,
  kDriversLicenseOrId,
  kOther,
};

// Wire names ("misdelivery_mail", ...) and their inverses. Parse* return
// nullopt for a name outside the vocabulary.
std::string_view ToString(Language v);
std::string_view ToString(Sector v);
std::string_view ToString(IncidentType v);
std::string_view ToString(DataItem v);
std::optional<Language> ParseLanguage(std::string_view s);
std::optional<Sector> ParseSector(std::string_view s);
std::optional<IncidentType> ParseIncidentType(std::string_view s);
std::optional<DataItem> ParseDataItem(std::string_view s);

// Every value of each vocabulary, in the spec's order.
std::span<const Sector> AllSectors();
std::span<const IncidentType> AllIncidentTypes();
std::span<const DataItem> AllDataItems();

// True if `s` is a valid calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view s);

struct Organization {
  std::optional<std::string> name;
  std::optional<Sector> sector;
  std::optional<std::string> country;  // ISO 3166-1 alpha-2
  std::optional<std::string> region;   // prefecture / state as written
  std::optional<std::string> locality;
  bool operator==(const Organization&) const = default;
};

struct Affected {
  std::optional<std::int64_t> persons;
  std::optional<std::int64_t> households;
  std::optional<std::int64_t> records;
  bool operator==(const Affected&) const = default;
};

struct TimelineEntry {
  std::optional<std::string> date;  // YYYY-MM-DD
  std::string text;
  bool operator==(const TimelineEntry&) const = default;
};

struct Source {
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;  // YYYY-MM-DD
  bool operator==(const Source&) const = default;
};

// Byte offsets [start, end) into the NFKC-normalised source text.
struct Span {
  std::int64_t start = 0;
  std::int64_t end = 0;
  bool operator==(const Span&) const = default;
};

struct Incident {
  std::string id;
  Language language = Language::kJa;
  std::string title;
  Organization organization;
  std::optional<std::string> announced_date;
  std::optional<std::string> incident_date;
  IncidentType incident_type = IncidentType::kOther;
  Affected affected;
  std::vector<DataItem> data_items;  // sorted by wire name, no duplicates
  std::vector<std::string> data_items_raw;
  std::optional<std::string> cause;
  std::vector<TimelineEntry> timeline;
  std::vector<std::string> response;
  std::vector<std::string> prevention;
  std::optional<std::string> contact;
  std::vector<Source> sources;
  std::map<std::string, Span> evidence;
  bool operator==(const Incident&) const = default;
};

// Sorts data_items by wire name and removes duplicates (the spec's order).
void NormalizeDataItems(std::vector<DataItem>& items);

// Checks the invariants the schema states (id non-empty, dates YYYY-MM-DD,
// country two upper-case letters, counts >= 0). Returns InvalidArgument
// naming the first offending field.
Status Validate(const Incident& incident);

// The record as JSON, every field present, in the spec's order.
nlohmann::ordered_json ToJson(const Incident& incident);
// One line of compact JSON (UTF-8, no trailing newline).
std::string ToJsonLine(const Incident& incident);

// Parses a record. Returns InvalidArgument ("field incident_type: unknown
// value 'x'") for wrong types, unknown enum values and bad dates; missing
// optional fields read as null / empty. Requires schema == kSchemaTag when present.
Result<Incident> FromJson(const nlohmann::json& j);
// Parses one JSON text. Error messages carry the byte offset of a syntax error.
// Reads with simdjson (incident_reader.cc) and gives exactly what
// ParseJsonReference gives: the same record, or the same error message (a
// text simdjson rejects, or one with a construct the fast reader does not
// handle, is read by the reference reader).
Result<Incident> ParseJson(std::string_view text);
// The reference reader: nlohmann's parser, then FromJson.
Result<Incident> ParseJsonReference(std::string_view text);
// ParseJson's fast reader alone: nullopt where it steps aside.
std::optional<Result<Incident>> ParseJsonFast(std::string_view text);

}  // namespace leakwatch::record
