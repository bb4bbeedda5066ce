// Page language (Japanese / English) and the bilingual label table.
//
// The language is chosen by, in order: a `?lang=ja|en` link (which also sets a
// `lang` cookie so the choice sticks), a `lang` cookie, the Accept-Language
// header (first of ja/en by q-value), else Japanese. Every label exists in
// both languages (i18n_test checks the whole table). Pure functions over
// static tables: thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "api/handler.h"
#include "record/incident.h"

namespace leakwatch::web {

enum class Lang { kJa, kEn };

// "ja" / "en": the `lang` attribute and parameter value.
std::string_view LangCode(Lang lang);
// The other language (for the switch link).
Lang OtherLang(Lang lang);

struct LangChoice {
  Lang lang = Lang::kJa;
  bool from_link = false;  // chosen by ?lang=: the response should set the cookie
};

// Chooses the page language for `request` (see above). Unknown values of the
// parameter or cookie are ignored, never an error.
LangChoice ChooseLang(const api::Request& request);

// Adds `Set-Cookie: lang=..` to `response` when `choice.from_link`.
void ApplyLangCookie(const LangChoice& choice, api::Response* response);

// The label for `key` in `lang`. Returns `key` itself for an unknown key (a
// bug that i18n_test catches for the keys the pages use).
std::string_view Label(std::string_view key, Lang lang);
// True if `key` is in the table.
bool HasLabel(std::string_view key);
struct LabelEntry {
  std::string_view key, ja, en;
};
// Every entry of the table.
std::span<const LabelEntry> AllLabels();

// `ja` or `en` by language: for one-off strings outside the table.
inline std::string_view Pick(Lang lang, std::string_view ja, std::string_view en) {
  return lang == Lang::kJa ? ja : en;
}

// Display names of the record vocabularies in `lang`.
std::string_view TypeLabel(record::IncidentType type, Lang lang);
std::string_view SectorLabel(record::Sector sector, Lang lang);
std::string_view ItemLabel(record::DataItem item, Lang lang);
// Same for a wire name ("loss", "healthcare", "name"); the name itself if unknown.
std::string TypeLabel(std::string_view wire, Lang lang);
std::string SectorLabel(std::string_view wire, Lang lang);
std::string ItemLabel(std::string_view wire, Lang lang);

// A count with thousands separators ("12,345").
std::string FormatCount(std::int64_t n);

}  // namespace leakwatch::web
