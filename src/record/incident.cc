#include "record/incident.h"

#include <algorithm>
#include <array>

namespace leakwatch::record {

namespace {

template <typename E, size_t N>
struct Vocabulary {
  std::array<std::pair<E, std::string_view>, N> entries;

  std::string_view Name(E v) const {
    for (const auto& [e, name] : entries)
      if (e == v) return name;
    return "other";
  }
  std::optional<E> Parse(std::string_view s) const {
    for (const auto& [e, name] : entries)
      if (name == s) return e;
    return std::nullopt;
  }
};

constexpr Vocabulary<Language, 2> kLanguages{{{{Language::kJa, "ja"}, {Language::kEn, "en"}}}};

constexpr Vocabulary<Sector, 9> kSectors{{{
    {Sector::kGovernment, "government"},
    {Sector::kHealthcare, "healthcare"},
    {Sector::kEducation, "education"},
    {Sector::kFinance, "finance"},
    {Sector::kRetail, "retail"},
    {Sector::kTelecom, "telecom"},
    {Sector::kIt, "it"},
    {Sector::kManufacturing, "manufacturing"},
    {Sector::kOther, "other"},
}}};

constexpr Vocabulary<IncidentType, 11> kIncidentTypes{{{
    {IncidentType::kMisdeliveryMail, "misdelivery_mail"},
    {IncidentType::kMisdeliveryEmail, "misdelivery_email"},
    {IncidentType::kMisdeliveryFax, "misdelivery_fax"},
    {IncidentType::kLoss, "loss"},
    {IncidentType::kTheft, "theft"},
    {IncidentType::kUnauthorizedAccess, "unauthorized_access"},
    {IncidentType::kMalwareRansomware, "malware_ransomware"},
    {IncidentType::kMisconfigurationExposure, "misconfiguration_exposure"},
    {IncidentType::kInsiderMisuse, "insider_misuse"},
    {IncidentType::kImproperDisposal, "improper_disposal"},
    {IncidentType::kOther, "other"},
}}};

constexpr Vocabulary<DataItem, 18> kDataItems{{{
    {DataItem::kName, "name"},
    {DataItem::kAddress, "address"},
    {DataItem::kDateOfBirth, "date_of_birth"},
    {DataItem::kSex, "sex"},
    {DataItem::kPhone, "phone"},
    {DataItem::kEmail, "email"},
    {DataItem::kInsuranceNumber, "insurance_number"},
    {DataItem::kMyNumberOrSsn, "my_number_or_ssn"},
    {DataItem::kAccountNumber, "account_number"},
    {DataItem::kCreditCard, "credit_card"},
    {DataItem::kPassword, "password"},
    {DataItem::kHealthInformation, "health_information"},
    {DataItem::kFinancialInformation, "financial_information"},
    {DataItem::kPhoto, "photo"},
    {DataItem::kSchoolOrGrade, "school_or_grade"},
    {DataItem::kEmploymentInformation, "employment_information"},
    {DataItem::kDriversLicenseOrId, "drivers_license_or_id"},
    {DataItem::kOther, "other"},
}}};

template <typename E, size_t N>
std::array<E, N> Values(const Vocabulary<E, N>& v) {
  std::array<E, N> out{};
  for (size_t i = 0; i < N; ++i) out[i] = v.entries[i].first;
  return out;
}

const auto kAllSectors = Values(kSectors);
const auto kAllIncidentTypes = Values(kIncidentTypes);
const auto kAllDataItems = Values(kDataItems);

using Json = nlohmann::json;
using OJson = nlohmann::ordered_json;

template <typename T>
OJson Opt(const std::optional<T>& v) {
  return v ? OJson(*v) : OJson(nullptr);
}

// Field readers: each returns InvalidArgument naming `field` on a type error.
Status Invalid(std::string_view field, std::string_view what) {
  return Status::InvalidArgument("field " + std::string(field) + ": " + std::string(what));
}

Status ReadOptString(const Json& obj, const char* key, std::string_view field,
                     std::optional<std::string>* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    out->reset();
    return Status::Ok();
  }
  if (!it->is_string()) return Invalid(field, "expected a string or null");
  *out = it->get<std::string>();
  return Status::Ok();
}

Status ReadOptDate(const Json& obj, const char* key, std::string_view field,
                   std::optional<std::string>* out) {
  LW_RETURN_IF_ERROR(ReadOptString(obj, key, field, out));
  if (*out && !IsIsoDate(**out)) return Invalid(field, "'" + **out + "' is not a YYYY-MM-DD date");
  return Status::Ok();
}

Status ReadOptCount(const Json& obj, const char* key, std::string_view field,
                    std::optional<std::int64_t>* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    out->reset();
    return Status::Ok();
  }
  if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
    return Invalid(field, "expected a non-negative integer or null");
  *out = it->get<std::int64_t>();
  return Status::Ok();
}

