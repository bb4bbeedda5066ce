#include "text/extract/places.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <set>

#include "text/extract/common.h"
#include "text/extract/gazetteer.h"

namespace leakwatch::text {

namespace {

bool IsPlaceSuffix(std::string_view ch) {
  if (ch.size() != 3) return false;  // all eight are 3-byte characters
  const uint32_t code = static_cast<uint32_t>(static_cast<unsigned char>(ch[0])) << 16 |
                        static_cast<uint32_t>(static_cast<unsigned char>(ch[1])) << 8 |
                        static_cast<unsigned char>(ch[2]);
  switch (code) {  // UTF-8 of 都 道 府 県 市 区 町 村
    case 0xE983BD:
    case 0xE98193:
    case 0xE5BA9C:
    case 0xE79C8C:
    case 0xE5B882:
    case 0xE58CBA:
    case 0xE794BA:
    case 0xE69D91:
      return true;
    default:
      return false;
  }
}

constexpr size_t CharLen(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

// For each lead byte: CharLen, plus kSuffixLead if a place suffix can start
// with it (every suffix is a 3-byte character led by E5, E6, E7 or E9). One
// lookup per character instead of a chain of tests.
constexpr std::uint8_t kSuffixLead = 8;
constexpr auto kLeadInfo = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = static_cast<std::uint8_t>(CharLen(static_cast<unsigned char>(c)) |
                                     (c >= 0xE5 && c != 0xE8 && c < 0xF0 ? kSuffixLead : 0));
  return t;
}();

void Settle(PlaceMention* m, const std::set<std::string>& prefs_in_text) {
  if (m->candidate_regions.size() == 1) {
    m->region = m->candidate_regions[0];
    return;
  }
  std::string hit;
  for (const std::string& r : m->candidate_regions)
    if (prefs_in_text.count(r)) {
      if (!hit.empty()) return;  // still ambiguous
      hit = r;
    }
  m->region = hit;
}

}  // namespace

std::vector<PlaceMention> FindJpPlaces(std::string_view text) {
  const Gazetteer& gz = Gazetteer::Get();
  constexpr size_t kMaxChars = 8;  // a power of two: `ring` is indexed modulo it
  // Start offsets of the last kMaxChars characters: character n (0-based)
  // starts at ring[n % kMaxChars]; after `chars` characters the i-th oldest of
  // the `held` = min(chars, kMaxChars) is character chars - held + i.
  std::array<size_t, kMaxChars> ring{};
  size_t chars = 0;
  std::vector<PlaceMention> out;
  std::set<std::string> prefs_in_text;
  size_t pos = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < text.size()) {
    const std::uint8_t info = kLeadInfo[bytes[pos]];
    const size_t len = std::min<size_t>(info & 7, text.size() - pos);
    ring[chars++ % kMaxChars] = pos;
    const bool may_be_suffix = (info & kSuffixLead) != 0 && len == 3;
    const size_t at = pos;
    pos += len;
    if (!may_be_suffix || !IsPlaceSuffix(text.substr(at, 3)) || chars < 2) continue;
    const size_t held = std::min(chars, kMaxChars);
    // Longest name ending here (at least two characters), not overlapping the previous mention.
    for (size_t i = 0; i + 1 < held; ++i) {
      size_t s = ring[(chars - held + i) % kMaxChars];
      if (!out.empty() && s < out.back().end) continue;
      std::string_view name = text.substr(s, pos - s);
      PlaceMention m;
      m.start = s, m.end = pos;
      if (gz.IsPrefecture(name)) {
        m.region = std::string(name);
        m.candidate_regions = {m.region};
        prefs_in_text.insert(m.region);
        out.push_back(m);
        break;
      }
      const auto& hits = gz.ByName(name);
      if (hits.empty()) continue;
      // A ward right after its designated city: merge (大阪市 + 西成区).
      if (!out.empty() && out.back().end == s && !out.back().locality.empty()) {
        if (const JpMunicipality* w = gz.Ward(out.back().locality, name)) {
          out.back().end = pos;
          out.back().locality = w->municipality + w->ward;
          out.back().region = w->prefecture;
          out.back().candidate_regions = {w->prefecture};
          break;
        }
      }
      std::set<std::string> regions;
      for (const JpMunicipality* e : hits) regions.insert(e->prefecture);
      m.candidate_regions.assign(regions.begin(), regions.end());
      m.locality = hits[0]->ward.empty() ? hits[0]->municipality
                   : hits.size() == 1    ? hits[0]->municipality + hits[0]->ward
                                         : std::string(name);
      // A prefecture written right before settles the name (北海道森町).
      if (!out.empty() && out.back().end == s && out.back().locality.empty() &&
          regions.count(out.back().region)) {
        m.candidate_regions = {out.back().region};
      }
      out.push_back(m);
      break;
    }
  }
  for (PlaceMention& m : out)
    if (!m.locality.empty()) Settle(&m, prefs_in_text);
  return out;
}

