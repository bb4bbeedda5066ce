// FillOrganization and FillSections (declared in fields.h).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>

#include "text/extract/common.h"
#include "text/extract/fields.h"
#include "text/extract/places.h"
#include "text/extract/vocab.h"

namespace leakwatch::text {

namespace {

void Evidence(record::Incident* r, const char* field, size_t start, size_t end) {
  if (end > start) r->evidence[field] = {static_cast<int64_t>(start), static_cast<int64_t>(end)};
}

std::string Clip(std::string s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

// True if a state name between `before` and `after` names a regulator or a
// population ("Maine Attorney General", "Washington State Office of the Attorney
// General", "Attorney General of Texas", "412
// California residents", "Vermont law", "Maine.gov").
bool IsRegulatorOrResidents(std::string_view before, std::string_view after) {
  after = after.substr(0, 40);
  before = before.substr(before.size() - std::min<size_t>(before.size(), 24));
  static const RE2 next(
      "(?i)^(?:'s)? *(?:(?:state )?office of (?:the )?attorney general|attorney "
      "general|residents?\\b|law\\b|"
      "statutes?\\b|"
      "\\.gov\\b|department of justice|consumers\\b)");
  static const RE2 prev("(?i)(?:attorney general of|residents of|laws? of) (?:the state of )?$");
  return RE2::PartialMatch(after, next) || RE2::PartialMatch(before, prev);
}

// True if `text` says "with (its) offices", "with headquarters" or "with (its) principal …", as
// a law firm writes of its client's seat (each "with " found by its 'w').
bool WithSeat(std::string_view text) {
  for (size_t at = FindByByte(text, "with ", 0); at != std::string_view::npos;
       at = FindByByte(text, "with ", 0, at + 5)) {
    std::string_view rest = text.substr(at + 5);
    if (rest.starts_with("its ")) rest.remove_prefix(4);
    if (rest.starts_with("office") || rest.starts_with("headquarters") ||
        rest.starts_with("principal "))
      return true;
  }
  return false;
}

// "本市職員が…", "県ホームページに…": a city or a prefecture that writes of itself
// without its name. kCity wins over kPrefecture (a city's notice may name its
// prefecture's offices).
enum class SelfReference { kNone, kCity, kPrefecture };

SelfReference SelfReferenceIn(std::string_view top) {
  // (Each word found by a byte rarer in Japanese text than the one its first character
  // starts with, which leads many kanji.)
  struct Word {
    std::string_view word;
    size_t key;
  };
  for (Word w : {Word{"本市", 2}, Word{"当市", 1}, Word{"市職員", 5}, Word{"市ホームページ", 14}})
    if (FindByByte(top, w.word, w.key) != std::string_view::npos) return SelfReference::kCity;
  for (Word w : {Word{"本県", 2}, Word{"当県", 1}, Word{"県職員", 1}, Word{"県ホームページ", 14}})
    if (FindByByte(top, w.word, w.key) != std::string_view::npos) return SelfReference::kPrefecture;
  return SelfReference::kNone;
}

// The city (without a ward: 横浜市中区 -> 横浜市) or the prefecture `m` names, as
// `kind` asks; empty when it names the other kind.
std::string PlaceOfKind(const PlaceMention& m, SelfReference kind) {
  if (kind == SelfReference::kPrefecture) return m.locality.empty() ? m.region : "";
  std::string_view city = m.locality;
  if (city.ends_with("区") && city.rfind("市") != std::string_view::npos)
    city = city.substr(0, city.rfind("市") + std::string_view("市").size());
  return city.ends_with("市") ? std::string(city) : "";
}

// The line of the first postal address ("〒810-0000 福岡県福岡市中央区…"), from its 〒
// to the line's end; empty (at text.size()) when there is none. (〒 is found by its
// last byte, rarer in Japanese text than E3 or its middle byte, which all of 、。「」 share.)
std::string_view PostalLine(std::string_view text) {
  size_t at = FindByByte(text, "〒", 2);
  // Without a postal code, the head office a company states: "本社:東京都中央区…",
  // "本社所在地:宮城県仙台市…" (a branch named elsewhere is not where the company is).
  // (Found by their colon, a rare byte in Japanese text: a search for each label stops at
  // every byte its first character starts with.)
  if (at == std::string_view::npos) {
    // (A footer's "所在地:京都府京都市下京区…" last.)
    constexpr std::string_view kLabels[] = {"本社", "本社所在地", "本店所在地", "所在地"};
    size_t first[std::size(kLabels)];
    std::fill(std::begin(first), std::end(first), std::string_view::npos);
    for (size_t colon = text.find(':'); colon != std::string_view::npos;
         colon = text.find(':', colon + 1))
      for (size_t i = 0; i < std::size(kLabels); ++i)
        if (first[i] == std::string_view::npos && text.substr(0, colon).ends_with(kLabels[i]))
          first[i] = colon + 1;
    // (The first label that occurs, in the order above, wins.)
    for (size_t f : first)
      if (f != std::string_view::npos) {
        at = f;
        break;
      }
  }
  if (at == std::string_view::npos) return text.substr(text.size());
  const size_t nl = text.find('\n', at);
  return text.substr(at, (nl == std::string_view::npos ? text.size() : nl) - at);
}

// The places the page's URL and then its postal address name.
std::vector<PlaceMention> UrlAndAddressPlaces(std::string_view text, std::string_view url) {
  std::vector<PlaceMention> from;
  if (std::optional<PlaceMention> u = PlaceFromUrl(url)) from.push_back(*u);
  for (const PlaceMention& p : FindJpPlaces(PostalLine(text))) from.push_back(p);
  return from;
}

}  // namespace

void FillOrganization(std::string_view text, std::string_view title, std::string_view url,
                      record::Incident* r, std::string_view footer) {
  const bool ja = r->language == record::Language::kJa;
  record::Organization& o = r->organization;
  std::optional<Found> org = FindOrganization(text, title, r->language);
  // "〒530-0001 大阪府大阪市北区…" on a company's page whose text names no one, and
  // "Copyright © さくらぎ住宅販売株式会社 All Rights Reserved." below it: the holder (no
  // evidence: the footer is not the text).
  auto is_bare_place = [](std::string_view name) {
    const std::vector<PlaceMention> named = FindJpPlaces(name);
    return named.size() == 1 && named[0].start == 0 && named[0].end == name.size();
  };
  if (!footer.empty() && (!org || (ja && is_bare_place(org->value))))
    if (std::optional<Found> holder = CopyrightHolder(footer, ja);
        holder && !(ja && is_bare_place(holder->value)))
      org = Found{holder->value, 0, 0};
  // "Te Awa Tenancy Services" alone on the first line of a page at teawatenancy.govt.nz: a
  // masthead the site's own host spells (its words run together, lower case).
  if (!org && !ja && !url.empty()) {
    if (const std::optional<std::string_view> m = FirstLineMasthead(text)) {
      // (Its first words, eight letters at least, as a host shortens a name: "teawatenancy".)
      std::string head;
      for (char c : *m) {
        if (c == ' ' && head.size() >= 8) break;
        if (std::isalpha(static_cast<unsigned char>(c)))
          head.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      }
      if (head.size() >= 8 && AsciiLower(UrlHost(url)).find(head) != std::string::npos)
        org = Found{std::string(*m), 0, m->size()};
    }
  }
  // A city or prefecture that calls itself 本市 / 県 and is named, if at all, only by a
  // place elsewhere (a police force, its postal address): the place its URL or
  // postal address gives, of the kind it calls itself.
  if (ja && (!org || org->value.size() <= 12)) {
    std::vector<PlaceMention> named;
    if (org) named = FindJpPlaces(org->value);
    const bool bare_place =
        !org || (named.size() == 1 && named[0].start == 0 && named[0].end == org->value.size());
    const SelfReference kind =
        bare_place ? SelfReferenceIn(text.substr(0, std::min<size_t>(text.size(), 4000)))
                   : SelfReference::kNone;
    if (kind != SelfReference::kNone && (!org || PlaceOfKind(named[0], kind).empty())) {
      for (const PlaceMention& p : UrlAndAddressPlaces(text, url))
        if (std::string place = PlaceOfKind(p, kind); !place.empty()) {
          org = Found{place, 0, 0};
          break;
        }
    }
  }
  // "北区役所 子育て支援課": a ward office without its city, written with its department
  // on a city's page: the office (no department) with the city that the URL or the
  // page's title names ("堺市北区役所").
  if (ja && org) {
    static const RE2 ward_office(
        "^([^ 市]{1,6}区役所)(?: ?[^ ]{2,14}(?:部|局|課|室|係|センター))*$");
    std::string ward;
    // (A regex with a group runs RE2's backtracker: only for a name that holds 区役所.)
    if (org->value.find("区役所") != std::string::npos &&
        RE2::FullMatch(org->value, ward_office, &ward)) {
      std::string city;
      if (std::optional<PlaceMention> u = PlaceFromUrl(url))
        city = PlaceOfKind(*u, SelfReference::kCity);
      for (const PlaceMention& p : FindJpPlaces(title))
        if (city.empty()) city = PlaceOfKind(p, SelfReference::kCity);
      org->end = org->start + ward.size();
      org->value = city + ward;
    }
  }
  // "札幌市保健福祉局高齢保健福祉部介護保険課", "鳥取県 地域づくり推進部 とっとり暮らし支援課",
  // "大泉町役場 多文化協働課", and "健康福祉局 障害福祉部 障害支援課" on city.sakai.lg.jp: a
  // municipality's or a prefecture's own department is that municipality or prefecture
  // (LABELLING.md), unless the body acts in its own name (水道局, 教育委員会, 消防局 …).
  if (ja && org) {
    static const RE2 departments("^(?:役場|役所|庁)? ?(?:[^ ]{1,14}?(?:局|部|課|室|係) ?)+$");
    static const RE2 own_name("水道|交通局|消防|病院|委員会|議会|警察|企業局|公営|事務組合");
    // The municipality or prefecture a place names (not a ward: a ward's own office is
    // named with its city, above).
    auto body = [](const PlaceMention& m) {
      return m.locality.empty() ? m.region : m.locality.ends_with("区") ? "" : m.locality;
    };
    const std::vector<PlaceMention> named = FindJpPlaces(org->value);
    std::string place;
    size_t cut = 0;
    if (!named.empty() && named[0].start == 0) {
      place = body(named[0]);
      cut = named[0].end;
    } else if (named.empty()) {
      // (The city whose URL or postal address the page gives; of a ward's address, the
      // city: "〒590-0078 堺市堺区南瓦町".)
      for (const PlaceMention& p : UrlAndAddressPlaces(text, url)) {
        std::string_view l = p.locality;
        if (l.ends_with("区") && l.rfind("市") != std::string_view::npos)
          l = l.substr(0, l.rfind("市") + std::string_view("市").size());
        if (place.empty()) place = l.empty() ? p.region : std::string(l);
      }
    }
    const std::string_view rest = TrimSpace(std::string_view(org->value).substr(cut));
    const size_t space = rest.find(' ');
    if (!place.empty() && !rest.empty() && RE2::FullMatch(rest, departments)) {
      if (!RE2::PartialMatch(rest, own_name)) {
        org->value = place;
        // (Evidence only for a name the text holds: not one from the URL or the address, nor
        // one found in the title.)
        if (cut > 0 && org->end > org->start)
          org->end = org->start + cut;
        else
          org->start = org->end = 0;
      } else if (cut > 0 && space != std::string_view::npos &&
                 RE2::PartialMatch(rest.substr(0, space), own_name) &&
                 !RE2::PartialMatch(rest.substr(space), own_name)) {
        // "仙台市水道局 営業部お客さまサービス課": the body without its own department.
        const size_t keep = static_cast<size_t>(rest.data() - org->value.data()) + space;
        org->value.resize(keep);
        if (org->end > org->start) org->end = org->start + keep;
      }
    }
  }
  if (org) {
    o.name = org->value;
    o.sector = SectorFor(org->value);
    Evidence(r, "organization.name", org->start, org->end);
  }
  std::string_view top = text.substr(0, std::min<size_t>(text.size(), 4000));
  std::string region, locality;
  size_t region_start = 0, region_end = 0;
  std::vector<std::string> locality_regions;  // where the first locality could be
  auto consider = [&](const std::vector<PlaceMention>& ms, bool in_text) {
    for (const PlaceMention& m : ms) {
      if (locality.empty() && !m.locality.empty() && region.empty()) {
        locality = m.locality;
        locality_regions = m.candidate_regions;
      }
      if (region.empty() && !m.region.empty()) {
        // A region from a later source must agree with the locality found first.
        if (!locality.empty() && m.locality != locality &&
            std::find(locality_regions.begin(), locality_regions.end(), m.region) ==
                locality_regions.end())
          continue;
        region = m.region;
        if (in_text) region_start = m.start, region_end = m.end;
      }
      if (!region.empty()) return;
    }
  };
  if (ja || url.find(".jp") != std::string_view::npos) {
    // Once a region is found, consider takes nothing more: the later sources'
    // places are looked for only while there is none.
    if (o.name) consider(FindJpPlaces(*o.name), false);
    // "あけぼのモータース株式会社(本社:香川県高松市、以下…)": the head office written right
    // after the organisation's name, not the postal address of the group that publishes.
    if (ja && region.empty() && org && org->end > org->start && org->end < text.size()) {
      const std::string_view after = text.substr(org->end, 80);
      for (std::string_view label : {"(本社:", "(本店:", "(本社所在地:", "(所在地:"}) {
        if (!after.starts_with(label)) continue;
        std::string_view place = after.substr(label.size());
        place = place.substr(
            0, std::min({place.find(')'), place.find("、"), place.find('\n'), place.size()}));
        const size_t at = static_cast<size_t>(place.data() - text.data());
        std::vector<PlaceMention> head_office = FindJpPlaces(place);
        for (PlaceMention& m : head_office) m.start += at, m.end += at;
        consider(head_office, true);
        break;
      }
    }
    // "埼玉県川越市の医療法人社団青葉会 あおば台クリニック様": the place written right before the
    // organisation's name, with の, in its sentence.
    if (ja && region.empty() && org && org->end > org->start && org->start > 0) {
      const size_t from = org->start > 90 ? org->start - 90 : 0;
      std::string_view before = text.substr(from, org->start - from);
      for (std::string_view stop : {"。", "\n", "、"})
        if (const size_t at = before.rfind(stop); at != std::string_view::npos)
          before = before.substr(at + stop.size());
      const size_t at = static_cast<size_t>(before.data() - text.data());
      std::vector<PlaceMention> places = FindJpPlaces(before);
      std::erase_if(places,
                    [&](const PlaceMention& m) { return !before.substr(m.end).starts_with("の"); });
      if (!places.empty()) {
        PlaceMention last = places.back();
        last.start += at, last.end += at;
        consider({last}, true);
      }
    }
    // A national agency's bureau for a prefecture, named without 府 / 県 ("大阪労働局",
    // "京都地方法務局"): that prefecture.
    if (o.name && region.empty())
      for (std::string_view bureau : {"労働局", "地方法務局", "法務局"})
        if (const size_t at = o.name->find(bureau);
            at != std::string::npos && at > 0 && at + bureau.size() == o.name->size()) {
          for (std::string_view kind : {"府", "県", "都"}) {
            const std::string prefecture = o.name->substr(0, at) + std::string(kind);
            const std::vector<PlaceMention> p = FindJpPlaces(prefecture);
            if (p.size() == 1 && p[0].start == 0 && p[0].end == prefecture.size() &&
                p[0].locality.empty())
              consider(p, false);
          }
          break;
        }
    if (std::optional<PlaceMention> u = PlaceFromUrl(url)) consider({*u}, false);
    if (region.empty()) consider(FindJpPlaces(title), false);
    // The organisation's postal address ("〒810-0000 福岡県福岡市中央区…", often in the
    // footer) before places in the running text, which may be a vendor's head office.
    if (ja && region.empty())
      if (std::string_view line = PostalLine(text); !line.empty()) {
        const size_t at = static_cast<size_t>(line.data() - text.data());
        std::vector<PlaceMention> address = FindJpPlaces(line);
        for (PlaceMention& p : address) p.start += at, p.end += at;
        consider(address, true);
      }
    if (region.empty()) consider(FindJpPlaces(top), true);
    if (ja) o.country = "JP";
  }
  // An English version of a Japanese release ("Hamamatsu City, Shizuoka Prefecture") writes
  // its prefecture in English.
  std::optional<PlaceMention> jp_in_english;
  if (!ja) jp_in_english = FindJpPrefectureInEnglish(top);
  if (!ja && (jp_in_english || !region.empty())) {
    if (jp_in_english) {
      region = jp_in_english->region;
      region_start = jp_in_english->start, region_end = jp_in_english->end;
    } else if (std::string english = PrefectureInEnglish(region); !english.empty()) {
      region = english;
    }
    o.country = "JP";
  } else if (!ja && url.find(".jp") == std::string_view::npos) {
    // (A page title may be the regulator's site: "Maine.gov | Agencies".)
    std::vector<PlaceMention> us = FindUsStates(title);
    std::erase_if(us, [&](const PlaceMention& p) {
      return IsRegulatorOrResidents(title.substr(0, p.start), title.substr(p.end));
    });
    // (A state from the title has no evidence: its offsets are the title's, not the text's.)
    const bool from_title = !us.empty();
    // The states a phrase of `top` that `re` finds (group 1, or 2) names, at their offsets in
    // the text.
    auto states_in = [&](const RE2& re) {
      re2::StringPiece m, other;
      std::vector<PlaceMention> states;
      if (!(re.NumberOfCapturingGroups() == 2 ? RE2::PartialMatch(top, re, &m, &other)
                                              : RE2::PartialMatch(top, re, &m)))
        return states;
      if (!m.data()) m = other;
      states = FindUsStates(std::string_view(m.data(), m.size()));
      for (PlaceMention& p : states) {
        p.start += static_cast<size_t>(m.data() - text.data());
        p.end += static_cast<size_t>(m.data() - text.data());
      }
      return states;
    };
    // A breach-notification form's field for the entity's state ("State, or Country if outside
    // the US: Missouri", as the Maine Attorney General's form asks it), over the city on the
    // line above it ("City: Kansas City").
    // (The Texas Attorney General's listing asks "Entity or Individual State: TX": its group
    // is "State: TX", a state's code as FindUsStates reads one.)
    static const RE2 form_state(
        "(?m)^(?:State, or Country if outside the US: *([^\n]{3,40})|Entity or Individual "
        "(State: *[A-Z]{2}))$");
    if (us.empty() && (FindRare(top, "State, or Country") != std::string_view::npos ||
                       FindRare(top, "Individual State:") != std::string_view::npos))
      us = states_in(form_state);
    // "located in Manchester, New Hampshire" names the organisation's own state,
    // whatever a letterhead (its lawyers') or an address block says first.
    // ("located at 2200 Ross Avenue, Suite 1100, Dallas, Texas 75201" likewise.)
    // ("We represent Brightwater Dental Group, PLLC, a dental practice with offices at 8825
    // North Cedar Bluff Road, Spokane, Washington 99202": a law firm's client, below the
    // firm's letterhead, likewise.)
    // "St. Brennan Medical Center\n2200 Riverside Parkway\nGreen Bay, Wisconsin 54301": the
    // organisation's name on a line of its own, its street address on the lines below, over a
    // group that owns it "based in Grand Rapids, Michigan".
    if (us.empty() && org && org->value.size() >= 4) {
      const std::string own_line = "\n" + org->value + "\n";
      if (const size_t at = text.find(own_line); at != std::string_view::npos) {
        static const RE2 zip("[0-9]{5}(?:-[0-9]{4})? *$");
        size_t p = at + own_line.size();
        for (int n = 0; n < 3 && p < text.size() && us.empty(); ++n) {
          size_t e = text.find('\n', p);
          if (e == std::string_view::npos) e = text.size();
          const std::string_view line = text.substr(p, e - p);
          if (RE2::PartialMatch(line, zip)) {
            us = FindUsStates(line);
            for (PlaceMention& m : us) m.start += p, m.end += p;
          }
          p = e + 1;
        }
      }
    }
    static const RE2 seat(
        "(?:(?:located|based|headquartered) (?:in|at)|with (?:its )?(?:offices?|headquarters|"
        "principal (?:place of business|offices?)) (?:at|in)) ([^.\n]{3,80})");
    // (Only where one of its verbs occurs, each found by a byte rarer than its first: most
    // notices say none.)
    if (us.empty() &&
        (FindByByte(top, "located ", 2) != std::string_view::npos ||
         FindByByte(top, "based ", 0) != std::string_view::npos ||
         FindByByte(top, "headquartered ", 4) != std::string_view::npos || WithSeat(top)))
      us = states_in(seat);
    // "on behalf of Lakeshore Community Health Plan ("Lakeshore"), 220 Monroe Avenue NW, Grand
    // Rapids, Michigan 49503": the street address written right after the organisation's name is
    // its own, whatever return address a mailing vendor prints above it.
    if (us.empty() && org && org->end > org->start && org->end < text.size()) {
      static const RE2 own_address(
          "^(?: \\([^()\\n]{1,40}\\))?, ([0-9][^.\\n]{5,100}?[0-9]{5})\\b");
      re2::StringPiece m;
      if (RE2::PartialMatch(text.substr(org->end, 200), own_address, &m)) {
        us = FindUsStates(std::string_view(m.data(), m.size()));
        const size_t at = static_cast<size_t>(m.data() - text.data());
        for (PlaceMention& p : us) p.start += at, p.end += at;
      }
    }
    if (us.empty()) {
      us = FindUsStates(top);
      // "Office of the Maine Attorney General", "three Vermont residents", "Maine.gov":
      // the regulator written to and the people affected, not the organisation's state.
      // ("Equifax Fraud Alert, P.O. Box 105069, Atlanta, GA 30348", "Federal Trade Commission,
      // 600 Pennsylvania Avenue, NW, Washington, DC 20580": the addresses a US letter lists for
      // credit bureaus and the FTC, not its sender's.)
      static const RE2 bureau(
          "(?i)equifax|experian|transunion|trans union|innovis|federal trade commission|\\bftc\\b");
      std::erase_if(us, [&](const PlaceMention& p) {
        const size_t nl = text.rfind('\n', p.start);
        const size_t ls = nl == std::string_view::npos ? 0 : nl + 1;
        const std::string_view line = text.substr(ls, text.find('\n', p.end) - ls);
        return IsRegulatorOrResidents(text.substr(0, p.start), text.substr(p.end)) ||
               RE2::PartialMatch(line, bureau);
      });
    }
    if (!us.empty()) {
      region = us[0].region;
      o.country = "US";
      if (region_end == 0 && !from_title) region_start = us[0].start, region_end = us[0].end;
    } else {
      // India's states, as a registered office's address names them ("Pune 411057,
      // Maharashtra, India").
      static const std::string kIndianStates =
          "Maharashtra|Karnataka|Tamil Nadu|Telangana|Kerala|Gujarat|West Bengal|Uttar Pradesh|"
          "Haryana|Rajasthan|Andhra Pradesh|Madhya Pradesh|Punjab|Odisha|Bihar|Goa";
      // Canadian provinces, Australian states and India's.
      static const RE2 other(
          "\\b(Ontario|Quebec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New "
          "Brunswick|Newfoundland and Labrador|Prince Edward Island|New South Wales|Queensland|"
          "Western Australia|South Australia|Tasmania|Australian Capital Territory|Northern "
          "Territory|" +
          kIndianStates + ")\\b");
      // An address's state or province code before its postcode ("Sydney NSW 2000",
      // "Kingston ON K7L 1B2"), as Australian and Canadian addresses write it.
      static const RE2 code(
          "\\b(NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|ACT|NT) +[0-9]{4}\\b|\\b(ON|QC|BC|AB|SK|MB|NS|"
          "NB|NL|PE) +[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]\\b");
      static const std::pair<std::string_view, std::string_view> kCodes[] = {
          {"NSW", "New South Wales"},
          {"VIC", "Victoria"},
          {"QLD", "Queensland"},
          {"SA", "South Australia"},
          {"WA", "Western Australia"},
          {"TAS", "Tasmania"},
          {"ACT", "Australian Capital Territory"},
          {"NT", "Northern Territory"},
          {"ON", "Ontario"},
          {"QC", "Quebec"},
          {"BC", "British Columbia"},
          {"AB", "Alberta"},
          {"SK", "Saskatchewan"},
          {"MB", "Manitoba"},
          {"NS", "Nova Scotia"},
          {"NB", "New Brunswick"},
          {"NL", "Newfoundland and Labrador"},
          {"PE", "Prince Edward Island"}};
      // Victoria only in an address ("Melbourne, Victoria 3000", "Victoria, Australia"): the
      // name alone is as often a city in British Columbia, a lake or a queen.
      // ("An official Victorian Government website" likewise.)
      static const RE2 victoria("\\b(Victoria)(?:,? (?:[0-9]{4}|Australia)\\b|n Government\\b)");
      re2::StringPiece m, au_code, ca_code;
      if (RE2::PartialMatch(title, other, &m) || RE2::PartialMatch(top, other, &m) ||
          RE2::PartialMatch(top, victoria, &m)) {
        region = std::string(m.data(), m.size());
      } else if (RE2::PartialMatch(top, code, &au_code, &ca_code)) {
        m = au_code.data() ? au_code : ca_code;
        // (Vic, Qld and Tas are written in mixed case too.)
        std::string upper(m.data(), m.size());
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        for (const auto& [abbr, name] : kCodes)
          if (upper == abbr) region = std::string(name);
      }
      // An Australian state's own site ("https://www.sro.vic.gov.au/…"): that state's agency.
      // (A school's under its state's education domain, "wattlegroveps.vic.edu.au", likewise.)
      static const RE2 au_gov(
          "(?i)^https?://(?:[^/]*\\.)?(nsw|vic|qld|sa|wa|tas|act|nt)"
          "\\.(?:gov|edu)\\.au(?:[/:?#]|$)");
      std::string state;
      if (region.empty() && RE2::PartialMatch(url, au_gov, &state)) {
        for (char& c : state) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        for (const auto& [abbr, name] : kCodes)
          if (state == abbr) region = std::string(name);
        m = re2::StringPiece();
      }
      if (!region.empty()) {
        static const RE2 au("New South Wales|Victoria|Queensland|Australia|Tasmania|Territory");
        static const RE2 in(kIndianStates);
        o.country = RE2::FullMatch(region, in) ? "IN" : RE2::PartialMatch(region, au) ? "AU" : "CA";
        if (m.data() >= top.data() && m.data() < top.data() + top.size())
          region_start = static_cast<size_t>(m.data() - text.data()),
          region_end = region_start + m.size();
      }
    }
  }
  if (!region.empty()) o.region = region;
  if (!locality.empty()) o.locality = locality;
  Evidence(r, "organization.region", region_start, region_end);
  // A municipality or prefecture that is itself the organisation is government.
  if (o.name && !o.sector && (*o.name == locality || *o.name == region))
    o.sector = record::Sector::kGovernment;
}

void FillSections(std::string_view text, const std::vector<Section>& sections,
                  const std::vector<DateMention>& dates, record::Incident* r) {
  const bool ja = r->language == record::Language::kJa;
  auto body = [&](const Section* s) { return Sentences(text, s->start, s->end); };
  // Cause.
  if (const Section* s = SectionOf(sections, SectionKind::kCause)) {
    std::vector<std::string> v = body(s);
    if (!v.empty()) r->cause = Clip(v.size() > 1 ? v[0] + (ja ? "" : " ") + v[1] : v[0], 600);
  }
  if (!r->cause) {
    static const RE2 cause_en(
        "(?i)(caused by|due to (?:an?|the)|as a result of|resulted from|the cause)");
    // In Japanese the cause words are two literals: where the first of them is,
    // a regex "(原因|起因)" would match first.
    std::optional<size_t> at;
    re2::StringPiece m;
    if (ja) {
      const size_t first = std::min(FindRare(text, "原因"), FindRare(text, "起因"));
      if (first != std::string_view::npos) at = first;
    } else if (FindRare(text, "ſ") == std::string_view::npos) {
      // Where the first of its words is: (?i) matches s also in ſ, k in K
      // (no word holds k), so without an ſ that is where it matches first.
      size_t first = std::string_view::npos;
      for (std::string_view w :
           {"caused by", "due to a", "due to the", "as a result of", "resulted from", "the cause"})
        first = std::min(first, FindNoCase(text, w));
      if (first != std::string_view::npos) at = first;
    } else if (RE2::PartialMatch(text, cause_en, &m)) {
      at = static_cast<size_t>(m.data() - text.data());
    }
    if (at) {
      auto [s, e] = SentenceAround(text, *at);
      std::vector<std::string> v = Sentences(text, s, e);
      if (!v.empty()) r->cause = Clip(v[0], 600);
    }
  }
  // Timeline: dated sentences of the timeline section, else of the whole notice.
  const Section* tl = SectionOf(sections, SectionKind::kTimeline);
  std::set<size_t> seen;
  for (const DateMention& d : dates) {
    if (!d.resolved || r->timeline.size() >= 20) continue;
    if (tl && (d.start < tl->start || d.start >= tl->end)) continue;
    std::optional<SectionKind> k = SectionAt(sections, d.start);
    if (!tl && k && (*k == SectionKind::kContact || *k == SectionKind::kSources)) continue;
    auto [s, e] = SentenceAround(text, d.start);
    if (!seen.insert(s).second) continue;
    std::vector<std::string> v = Sentences(text, s, e);
    if (v.empty()) continue;
    r->timeline.push_back({FormatYmd(d.year, d.month, d.day), Clip(v[0], 600)});
  }
  // Response and prevention.
  if (const Section* s = SectionOf(sections, SectionKind::kResponse)) {
    for (std::string& x : body(s))
      if (r->response.size() < 12) r->response.push_back(Clip(x, 600));
  }
  if (const Section* s = SectionOf(sections, SectionKind::kPrevention)) {
    std::vector<std::string> v = body(s);
    if (ja) v = PreventionMeasures(v);
    for (std::string& x : v)
      if (r->prevention.size() < 12) r->prevention.push_back(Clip(x, 600));
  }
  // Contact: the labelled line or the first lines of the contact section.
  for (const Section& s : sections) {
    if (s.kind != SectionKind::kContact) continue;
    if (!s.inline_text.empty()) {
      r->contact = Clip(s.inline_text, 400);
      Evidence(r, "contact", s.heading_start, s.heading_end);
      break;
    }
    std::vector<std::string> v = body(&s);
    if (!v.empty()) {
      std::string c = v[0];
      if (v.size() > 1 && c.size() < 80) c += " " + v[1];
      r->contact = Clip(c, 400);
      Evidence(r, "contact", s.start, std::min(s.end, s.start + r->contact->size()));
      break;
    }
  }
  if (!r->contact) {
    // A line naming a contact point that carries a phone number.
    static const RE2 phone(
        "(?:\\(?0[0-9]{1,4}\\)?-[0-9]{1,4}-[0-9]{3,4}|1?-?\\(?8[0-9]{2}\\)?[ -][0-9]{3}-[0-9]{4})");
    // Where "(?i)(問い?合わ?せ|連絡先|お電話|call |contact )" matches first in
    // `rest`: where the first of its words is (none holds s or k, which (?i)
    // also matches in ſ and K).
    auto first_label = [](std::string_view rest) {
      size_t first = std::string_view::npos;
      for (std::string_view w : {"問合せ", "問い合せ", "問合わせ", "問い合わせ", "連絡先", "お電話",
                                 "call ", "contact "})
        first = std::min(first, FindNoCase(rest, w));
      return first;
    };
    std::string_view rest = text;
    for (size_t found; (found = first_label(rest)) != std::string_view::npos;) {
      size_t at = static_cast<size_t>(rest.data() - text.data()) + found;
      size_t ls = text.rfind('\n', at);
      ls = ls == std::string_view::npos ? 0 : ls + 1;
      if (at - ls > 400) ls = at;
      size_t le = text.find('\n', at);
      if (le == std::string_view::npos) le = text.size();
      std::string_view line = text.substr(ls, le - ls);
      if (line.size() <= 600 && RE2::PartialMatch(line, phone)) {
        r->contact = Clip(std::string(TrimSpace(line)), 400);
        Evidence(r, "contact", ls, le);
        break;
      }
      rest = text.substr(le);
    }
  }
}

}  // namespace leakwatch::text
