#include "record/hibp_breach.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <ctime>
#include <utility>

#include "util/encoding.h"

namespace leakwatch::record {

namespace {

// The canonical class for each item (forward direction).
constexpr std::array<std::pair<DataItem, std::string_view>, 17> kForward{{
    {DataItem::kName, "Names"},
    {DataItem::kAddress, "Physical addresses"},
    {DataItem::kDateOfBirth, "Dates of birth"},
    {DataItem::kSex, "Genders"},
    {DataItem::kPhone, "Phone numbers"},
    {DataItem::kEmail, "Email addresses"},
    {DataItem::kInsuranceNumber, "Health insurance information"},
    {DataItem::kMyNumberOrSsn, "Government issued IDs"},
    {DataItem::kAccountNumber, "Bank account numbers"},
    {DataItem::kCreditCard, "Credit cards"},
    {DataItem::kPassword, "Passwords"},
    {DataItem::kHealthInformation, "Personal health data"},
    {DataItem::kFinancialInformation, "Financial transactions"},
    {DataItem::kPhoto, "Photos"},
    {DataItem::kSchoolOrGrade, "School grades (class levels)"},
    {DataItem::kEmploymentInformation, "Employers"},
    {DataItem::kDriversLicenseOrId, "Driver's licenses"},
}};

// Further HIBP classes (as in shared/data/hibp/breaches.json) that name the same item.
constexpr std::array<std::pair<std::string_view, DataItem>, 29> kAliases{{
    {"Partial dates of birth", DataItem::kDateOfBirth},
    {"Partial phone numbers", DataItem::kPhone},
    {"Recovery email addresses", DataItem::kEmail},
    {"Social security numbers", DataItem::kMyNumberOrSsn},
    {"Passport numbers", DataItem::kDriversLicenseOrId},
    {"Partial credit card data", DataItem::kCreditCard},
    {"Credit card CVV", DataItem::kCreditCard},
    {"Historical passwords", DataItem::kPassword},
    {"PINs", DataItem::kPassword},
    {"HIV statuses", DataItem::kHealthInformation},
    {"Biometric data", DataItem::kHealthInformation},
    {"Account balances", DataItem::kFinancialInformation},
    {"Credit status information", DataItem::kFinancialInformation},
    {"Financial investments", DataItem::kFinancialInformation},
    {"Income levels", DataItem::kFinancialInformation},
    {"Loan information", DataItem::kFinancialInformation},
    {"Payment histories", DataItem::kFinancialInformation},
    {"Payment methods", DataItem::kFinancialInformation},
    {"Taxation records", DataItem::kFinancialInformation},
    {"Net worths", DataItem::kFinancialInformation},
    {"Profile photos", DataItem::kPhoto},
    {"Avatars", DataItem::kPhoto},
    {"Education levels", DataItem::kSchoolOrGrade},
    {"Job titles", DataItem::kEmploymentInformation},
    {"Occupations", DataItem::kEmploymentInformation},
    {"Employment statuses", DataItem::kEmploymentInformation},
    {"Career levels", DataItem::kEmploymentInformation},
    {"Years of professional experience", DataItem::kEmploymentInformation},
    {"Spouses names", DataItem::kName},
}};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string EscapeHtml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string PercentEncodeSegment(std::string_view s) { return util::PercentEncode(s); }

// "http://www.city.osaka.lg.jp/x" -> "city.osaka.lg.jp"; "" if not a URL.
std::string HostOf(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (auto at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host;
  for (char c : rest) host += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

}  // namespace

std::optional<std::string_view> HibpDataClass(DataItem item) {
  for (const auto& [i, name] : kForward)
    if (i == item) return name;
  return std::nullopt;
}

DataItem DataItemFromHibpClass(std::string_view data_class) {
  data_class = Trim(data_class);
  for (const auto& [i, name] : kForward)
    if (EqualsIgnoreCase(name, data_class)) return i;
  for (const auto& [name, i] : kAliases)
    if (EqualsIgnoreCase(name, data_class)) return i;
  return DataItem::kOther;
}

std::vector<std::string> HibpDataClasses(std::span<const DataItem> items) {
  std::vector<std::string> out;
  for (DataItem i : items)
    if (auto name = HibpDataClass(i)) out.emplace_back(*name);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<DataItem> DataItemsFromHibpClasses(std::span<const std::string> classes) {
  std::vector<DataItem> items;
  for (const auto& c : classes) items.push_back(DataItemFromHibpClass(c));
  NormalizeDataItems(items);
  return items;
}

std::string FormatHibpTimestamp(std::int64_t unix_seconds) {
  return util::FormatUtcTimestamp(unix_seconds);
}

nlohmann::ordered_json BreachFromIncident(const Incident& incident,
                                          std::optional<std::int64_t> modified_unix) {
  using nlohmann::ordered_json;
  const std::optional<std::string> first_url =
      incident.sources.empty() ? std::nullopt : incident.sources.front().url;
  const std::optional<std::string>& breach_date =
      incident.incident_date ? incident.incident_date : incident.announced_date;
  const std::optional<std::string>& added_day =
      incident.announced_date ? incident.announced_date : incident.incident_date;

  ordered_json b;
  b["Name"] = incident.id;
  b["Title"] =
      !incident.title.empty() ? incident.title : incident.organization.name.value_or(incident.id);
  b["Domain"] = first_url ? HostOf(*first_url) : std::string();
  b["BreachDate"] = breach_date ? ordered_json(*breach_date) : ordered_json(nullptr);
  ordered_json added = added_day ? ordered_json(*added_day + "T00:00:00Z") : ordered_json(nullptr);
  b["AddedDate"] = added;
  b["ModifiedDate"] = modified_unix ? ordered_json(FormatHibpTimestamp(*modified_unix)) : added;
  const Affected& a = incident.affected;
  b["PwnCount"] = a.persons ? *a.persons : a.records ? *a.records : a.households.value_or(0);
  std::string text = incident.cause ? *incident.cause : incident.title;
  b["Description"] = EscapeHtml(text) + " <a href=\"/incidents/" +
                     PercentEncodeSegment(incident.id) + "\">leakwatch</a>";
  b["LogoPath"] = "";
  b["Attribution"] = nullptr;
  b["DisclosureUrl"] = first_url ? ordered_json(*first_url) : ordered_json(nullptr);
  b["DataClasses"] = HibpDataClasses(incident.data_items);
  b["IsVerified"] = true;
  b["IsFabricated"] = false;
  b["IsSensitive"] = false;
  b["IsRetired"] = false;
  b["IsSpamList"] = false;
  b["IsMalware"] = incident.incident_type == IncidentType::kMalwareRansomware;
  b["IsSubscriptionFree"] = false;
  b["IsStealerLog"] = false;
  return b;
}

}  // namespace leakwatch::record