std::string PrefectureInEnglish(std::string_view name) {
  std::string r = Gazetteer::Get().PrefectureRomaji(name);
  if (r.empty()) return r;
  r[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(r[0])));
  return r == "Tokyo" || r == "Hokkaido" ? r : r + " Prefecture";
}

std::optional<PlaceMention> FindJpPrefectureInEnglish(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const Gazetteer& g = Gazetteer::Get();
  // "Hyōgo", "Kōchi", "Ōita": romaji as the gazetteer keeps it, lower case without macrons.
  auto romaji = [](std::string_view word) {
    std::string out;
    for (size_t i = 0; i < word.size(); ++i) {
      const std::string_view rest = word.substr(i);
      if (rest.starts_with("ō") || rest.starts_with("Ō")) {
        out.push_back('o'), i += 1;
      } else if (rest.starts_with("ū") || rest.starts_with("Ū")) {
        out.push_back('u'), i += 1;
      } else {
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(word[i]))));
      }
    }
    return out;
  };
  auto mention = [&](re2::StringPiece m, std::string_view prefecture) {
    PlaceMention p;
    p.start = static_cast<size_t>(m.data() - text.data());
    p.end = p.start + m.size();
    p.region = PrefectureInEnglish(prefecture);
    p.candidate_regions = {p.region};
    return p;
  };
  const re2::StringPiece input(text.data(), text.size());
  // "Shizuoka Prefecture"; "Hokkaido"; an address's ward or city, then its prefecture
  // ("Minato-ku, Tokyo", "Kita-ku, Osaka").
  static const RE2 named(
      "\\b((?:[A-Z]|Ō)(?:[a-z]|ō|ū)+) Prefecture\\b|\\b(Hokkaid(?:o|ō))\\b|"
      "-(?:ku|shi|cho|machi|gun), ((?:[A-Z]|Ō)(?:[a-z]|ō|ū)+)\\b");
  // (Each regex only where its fixed words occur: most English notices name no prefecture.)
  const bool may_name = ContainsAny(
      text, {"Prefecture", "Hokkaid", "-ku, ", "-shi, ", "-cho, ", "-machi, ", "-gun, "});
  re2::StringPiece rest = input, a, b, c;
  while (may_name && RE2::FindAndConsume(&rest, named, &a, &b, &c)) {
    const re2::StringPiece m = a.data() ? a : b.data() ? b : c;
    const std::string prefecture =
        g.PrefectureByRomaji(romaji(std::string_view(m.data(), m.size())));
    if (!prefecture.empty()) return mention(m, prefecture);
  }
  // "Hamamatsu City", a city the gazetteer knows by one romaji only, in a text that is
  // about Japan.
  static const RE2 japan("Japan|Reiwa|Heisei|Prefectur|-ku\\b|\\.jp\\b");
  // (" City" found by its C: a memchr for its space would stop at every word.)
  if (FindByByte(text, " City", 1) == std::string_view::npos || !RE2::PartialMatch(input, japan))
    return std::nullopt;
  static const RE2 city("\\b((?:[A-Z]|Ō)(?:[a-z]|ō|ū)+) City\\b");
  rest = input;
  while (RE2::FindAndConsume(&rest, city, &a)) {
    const std::vector<const JpMunicipality*> cities =
        g.CitiesByRomaji(romaji(std::string_view(a.data(), a.size())));
    if (cities.size() == 1) return mention(a, cities[0]->prefecture);
  }
  return std::nullopt;
}

