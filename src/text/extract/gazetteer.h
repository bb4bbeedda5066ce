// The gazetteer: every Japanese prefecture, municipality and ward of a
// designated city, and every US state (data/gazetteer/*.tsv, derived by
// scripts/derive-gazetteer). The TSV files are embedded into the binary at
// build time (CMake turns them into gazetteer_data.cc), so there is no file to
// find at run time and the data always matches the code.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace leakwatch::text {

struct JpMunicipality {
  std::string prefecture;    // 大阪府
  std::string municipality;  // 大阪市 / 遠軽町 / 千代田区 (Tokyo special ward)
  std::string ward;          // 西成区 for a designated city's ward, else empty
  std::string romaji;        // "osaka" (cities only), for lg.jp host names
};

struct UsState {
  std::string name;  // California
  std::string code;  // CA
};

// Hash for looking std::string keys up by std::string_view (no copy).
struct GazetteerNameHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

class Gazetteer {
 public:
  // The embedded gazetteer, parsed once on first use. Thread-safe.
  static const Gazetteer& Get();

  // Entries whose municipality (or ward) name is exactly `name`: several when
  // the name is shared (府中市 in 東京都 and 広島県). Empty when unknown.
  const std::vector<const JpMunicipality*>& ByName(std::string_view name) const;
  // The ward entry for `city` + `ward` (大阪市 + 西成区), or nullptr.
  const JpMunicipality* Ward(std::string_view city, std::string_view ward) const;
  bool IsPrefecture(std::string_view name) const;
  // Prefecture whose romaji is `romaji` ("osaka" -> 大阪府), or empty.
  std::string PrefectureByRomaji(std::string_view romaji) const;
  // The romaji of prefecture `name` ("静岡県" -> "shizuoka"), or empty.
  std::string PrefectureRomaji(std::string_view name) const;
  // Cities whose romaji is `romaji` (no wards).
  std::vector<const JpMunicipality*> CitiesByRomaji(std::string_view romaji) const;
  const std::vector<UsState>& UsStates() const { return us_; }
  const UsState* UsStateByCode(std::string_view code) const;

  size_t municipality_count() const { return entries_.size(); }
  size_t prefecture_count() const { return prefectures_.size(); }

 private:
  Gazetteer();
  std::vector<JpMunicipality> entries_;
  std::unordered_map<std::string, std::vector<const JpMunicipality*>, GazetteerNameHash,
                     std::equal_to<>>
      by_name_;
  std::unordered_map<std::string, std::string, GazetteerNameHash, std::equal_to<>>
      prefectures_;  // name -> romaji
  std::vector<UsState> us_;
};

// The embedded TSV texts (generated gazetteer_data.cc).
extern const char* const kGazetteerJpTsv;
extern const char* const kGazetteerUsTsv;

}  // namespace leakwatch::text