Status ReadStringList(const Json& obj, const char* key, std::string_view field,
                      std::vector<std::string>* out) {
  out->clear();
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_array()) return Invalid(field, "expected a list of strings");
  for (const auto& e : *it) {
    if (!e.is_string()) return Invalid(field, "expected a list of strings");
    out->push_back(e.get<std::string>());
  }
  return Status::Ok();
}

template <typename E, size_t N>
Status ReadEnum(const Json& v, const Vocabulary<E, N>& vocab, std::string_view field, E* out) {
  if (!v.is_string()) return Invalid(field, "expected a string");
  auto parsed = vocab.Parse(v.get_ref<const std::string&>());
  if (!parsed) return Invalid(field, "unknown value '" + v.get<std::string>() + "'");
  *out = *parsed;
  return Status::Ok();
}

}  // namespace

std::string_view ToString(Language v) { return kLanguages.Name(v); }
std::string_view ToString(Sector v) { return kSectors.Name(v); }
std::string_view ToString(IncidentType v) { return kIncidentTypes.Name(v); }
std::string_view ToString(DataItem v) { return kDataItems.Name(v); }
std::optional<Language> ParseLanguage(std::string_view s) { return kLanguages.Parse(s); }
std::optional<Sector> ParseSector(std::string_view s) { return kSectors.Parse(s); }
std::optional<IncidentType> ParseIncidentType(std::string_view s) {
  return kIncidentTypes.Parse(s);
}
std::optional<DataItem> ParseDataItem(std::string_view s) { return kDataItems.Parse(s); }
std::span<const Sector> AllSectors() { return kAllSectors; }
std::span<const IncidentType> AllIncidentTypes() { return kAllIncidentTypes; }
std::span<const DataItem> AllDataItems() { return kAllDataItems; }

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max_day = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max_day;
}

void NormalizeDataItems(std::vector<DataItem>& items) {
  std::sort(items.begin(), items.end(),
            [](DataItem a, DataItem b) { return ToString(a) < ToString(b); });
  items.erase(std::unique(items.begin(), items.end()), items.end());
}

Status Validate(const Incident& r) {
  if (r.id.empty()) return Invalid("id", "must not be empty");
  for (const auto& [field, date] :
       {std::pair{"announced_date", &r.announced_date}, {"incident_date", &r.incident_date}}) {
    if (*date && !IsIsoDate(**date))
      return Invalid(field, "'" + **date + "' is not a YYYY-MM-DD date");
  }
  const auto& c = r.organization.country;
  if (c && (c->size() != 2 || !std::isupper(static_cast<unsigned char>((*c)[0])) ||
            !std::isupper(static_cast<unsigned char>((*c)[1]))))
    return Invalid("organization.country", "'" + *c + "' is not an ISO 3166-1 alpha-2 code");
  for (const auto& [field, n] : {std::pair{"affected.persons", &r.affected.persons},
                                 {"affected.households", &r.affected.households},
                                 {"affected.records", &r.affected.records}}) {
    if (*n && **n < 0) return Invalid(field, "must not be negative");
  }
  for (const auto& [field, s] : {std::pair{"organization.name", &r.organization.name},
                                 {"organization.region", &r.organization.region},
                                 {"organization.locality", &r.organization.locality},
                                 {"cause", &r.cause},
                                 {"contact", &r.contact}}) {
    if (*s && (*s)->empty()) return Invalid(field, "must be null rather than empty");
  }
  for (const auto& [name, span] : r.evidence)
    if (span.start < 0 || span.end < span.start) return Invalid("evidence." + name, "bad span");
  return Status::Ok();
}