std::optional<PlaceMention> PlaceFromUrl(std::string_view url) {
  std::string h = AsciiLower(UrlHost(url));
  if (h.starts_with("www.")) h.erase(0, 4);
  std::vector<std::string> labels;
  size_t pos = 0;
  for (;;) {
    size_t dot = h.find('.', pos);
    labels.push_back(h.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos));
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  if (labels.size() < 3 || labels.back() != "jp") return std::nullopt;
  const Gazetteer& gz = Gazetteer::Get();
  // Find "pref" or "city" followed by the romaji name.
  for (size_t i = 0; i + 2 < labels.size(); ++i) {
    const std::string& kind = labels[i];
    const std::string& name = labels[i + 1];
    // (metro.tokyo.lg.jp, and its bureaus' hosts, fukushi.metro.tokyo.lg.jp: Tokyo, the
    // metropolis as a prefecture.)
    if (kind == "pref" || (kind == "metro" && name == "tokyo")) {
      std::string p = gz.PrefectureByRomaji(name);
      if (p.empty()) return std::nullopt;
      PlaceMention m;
      m.region = p;
      m.candidate_regions = {p};
      return m;
    }
    // town.X.<pref>.jp, vill.X.<pref>.jp: the gazetteer has no romaji for towns
    // and villages, but the host names their prefecture.
    if ((kind == "town" || kind == "vill") && i + 3 < labels.size()) {
      std::string p = gz.PrefectureByRomaji(labels[i + 2]);
      if (p.empty()) return std::nullopt;
      PlaceMention m;
      m.region = p;
      m.candidate_regions = {p};
      return m;
    }
    if (kind == "city") {
      std::vector<const JpMunicipality*> cities = gz.CitiesByRomaji(name);
      // city.X.<pref>.jp names the prefecture too.
      std::string pref_hint = i + 2 < labels.size() ? gz.PrefectureByRomaji(labels[i + 2]) : "";
      if (!pref_hint.empty()) {
        std::erase_if(cities, [&](const JpMunicipality* c) { return c->prefecture != pref_hint; });
      }
      if (cities.size() != 1) return std::nullopt;
      PlaceMention m;
      m.region = cities[0]->prefecture;
      m.locality = cities[0]->municipality;
      m.candidate_regions = {m.region};
      return m;
    }
  }
  return std::nullopt;
}

namespace {

// AP-style state abbreviations used in datelines ("EUGENE, Ore.,").
const std::pair<const char*, const char*> kAp[] = {
    {"Ala.", "Alabama"},        {"Ariz.", "Arizona"},     {"Ark.", "Arkansas"},
    {"Calif.", "California"},   {"Colo.", "Colorado"},    {"Conn.", "Connecticut"},
    {"Del.", "Delaware"},       {"Fla.", "Florida"},      {"Ga.", "Georgia"},
    {"Ill.", "Illinois"},       {"Ind.", "Indiana"},      {"Kan.", "Kansas"},
    {"Ky.", "Kentucky"},        {"La.", "Louisiana"},     {"Md.", "Maryland"},
    {"Mass.", "Massachusetts"}, {"Mich.", "Michigan"},    {"Minn.", "Minnesota"},
    {"Miss.", "Mississippi"},   {"Mo.", "Missouri"},      {"Mont.", "Montana"},
    {"Neb.", "Nebraska"},       {"Nev.", "Nevada"},       {"N.H.", "New Hampshire"},
    {"N.J.", "New Jersey"},     {"N.M.", "New Mexico"},   {"N.Y.", "New York"},
    {"N.C.", "North Carolina"}, {"N.D.", "North Dakota"}, {"Okla.", "Oklahoma"},
    {"Ore.", "Oregon"},         {"Pa.", "Pennsylvania"},  {"R.I.", "Rhode Island"},
    {"S.C.", "South Carolina"}, {"S.D.", "South Dakota"}, {"Tenn.", "Tennessee"},
    {"Vt.", "Vermont"},         {"Va.", "Virginia"},      {"Wash.", "Washington"},
    {"W.Va.", "West Virginia"}, {"Wis.", "Wisconsin"},    {"Wyo.", "Wyoming"}};

const std::string kApStyle = [] {
  std::string alt;
  for (const auto& [abbr, name] : kAp) {
    if (!alt.empty()) alt += "|";
    std::string a(abbr);
    alt += RE2::QuoteMeta(a.substr(0, a.size() - 1)) + "\\.";
  }
  return alt;
}();

}  // namespace

