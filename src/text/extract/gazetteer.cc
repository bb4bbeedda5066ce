#include "text/extract/gazetteer.h"

namespace leakwatch::text {

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t pos = 0;
  for (;;) {
    size_t t = line.find('\t', pos);
    f.push_back(line.substr(pos, t == std::string_view::npos ? std::string_view::npos : t - pos));
    if (t == std::string_view::npos) break;
    pos = t + 1;
  }
  return f;
}

template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line[0] != '#') fn(SplitTabs(line));
    pos = nl + 1;
  }
}

}  // namespace

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* g = new Gazetteer();
  return *g;
}

Gazetteer::Gazetteer() {
  ForEachLine(kGazetteerJpTsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() < 5) return;
    if (f[1].empty()) {
      prefectures_[std::string(f[0])] = std::string(f[4]);
      return;
    }
    entries_.push_back(
        {std::string(f[0]), std::string(f[1]), std::string(f[3]), std::string(f[4])});
  });
  for (const JpMunicipality& e : entries_) {
    by_name_[e.ward.empty() ? e.municipality : e.ward].push_back(&e);
  }
  ForEachLine(kGazetteerUsTsv, [&](const std::vector<std::string_view>& f) {
    if (f.size() >= 2) us_.push_back({std::string(f[0]), std::string(f[1])});
  });
}

const std::vector<const JpMunicipality*>& Gazetteer::ByName(std::string_view name) const {
  static const std::vector<const JpMunicipality*> kNone;
  auto it = by_name_.find(name);
  return it == by_name_.end() ? kNone : it->second;
}

const JpMunicipality* Gazetteer::Ward(std::string_view city, std::string_view ward) const {
  for (const JpMunicipality* e : ByName(ward))
    if (e->municipality == city) return e;
  return nullptr;
}

bool Gazetteer::IsPrefecture(std::string_view name) const {
  return prefectures_.find(name) != prefectures_.end();
}

std::string Gazetteer::PrefectureByRomaji(std::string_view romaji) const {
  for (const auto& [name, r] : prefectures_)
    if (r == romaji) return name;
  return "";
}

std::string Gazetteer::PrefectureRomaji(std::string_view name) const {
  const auto it = prefectures_.find(name);
  return it == prefectures_.end() ? "" : it->second;
}

std::vector<const JpMunicipality*> Gazetteer::CitiesByRomaji(std::string_view romaji) const {
  std::vector<const JpMunicipality*> out;
  for (const JpMunicipality& e : entries_)
    if (e.ward.empty() && e.romaji == romaji) out.push_back(&e);
  return out;
}

const UsState* Gazetteer::UsStateByCode(std::string_view code) const {
  for (const UsState& s : us_)
    if (s.code == code) return &s;
  return nullptr;
}

}  // namespace leakwatch::text