OJson ToJson(const Incident& r) {
  OJson j;
  j["schema"] = kSchemaTag;
  j["id"] = r.id;
  j["language"] = ToString(r.language);
  j["title"] = r.title;
  OJson org;
  org["name"] = Opt(r.organization.name);
  org["sector"] = r.organization.sector ? OJson(ToString(*r.organization.sector)) : OJson(nullptr);
  org["country"] = Opt(r.organization.country);
  org["region"] = Opt(r.organization.region);
  org["locality"] = Opt(r.organization.locality);
  j["organization"] = std::move(org);
  j["announced_date"] = Opt(r.announced_date);
  j["incident_date"] = Opt(r.incident_date);
  j["incident_type"] = ToString(r.incident_type);
  j["affected"] = OJson{{"persons", Opt(r.affected.persons)},
                        {"households", Opt(r.affected.households)},
                        {"records", Opt(r.affected.records)}};
  OJson items = OJson::array();
  std::vector<DataItem> sorted = r.data_items;
  NormalizeDataItems(sorted);
  for (DataItem d : sorted) items.push_back(ToString(d));
  j["data_items"] = std::move(items);
  j["data_items_raw"] = r.data_items_raw;
  j["cause"] = Opt(r.cause);
  OJson timeline = OJson::array();
  for (const auto& t : r.timeline)
    timeline.push_back(OJson{{"date", Opt(t.date)}, {"text", t.text}});
  j["timeline"] = std::move(timeline);
  j["response"] = r.response;
  j["prevention"] = r.prevention;
  j["contact"] = Opt(r.contact);
  OJson sources = OJson::array();
  for (const auto& s : r.sources)
    sources.push_back(
        OJson{{"url", Opt(s.url)}, {"title", Opt(s.title)}, {"published", Opt(s.published)}});
  j["sources"] = std::move(sources);
  OJson evidence = OJson::object();
  for (const auto& [name, span] : r.evidence)
    evidence[name] = OJson{{"start", span.start}, {"end", span.end}};
  j["evidence"] = std::move(evidence);
  return j;
}

