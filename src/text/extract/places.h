// Places in notices: Japanese prefectures, municipalities and wards of
// designated cities found in text (with the gazetteer), places implied by a
// source URL's host (city.osaka.lg.jp -> 大阪市), and US states.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace leakwatch::text {

struct PlaceMention {
  size_t start = 0, end = 0;  // byte range in the searched text
  std::string region;         // prefecture / state; empty when ambiguous
  std::string locality;       // 大阪市西成区, 遠軽町; empty for a prefecture alone
  std::vector<std::string> candidate_regions;  // all prefectures the name could be in
};

// Japanese place names in `text`, left to right, longest match at each
// position; a designated city directly followed by one of its wards becomes
// one mention (大阪市西成区). A name shared by several prefectures gets an
// empty region unless a prefecture written right before it or elsewhere in
// `text` settles it. Linear time. Thread-safe.
std::vector<PlaceMention> FindJpPlaces(std::string_view text);

// The place a host name implies: pref.X.lg.jp -> prefecture, city.X.lg.jp /
// city.X.<pref>.jp -> that city (when the romaji names exactly one). nullopt
// when the URL says nothing about a place. Thread-safe.
std::optional<PlaceMention> PlaceFromUrl(std::string_view url);

// The Japanese prefecture an English text names, as English versions of Japanese releases
// write it: "Shizuoka Prefecture", "Sapporo City, Hokkaido", "Minato-ku, Tokyo", or a city
// alone ("Hamamatsu City") in a text that is plainly about Japan. `region` is the prefecture
// in English ("Shizuoka Prefecture", "Tokyo", "Hokkaido"); nullopt when there is none.
// Thread-safe.
std::optional<PlaceMention> FindJpPrefectureInEnglish(std::string_view text);

// Prefecture `name` as English writes it: "静岡県" -> "Shizuoka Prefecture", "東京都" ->
// "Tokyo", "北海道" -> "Hokkaido"; empty when `name` is no prefecture.
std::string PrefectureInEnglish(std::string_view name);

// US states in `text`: full names ("California") and ", ST" postal codes after
// a city name. Linear time. Thread-safe.
std::vector<PlaceMention> FindUsStates(std::string_view text);

// The first match at or after `pos` of the union of the forms FindUsStates looks for (a
// state's name, ", ST", an AP abbreviation, a form's "State: ST"), as [start, end) in `text`;
// nullopt if there is none. With `scan`, RE2 runs anchored only where a form can start (as
// FindUsStates does); without it, RE2 searches the rest of the text, the reference a test
// holds the first to. Thread-safe.
std::optional<std::pair<size_t, size_t>> NextStateForm(std::string_view text, size_t pos,
                                                       bool scan = true);

}  // namespace leakwatch::text