namespace {

// The four forms a state is written in, each with one group: a name ("Texas"),
// a postal code after a comma (", AZ 85001"), an AP abbreviation (", Ariz.")
// and a form's field ("State: AZ", "State, or Country if outside the US: NH").
const std::vector<std::string>& StateFormPatterns() {
  static const std::vector<std::string> forms = [] {
    std::string alt;
    for (const UsState& s : Gazetteer::Get().UsStates()) {
      if (!alt.empty()) alt += "|";
      alt += RE2::QuoteMeta(s.name);
    }
    return std::vector<std::string>{"\\b(" + alt + ")\\b", ", ([A-Z]{2})(?: [0-9]{5})?\\b",
                                    ", (" + kApStyle + ")[,. ]",
                                    "(?:^|\\n)State(?:, or [^:\\n]{0,40})?: *([A-Z]{2})\\b"};
  }();
  return forms;
}

// The union of the four forms. (Never destroyed: it stays reachable at exit.)
const RE2& AnyStateForm() {
  static const RE2* any = [] {
    std::string all;
    for (const std::string& p : StateFormPatterns()) all += (all.empty() ? "" : "|") + p;
    return new RE2(all);
  }();
  return *any;
}

bool IsAsciiWordByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

// The states' names by their first byte.
const std::array<std::vector<std::string_view>, 256>& NamesByFirstByte() {
  static const std::array<std::vector<std::string_view>, 256>& names = *[] {
    auto* t = new std::array<std::vector<std::string_view>, 256>;  // (never destroyed)
    for (const UsState& s : Gazetteer::Get().UsStates())
      if (!s.name.empty()) (*t)[static_cast<unsigned char>(s.name[0])].push_back(s.name);
    return t;
  }();
  return names;
}

// True if a match of AnyStateForm can start at `p` in `text`: a state's name there after no
// word character (form 1: every name starts with a letter), ", " and a capital (forms 2 and
// 3), or "State" at the text's start or after the line break there (form 4).
bool MayStartStateForm(std::string_view text, size_t p) {
  const char c = text[p];
  if (c == ',')
    return p + 2 < text.size() && text[p + 1] == ' ' && text[p + 2] >= 'A' && text[p + 2] <= 'Z';
  if (c == '\n' && text.substr(p + 1).starts_with("State")) return true;
  if (p == 0 && text.starts_with("State")) return true;
  if (p > 0 && IsAsciiWordByte(text[p - 1])) return false;
  for (std::string_view name : NamesByFirstByte()[static_cast<unsigned char>(c)])
    if (text.substr(p).starts_with(name)) return true;
  return false;
}

}  // namespace

std::optional<std::pair<size_t, size_t>> NextStateForm(std::string_view text, size_t pos,
                                                       bool scan) {
  const RE2& any = AnyStateForm();
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  // The match `m` holds, as offsets.
  auto span = [&] {
    const size_t start = static_cast<size_t>(m.data() - text.data());
    return std::make_pair(start, start + m.size());
  };
  if (scan) {
    // The leftmost match starts at the first place where one matches anchored. Every form
    // starts with a capital, ',' or '\n' (its "State" at the text's start with a capital
    // too): only there is MayStartStateForm asked, the others skipped sixteen at a time.
    auto matches_at = [&](size_t p) {
      return MayStartStateForm(text, p) &&
             any.Match(input, p, text.size(), RE2::ANCHOR_START, &m, 1);
    };
    size_t p = pos;
#ifdef __SSE2__
    const __m128i comma = _mm_set1_epi8(','), newline = _mm_set1_epi8('\n');
    for (; p + 16 <= text.size(); p += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p));
      const __m128i hits = _mm_or_si128(
          AsciiUpperMask(v), _mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, newline)));
      for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits)); mask != 0;
           mask &= mask - 1)
        if (matches_at(p + static_cast<size_t>(__builtin_ctz(mask)))) return span();
    }
#endif
    for (; p < text.size(); ++p) {
      const char c = text[p];
      if (((c >= 'A' && c <= 'Z') || c == ',' || c == '\n') && matches_at(p)) return span();
    }
    return std::nullopt;
  }
  if (pos > text.size() || !any.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1))
    return std::nullopt;
  return span();
}

