// Vocabulary mappings between leakwatch's record and the VERIS, HHS and NAICS
// vocabularies, plus small helpers the importers share. Pure functions over
// values; thread-safe; no I/O. The tables are documented in docs/import-formats.md.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "record/incident.h"

namespace leakwatch::interop {

// --- VERIS -----------------------------------------------------------------
// The VERIS action categories leakwatch reads.
inline constexpr std::string_view kVerisActions[] = {
    "hacking", "malware", "social", "error", "misuse", "physical", "environmental", "unknown"};

// True if `variety` is a known value of action.<action>.variety in VERIS 1.3.x
// or 1.4.x (e.g. "MitM" from 1.3 and "AitM" from 1.4 are both known).
bool IsVerisActionVariety(std::string_view action, std::string_view variety);
// True if `variety` is a known attribute.confidentiality.data[].variety.
bool IsVerisDataVariety(std::string_view variety);

// The incident type for a set of (action, variety) pairs. Precedence:
// ransomware, then the error varieties (Misdelivery, Loss, Publishing error,
// Misconfiguration, Disposal error), physical Theft, misuse, hacking, other
// malware and social (intrusion), else kOther. `summary` picks the misdelivery
// channel ("e-mail"/"email" -> email, "fax" -> fax, else mail).
record::IncidentType IncidentTypeFromVeris(
    std::span<const std::pair<std::string, std::string>> actions, std::string_view summary);
// The (action, variety) that exports an incident type to VERIS 1.4.1.
std::pair<std::string, std::string> VerisActionFor(record::IncidentType type);

// The data item a VERIS data variety stands for; nullopt for "Unknown".
std::optional<record::DataItem> DataItemFromVeris(std::string_view variety);
// The VERIS 1.4.1 data variety for an item ("Personal" for name, address, ...).
std::string_view VerisDataVarietyFor(record::DataItem item);

// The sector for a NAICS code given as a string ("524126"); nullopt for an
// empty, unknown ("000") or malformed code.
std::optional<record::Sector> SectorFromNaics(std::string_view naics);
// A NAICS sector prefix valid in VERIS 1.4.1 for a sector ("62" for healthcare).
std::string_view NaicsFor(std::optional<record::Sector> sector);

// --- HHS -------------------------------------------------------------------
// Entity type -> sector. Returns InvalidArgument for an unknown value; an empty
// value gives nullopt.
Result<std::optional<record::Sector>> SectorFromHhsEntityType(std::string_view type);
// "Type of Breach" (possibly several, comma-separated) -> incident type.
// InvalidArgument names an unknown value. `description` refines
// "Hacking/IT Incident" to ransomware when it says so.
Result<record::IncidentType> IncidentTypeFromHhs(std::string_view types,
                                                 std::string_view description);
// "MM/DD/YYYY" -> "YYYY-MM-DD"; InvalidArgument for anything else or an
// impossible date.
Result<std::string> DateFromUsDate(std::string_view mdy);

// --- helpers ---------------------------------------------------------------
// "YYYY-MM-DD" if the parts form a valid date, else nullopt.
std::optional<std::string> IsoDate(std::int64_t y, std::int64_t m, std::int64_t d);
// Lower-case ASCII slug of `s` (runs of other bytes become one '-'), at most `max` bytes.
std::string Slug(std::string_view s, std::size_t max = 40);
// 64-bit FNV-1a of `s` as 16 hex digits: a stable (not secure) content key.
std::string StableHash(std::string_view s);
// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);
// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
std::string Utf8Prefix(std::string_view s, std::size_t max);
// The first sentence of `s` (up to ". ", "\n" or `max` bytes), trimmed.
std::string FirstSentence(std::string_view s, std::size_t max = 160);

}  // namespace leakwatch::interop
