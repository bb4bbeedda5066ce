// The mapping between leakwatch incident records and Have I Been Pwned's
// breach model (shared/spec/hibp-compat.md): data items <-> HIBP data-class
// names, and an incident as a v3 breach object.
//
// Pure functions over values; thread-safe; no I/O.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "record/incident.h"

namespace leakwatch::record {

// HIBP's data-class name for an item ("Email addresses" for kEmail, ...).
// Returns nullopt for kOther: HIBP has no catch-all class, so `other` is left
// out of a breach's DataClasses.
std::optional<std::string_view> HibpDataClass(DataItem item);

// The item an HIBP data class stands for. Exact names as HIBP writes them,
// compared case-insensitively after trimming; several classes may map to one
// item ("Partial credit card data" -> kCreditCard). Unknown classes -> kOther.
// For every item but kOther, DataItemFromHibpClass(*HibpDataClass(i)) == i.
DataItem DataItemFromHibpClass(std::string_view data_class);

// The DataClasses list for `items`: each mapped name once, sorted as HIBP
// sorts them (byte order), kOther omitted.
std::vector<std::string> HibpDataClasses(std::span<const DataItem> items);

// The sorted, de-duplicated items for a list of HIBP data classes (unknown
// classes give kOther once).
std::vector<DataItem> DataItemsFromHibpClasses(std::span<const std::string> classes);

// An incident as an HIBP v3 breach, PascalCase fields in the contract's order:
//   Name          incident id
//   Title         title (organization name when the title is empty)
//   Domain        host of the first source URL without "www.", else ""
//   BreachDate    incident_date, else announced_date, else null
//   AddedDate     announced_date (else incident_date) at 00:00:00Z, else null
//   ModifiedDate  `modified_unix` as YYYY-MM-DDTHH:MM:SSZ when given, else AddedDate
//   PwnCount      affected persons, else records, else households, else 0
//   Description   HTML-escaped cause (else title) and a link to /incidents/{id}
//   LogoPath      ""
//   Attribution   null
//   DisclosureUrl first source URL, else null
//   DataClasses   HibpDataClasses(data_items)
//   IsVerified    true (incidents come from the organisation's own notice)
//   IsMalware     true for malware_ransomware; the other Is* flags false.
nlohmann::ordered_json BreachFromIncident(const Incident& incident,
                                          std::optional<std::int64_t> modified_unix = std::nullopt);

// Unix seconds as "YYYY-MM-DDTHH:MM:SSZ" (UTC).
std::string FormatHibpTimestamp(std::int64_t unix_seconds);

}  // namespace leakwatch::record
