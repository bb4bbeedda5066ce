#include "interop/mappings.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <utility>

namespace leakwatch::interop {

using record::DataItem;
using record::IncidentType;
using record::Sector;

namespace {

struct ActionVariety {
  std::string_view action, variety;
};
constexpr ActionVariety kActionVarieties[] = {
#include "interop/veris_enums.inc"
};

constexpr std::string_view kDataVarieties[] = {"API key",
                                               "Bank",
                                               "Classified",
                                               "Copyrighted",
                                               "Credentials",
                                               "Digital certificate",
                                               "Internal",
                                               "Medical",
                                               "Multi-factor credential",
                                               "Payment",
                                               "Personal",
                                               "Sensitive Personal",
                                               "Secrets",
                                               "Session key",
                                               "Source code",
                                               "System",
                                               "Virtual currency",
                                               "Other",
                                               "Unknown"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Has(std::span<const std::pair<std::string, std::string>> actions, std::string_view action,
         std::string_view variety = {}) {
  return std::any_of(actions.begin(), actions.end(), [&](const auto& p) {
    return p.first == action && (variety.empty() || p.second == variety);
  });
}

}  // namespace

bool IsVerisActionVariety(std::string_view action, std::string_view variety) {
  return std::any_of(
      std::begin(kActionVarieties), std::end(kActionVarieties),
      [&](const ActionVariety& v) { return v.action == action && v.variety == variety; });
}

bool IsVerisDataVariety(std::string_view variety) {
  return std::find(std::begin(kDataVarieties), std::end(kDataVarieties), variety) !=
         std::end(kDataVarieties);
}

IncidentType IncidentTypeFromVeris(std::span<const std::pair<std::string, std::string>> actions,
                                   std::string_view summary) {
  if (Has(actions, "malware", "Ransomware")) return IncidentType::kMalwareRansomware;
  if (Has(actions, "error", "Misdelivery")) {
    std::string s = Lower(summary);
    if (s.find("e-mail") != std::string::npos || s.find("email") != std::string::npos)
      return IncidentType::kMisdeliveryEmail;
    if (s.find("fax") != std::string::npos) return IncidentType::kMisdeliveryFax;
    return IncidentType::kMisdeliveryMail;
  }
  if (Has(actions, "error", "Loss")) return IncidentType::kLoss;
  if (Has(actions, "error", "Publishing error") || Has(actions, "error", "Misconfiguration"))
    return IncidentType::kMisconfigurationExposure;
  if (Has(actions, "error", "Disposal error")) return IncidentType::kImproperDisposal;
  if (Has(actions, "physical", "Theft")) return IncidentType::kTheft;
  if (Has(actions, "misuse")) return IncidentType::kInsiderMisuse;
  if (Has(actions, "hacking") || Has(actions, "malware") || Has(actions, "social"))
    return IncidentType::kUnauthorizedAccess;
  return IncidentType::kOther;
}

std::pair<std::string, std::string> VerisActionFor(IncidentType type) {
  switch (type) {
    case IncidentType::kMisdeliveryMail:
    case IncidentType::kMisdeliveryEmail:
    case IncidentType::kMisdeliveryFax:
      return {"error", "Misdelivery"};
    case IncidentType::kLoss:
      return {"error", "Loss"};
    case IncidentType::kTheft:
      return {"physical", "Theft"};
    case IncidentType::kUnauthorizedAccess:
      return {"hacking", "Unknown"};
    case IncidentType::kMalwareRansomware:
      return {"malware", "Ransomware"};
    case IncidentType::kMisconfigurationExposure:
      return {"error", "Misconfiguration"};
    case IncidentType::kInsiderMisuse:
      return {"misuse", "Unknown"};
    case IncidentType::kImproperDisposal:
      return {"error", "Disposal error"};
    case IncidentType::kOther:
      return {"unknown", ""};
  }
  return {"unknown", ""};
}

std::optional<DataItem> DataItemFromVeris(std::string_view v) {
  if (v == "Unknown") return std::nullopt;
  if (v == "Medical") return DataItem::kHealthInformation;
  if (v == "Credentials" || v == "Multi-factor credential") return DataItem::kPassword;
  if (v == "Payment") return DataItem::kCreditCard;
  if (v == "Bank") return DataItem::kAccountNumber;
  return DataItem::kOther;  // Personal, Sensitive Personal, Internal, Secrets, ...
}

std::string_view VerisDataVarietyFor(DataItem item) {
  switch (item) {
    case DataItem::kHealthInformation:
    case DataItem::kInsuranceNumber:
      return "Medical";
    case DataItem::kPassword:
      return "Credentials";
    case DataItem::kCreditCard:
      return "Payment";
    case DataItem::kAccountNumber:
    case DataItem::kFinancialInformation:
      return "Bank";
    case DataItem::kOther:
      return "Other";
    case DataItem::kMyNumberOrSsn:
    case DataItem::kDriversLicenseOrId:
      return "Sensitive Personal";
    default:
      return "Personal";
  }
}

std::optional<Sector> SectorFromNaics(std::string_view n) {
  if (n.size() < 2 || !std::all_of(n.begin(), n.end(), [](char c) { return std::isdigit(c); }))
    return std::nullopt;
  std::string_view two = n.substr(0, 2);
  if (two == "00") return std::nullopt;
  if (two == "92") return Sector::kGovernment;
  if (two == "62") return Sector::kHealthcare;
  if (two == "61") return Sector::kEducation;
  if (two == "52") return Sector::kFinance;
  if (two == "44" || two == "45") return Sector::kRetail;
  if (n.substr(0, 3) == "517") return Sector::kTelecom;
  if (two == "51" || n.substr(0, 4) == "5415") return Sector::kIt;
  if (two == "31" || two == "32" || two == "33") return Sector::kManufacturing;
  return Sector::kOther;
}

std::string_view NaicsFor(std::optional<Sector> sector) {
  if (!sector) return "000";
  switch (*sector) {
    case Sector::kGovernment:
      return "92";
    case Sector::kHealthcare:
      return "62";
    case Sector::kEducation:
      return "61";
    case Sector::kFinance:
      return "52";
    case Sector::kRetail:
      return "44";
    case Sector::kTelecom:
      return "517";
    case Sector::kIt:
      return "518";
    case Sector::kManufacturing:
      return "31";
    case Sector::kOther:
      return "81";
  }
  return "000";
}

Result<std::optional<Sector>> SectorFromHhsEntityType(std::string_view type) {
  type = Trim(type);
  if (type.empty()) return std::optional<Sector>();
  if (type == "Healthcare Provider" || type == "Health Plan" || type == "Healthcare Clearing House")
    return std::optional<Sector>(Sector::kHealthcare);
  // Business associates are billing, IT and other vendors to covered entities.
  if (type == "Business Associate") return std::optional<Sector>(Sector::kOther);
  return Status::InvalidArgument("unknown Covered Entity Type '" + std::string(type) + "'");
}

Result<IncidentType> IncidentTypeFromHhs(std::string_view types, std::string_view description) {
  // Precedence over a comma-separated list: the most specific cause first.
  static constexpr std::pair<std::string_view, IncidentType> kOrder[] = {
      {"Hacking/IT Incident", IncidentType::kUnauthorizedAccess},
      {"Theft", IncidentType::kTheft},
      {"Loss", IncidentType::kLoss},
      {"Improper Disposal", IncidentType::kImproperDisposal},
      {"Unauthorized Access/Disclosure", IncidentType::kUnauthorizedAccess},
      {"Other", IncidentType::kOther},
      {"Unknown", IncidentType::kOther},
  };
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= types.size()) {
    std::size_t comma = types.find(',', start);
    if (comma == std::string_view::npos) comma = types.size();
    std::string_view p = Trim(types.substr(start, comma - start));
    if (!p.empty()) parts.push_back(p);
    start = comma + 1;
  }
  if (parts.empty()) return Status::InvalidArgument("empty Type of Breach");
  for (auto p : parts) {
    bool known = std::any_of(std::begin(kOrder), std::end(kOrder),
                             [&](const auto& o) { return o.first == p; });
    if (!known) return Status::InvalidArgument("unknown Type of Breach '" + std::string(p) + "'");
  }
  for (const auto& [name, type] : kOrder) {
    if (std::find(parts.begin(), parts.end(), name) == parts.end()) continue;
    if (name == "Hacking/IT Incident" && Lower(description).find("ransomware") != std::string::npos)
      return IncidentType::kMalwareRansomware;
    return type;
  }
  return IncidentType::kOther;
}

Result<std::string> DateFromUsDate(std::string_view mdy) {
  mdy = Trim(mdy);
  int m = 0, d = 0, y = 0;
  char tail = 0;
  std::string s(mdy);
  if (s.size() != 10 || std::sscanf(s.c_str(), "%2d/%2d/%4d%c", &m, &d, &y, &tail) != 3 ||
      s[2] != '/' || s[5] != '/')
    return Status::InvalidArgument("date '" + s + "' is not MM/DD/YYYY");
  auto iso = IsoDate(y, m, d);
  if (!iso) return Status::InvalidArgument("date '" + s + "' does not exist");
  return *iso;
}

std::optional<std::string> IsoDate(std::int64_t y, std::int64_t m, std::int64_t d) {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(y), static_cast<int>(m),
                static_cast<int>(d));
  if (!record::IsIsoDate(buf)) return std::nullopt;
  return std::string(buf);
}

std::string Slug(std::string_view s, std::size_t max) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      out += static_cast<char>(std::tolower(u));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
    if (out.size() >= max) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string StableHash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string_view Trim(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

std::string Utf8Prefix(std::string_view s, std::size_t max) {
  if (s.size() <= max) return std::string(s);
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n));
}

std::string FirstSentence(std::string_view s, std::size_t max) {
  s = Trim(s);
  std::size_t end = s.size();
  for (std::string_view stop : {". ", "\n"}) {
    std::size_t p = s.find(stop);
    if (p != std::string_view::npos && p + 1 < end) end = p + (stop == ". " ? 1 : 0);
  }
  std::string out = Utf8Prefix(s.substr(0, end), max);
  return std::string(Trim(out));
}

}  // namespace leakwatch::interop