namespace {

// Calls fn(groups) for every match of the union of the four forms, as
// ForEachMatch does, with groups[i] the group of form i (1-based). The union,
// too large for RE2's fast submatch engines, only finds where a match is; the
// form that matched is the first that matches at its start (leftmost-first),
// and it alone, a small regex, takes the group.
template <typename Fn>
void ForEachStateForm(std::string_view text, Fn fn) {
  // (Never destroyed, as AnyStateForm: the regexes stay reachable at exit.)
  static const std::vector<const RE2*>& forms = *[] {
    auto* res = new std::vector<const RE2*>;
    for (const std::string& p : StateFormPatterns()) res->push_back(new RE2(p));
    return res;
  }();
  std::vector<std::string_view> groups(forms.size() + 1);
  re2::StringPiece input(text.data(), text.size()), piece[2];
  size_t pos = 0;
  while (const std::optional<std::pair<size_t, size_t>> m = NextStateForm(text, pos)) {
    const auto [start, end] = *m;
    std::fill(groups.begin(), groups.end(), std::string_view());
    groups[0] = text.substr(start, end - start);
    for (size_t i = 0; i < forms.size(); ++i)
      if (forms[i]->Match(input, start, text.size(), RE2::ANCHOR_START, piece, 2)) {
        groups[i + 1] = std::string_view(piece[1].data(), piece[1].size());
        break;
      }
    fn(groups);
    pos = end > pos ? end : pos + 1;
    // Stay on a UTF-8 character boundary.
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

}  // namespace

std::vector<PlaceMention> FindUsStates(std::string_view text) {
  const Gazetteer& gz = Gazetteer::Get();
  std::vector<PlaceMention> out;
  ForEachStateForm(text, [&](const auto& g) {
    PlaceMention m;
    if (g[3].data()) {
      for (const auto& [a, name] : kAp)
        if (g[3] == a) m.region = name;
      if (m.region.empty()) return;
      // "Lakeshore Family Dental, S.C.": a Wisconsin service corporation, not South
      // Carolina (a city before it, "Columbia, S.C.", stays the state).
      if (g[3] == "S.C.") {
        static const RE2 firm(
            "(?:Dental|Dentistry|Associates|Clinic|Medical|Health|Law|Group|Partners|Practice|"
            "Orthodontics|Surgery|Surgeons|Center|Centre|Offices?|Care|Services|Physicians|"
            "Pediatrics|Chiropractic|Vision|Eye|Therapy|Consultants|Accountants), $");
        const size_t at = OffsetIn(text, g[3]);
        if (RE2::PartialMatch(text.substr(at - std::min<size_t>(at, 40), std::min<size_t>(at, 40)),
                              firm))
          return;
      }
      m.start = OffsetIn(text, g[3]);
      m.end = m.start + g[3].size();
    } else if (g[1].data()) {
      // "Washington" alone is often the city or a person; keep "Washington State" / "State of
      // Washington".
      m.start = OffsetIn(text, g[1]);
      m.end = m.start + g[1].size();
      // "2815 West Washington Street", "Texas Avenue": a street, not the state.
      static const RE2 street(
          "^ (?:Street|St\\.|Avenue|Ave\\.?|Road|Rd\\.|Boulevard|Blvd\\.?|Drive|Dr\\.|Lane|"
          "Parkway|Place|Square)");
      if (RE2::PartialMatch(text.substr(m.end, 12), street)) return;
      // "Washington, D.C. 20549" (the SEC's address on every Form 8-K): the capital, not the
      // state.
      static const RE2 capital("^,? (?:D\\.C\\.|DC\\b|District of Columbia)");
      if (RE2::PartialMatch(text.substr(m.end, 24), capital)) return;
      // "Delaware    001-39999    41-0000000\n(State or other jurisdiction of incorporation)":
      // where a Form 8-K's registrant is incorporated, not where it is.
      if (const size_t nl = text.find('\n', m.end); nl != std::string_view::npos &&
                                                    nl - m.end < 80 &&
                                                    text.substr(nl + 1).starts_with("(State or"))
        return;
      m.region = std::string(g[1]);
    } else {
      const std::string_view code = g[2].data() ? g[2] : g[4];
      const UsState* s = gz.UsStateByCode(code);
      if (!s) return;
      m.start = OffsetIn(text, code);
      m.end = m.start + code.size();
      m.region = s->name;
    }
    m.candidate_regions = {m.region};
    out.push_back(m);
  });
  return out;
}

}  // namespace leakwatch::text