std::string ToJsonLine(const Incident& r) {
  return ToJson(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Incident> FromJson(const Json& j) {
  if (!j.is_object()) return Status::InvalidArgument("an incident record must be a JSON object");
  Incident r;
  if (auto it = j.find("schema"); it != j.end() && !it->is_null()) {
    if (!it->is_string() || it->get<std::string>() != kSchemaTag)
      return Invalid("schema", "expected \"" + std::string(kSchemaTag) + "\"");
  }
  auto id = j.find("id");
  if (id == j.end() || !id->is_string() || id->get<std::string>().empty())
    return Invalid("id", "required, a non-empty string");
  r.id = id->get<std::string>();
  if (auto it = j.find("language"); it != j.end())
    LW_RETURN_IF_ERROR(ReadEnum(*it, kLanguages, "language", &r.language));
  else
    return Invalid("language", "required");
  if (auto it = j.find("title"); it != j.end() && !it->is_null()) {
    if (!it->is_string()) return Invalid("title", "expected a string");
    r.title = it->get<std::string>();
  }
  if (auto it = j.find("organization"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return Invalid("organization", "expected an object");
    const Json& o = *it;
    LW_RETURN_IF_ERROR(ReadOptString(o, "name", "organization.name", &r.organization.name));
    if (auto s = o.find("sector"); s != o.end() && !s->is_null()) {
      Sector sector = Sector::kOther;
      LW_RETURN_IF_ERROR(ReadEnum(*s, kSectors, "organization.sector", &sector));
      r.organization.sector = sector;
    }
    LW_RETURN_IF_ERROR(
        ReadOptString(o, "country", "organization.country", &r.organization.country));
    LW_RETURN_IF_ERROR(ReadOptString(o, "region", "organization.region", &r.organization.region));
    LW_RETURN_IF_ERROR(
        ReadOptString(o, "locality", "organization.locality", &r.organization.locality));
  }
  LW_RETURN_IF_ERROR(ReadOptDate(j, "announced_date", "announced_date", &r.announced_date));
  LW_RETURN_IF_ERROR(ReadOptDate(j, "incident_date", "incident_date", &r.incident_date));
  if (auto it = j.find("incident_type"); it != j.end())
    LW_RETURN_IF_ERROR(ReadEnum(*it, kIncidentTypes, "incident_type", &r.incident_type));
  else
    return Invalid("incident_type", "required");
  if (auto it = j.find("affected"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return Invalid("affected", "expected an object");
    LW_RETURN_IF_ERROR(ReadOptCount(*it, "persons", "affected.persons", &r.affected.persons));
    LW_RETURN_IF_ERROR(
        ReadOptCount(*it, "households", "affected.households", &r.affected.households));
    LW_RETURN_IF_ERROR(ReadOptCount(*it, "records", "affected.records", &r.affected.records));
  }
  if (auto it = j.find("data_items"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return Invalid("data_items", "expected a list");
    for (const auto& e : *it) {
      DataItem d = DataItem::kOther;
      LW_RETURN_IF_ERROR(ReadEnum(e, kDataItems, "data_items", &d));
      r.data_items.push_back(d);
    }
    NormalizeDataItems(r.data_items);
  }
  LW_RETURN_IF_ERROR(ReadStringList(j, "data_items_raw", "data_items_raw", &r.data_items_raw));
  LW_RETURN_IF_ERROR(ReadOptString(j, "cause", "cause", &r.cause));
  if (auto it = j.find("timeline"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return Invalid("timeline", "expected a list");
    for (const auto& e : *it) {
      if (!e.is_object()) return Invalid("timeline", "expected objects {date, text}");
      TimelineEntry t;
      LW_RETURN_IF_ERROR(ReadOptDate(e, "date", "timeline.date", &t.date));
      auto text = e.find("text");
      if (text == e.end() || !text->is_string()) return Invalid("timeline.text", "required string");
      t.text = text->get<std::string>();
      r.timeline.push_back(std::move(t));
    }
  }
  LW_RETURN_IF_ERROR(ReadStringList(j, "response", "response", &r.response));
  LW_RETURN_IF_ERROR(ReadStringList(j, "prevention", "prevention", &r.prevention));
  LW_RETURN_IF_ERROR(ReadOptString(j, "contact", "contact", &r.contact));
  if (auto it = j.find("sources"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return Invalid("sources", "expected a list");
    for (const auto& e : *it) {
      if (!e.is_object()) return Invalid("sources", "expected objects {url, title, published}");
      Source s;
      LW_RETURN_IF_ERROR(ReadOptString(e, "url", "sources.url", &s.url));
      LW_RETURN_IF_ERROR(ReadOptString(e, "title", "sources.title", &s.title));
      LW_RETURN_IF_ERROR(ReadOptDate(e, "published", "sources.published", &s.published));
      r.sources.push_back(std::move(s));
    }
  }
  if (auto it = j.find("evidence"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return Invalid("evidence", "expected an object");
    for (const auto& [name, v] : it->items()) {
      if (!v.is_object() || !v.contains("start") || !v.contains("end") ||
          !v["start"].is_number_integer() || !v["end"].is_number_integer())
        return Invalid("evidence." + name, "expected {start, end} integers");
      r.evidence[name] = Span{v["start"].get<std::int64_t>(), v["end"].get<std::int64_t>()};
    }
  }
  LW_RETURN_IF_ERROR(Validate(r));
  return r;
}

Result<Incident> ParseJsonReference(std::string_view text) {
  Json j;
  try {
    j = Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InvalidArgument("malformed JSON at byte " + std::to_string(e.byte) + ": " +
                                   std::string(e.what()));
  } catch (const nlohmann::json::exception& e) {  // e.g. out_of_range.406: 1e400
    return Status::InvalidArgument("malformed JSON: " + std::string(e.what()));
  }
  return FromJson(j);
}

}  // namespace leakwatch::record
