// FindOrganization (declared in fields.h): who is responsible for the notice.
#include <re2/re2.h>

#include <algorithm>

#include "text/extract/common.h"
#include "text/extract/fields.h"
#include "text/extract/places.h"

namespace leakwatch::text {

namespace {

// A Japanese organisation: a run of name characters ending in an
// organisational suffix, or 株式会社 + name. Particles, punctuation and digits
// end the run, so "4月1日に大阪市立病院で" yields "大阪市立病院".
const RE2& JaOrgRe() {
  static const RE2 re(
      "((?:株式会社|有限会社|学校法人|医療法人(?:社団|財団)?|社会福祉法人|独立行政法人|"
      "国立大学法人|公益(?:社団|財団)法人|一般(?:社団|財団)法人)"
      "[^\\s、。,()「」『』【】\\[\\]:・はがをにでへもとやの0-9]{1,20}|"
      "[^\\s、。,()「」『』【】\\[\\]:・はがをにでへもとやの0-9]{1,24}?"
      "(?:区役所|市役所|町役場|村役場|県庁|都庁|府庁|役所|役場|教育委員会|委員会|病院|医院|"
      "クリニック|診療所|"
      "医療センター|センター|大学|高等学校|高校|中学校|小学校|特別支援学校|学校|幼稚園|保育所|"
      "保育園|こども園|"
      "学園|銀行|信用金庫|信用組合|農業協同組合|株式会社|有限会社|\\(株\\)|協会|機構|公社|事業団|"
      "社会福祉協議会|組合|研究所|事務所|薬局|局|会社|法人|グループ))");
  return re;
}

const RE2& EnOrgRe() {
  static const RE2 re(
      "((?:[A-Z][A-Za-z0-9&'.\\-]*,? +(?:(?:of|and|&|the|for|de) +)?){0,6}"
      "(?:Hospital|Health(?: System| Systems| Services| Center| Plan| Network| Partners)?|"
      "Medical (?:Center|Group|Associates|Clinic)|Clinic|University|College|School "
      "District|Schools|"
      "Bank|Credit "
      "Union|Inc\\.?|LLC|LLP|L\\.L\\.C\\.|Corporation|Corp\\.?|Company|Co\\.|Group|Partners|"
      "Wireless|"
      "Associates|Pharmacy|Healthcare|Foundation|Institute|Agency|Authority|County|"
      "Department of(?: [A-Z][a-z]+)+)\\b)");
  return re;
}

// Trims a leading "the"/"The", trailing punctuation and a leading particle
// run the regex may keep.
std::string CleanName(std::string_view s) {
  std::string t(TrimSpace(s));
  for (const char* p : {"The ", "the ", "当", "弊社", "本", "なお", "また"})
    if (t.starts_with(p) && t.size() > std::string_view(p).size() + 6) {
      if (std::string_view(p) == "本" || std::string_view(p) == "当") break;
      t.erase(0, std::string_view(p).size());
    }
  while (!t.empty() && (t.back() == ',' || t.back() == ' ')) t.pop_back();
  return t;
}

bool Rejected(std::string_view name) {
  // Generic words that end in a suffix but name no one.
  static const RE2 re(
      "^(?:本?(?:市|県|区|町|村)?(?:役所|役場|病院|学校|大学|センター|委員会|事務所|局|省|庁|会社|"
      "法人|組合|"
      "グループ)|当(?:院|社|校|センター|法人)|弊社|同社|同(?:院|校|局)|各.*|全.*|関係.*|"
      "コール(?:センター)?|問い?合わ?せ.*|サポートセンター|相談センター|.*専用.*|郵便局|警察署?|.*"
      "警察.*|"
      "ご?相談.*|(?:県|市|府|都|町|村|区|私|国)立(?:高等学校|高校|中学校|小学校|学校|病院|大学|"
      "保育所|幼稚園)|"
      "Inc\\.?|LLC|Company|Group|Hospital|University)$");
  return RE2::FullMatch(name, re);
}

}  // namespace

std::optional<Found> FindOrganization(std::string_view text, std::string_view title,
                                      record::Language lang) {
  const size_t kTop = std::min<size_t>(text.size(), 4000);
  std::string_view top = text.substr(0, kTop);
  const RE2& re = lang == record::Language::kJa ? JaOrgRe() : EnOrgRe();
  auto first_org_in = [&](std::string_view part) -> std::optional<Found> {
    std::optional<Found> f;
    ForEachMatch(re, part, [&](const auto& g) {
      if (f) return;
      std::string name = CleanName(g[1]);
      if (name.size() < 6 || Rejected(name)) return;
      size_t s = OffsetIn(text, g[1]);
      f = Found{name, s, s + g[1].size()};
    });
    return f;
  };
  if (lang == record::Language::kJa) {
    // 1. Where it happened: "札幌市立北光台小学校(北区)において" in the first lines.
    static const RE2 where("(?:^|\\n|。|、| )([^\\n。、]{2,60}?)(?:において|におきまして|にて)");
    re2::StringPiece m;
    std::string_view head = top.substr(0, std::min<size_t>(top.size(), 1500));
    if (RE2::PartialMatch(head, where, &m))
      if (std::optional<Found> f = first_org_in(std::string_view(m.data(), m.size()))) return f;
    // 2. The issuing office on its own short line near the top ("世田谷区 地域行政部").
    static const RE2 issuer(
        "(?:^|\\n) "
        "*([^\\n。、:]{2,12}?(?:[都道府県市区町村]|委員会|役所|役場|病院|大学|学校|株式会社)"
        "(?: [^\\n。、:]{2,12}(?:部|局|課|室|センター))?) *(?:\\n|$)");
    if (RE2::PartialMatch(head, issuer, &m)) {
      std::string name(TrimSpace(std::string_view(m.data(), m.size())));
      size_t s = static_cast<size_t>(m.data() - text.data());
      if (!Rejected(name) && name.size() >= 6) return Found{name, s, s + m.size()};
    }
  } else {
    // 1. 'Acme Health, Inc. ("Acme")': the name a notice defines for itself.
    static const RE2 defined(
        "((?:[A-Z][A-Za-z0-9&'.\\-]*,? +(?:(?:of|and|&|the|for|de) "
        "+)?){0,7}[A-Z][A-Za-z0-9&'.\\-]*) "
        "\\((?:the )?[\"“]");
    re2::StringPiece m;
    if (RE2::PartialMatch(top, defined, &m)) {
      std::string name = CleanName(std::string_view(m.data(), m.size()));
      size_t s = static_cast<size_t>(m.data() - text.data());
      if (name.size() >= 3) return Found{name, s, s + m.size()};
    }
    // 2. "Acme Health Notifies Patients of ..." in the title.
    static const RE2 verb(
        "(?i)^(.{3,80}?) +(?:Notifies|Announces|Provides|Issues|Reports|Informs|Alerts|Statement|"
        "Notice of|Addresses|Discloses|Responds)");
    std::string name;
    if (RE2::PartialMatch(title, verb, &name)) {
      size_t at = AsciiLower(text).find(AsciiLower(name));
      if (at != std::string::npos)
        return Found{std::string(text.substr(at, name.size())), at, at + name.size()};
      return Found{name, 0, 0};
    }
  }
  // 3. An organisation named in the title ("…における…" / a site name after "|").
  if (std::optional<Found> f = first_org_in(title)) {
    size_t at = text.find(f->value);
    f->start = at == std::string_view::npos ? 0 : at;
    f->end = at == std::string_view::npos ? 0 : at + f->value.size();
    return f;
  }
  for (const char* sep : {"|", "｜", " - "}) {
    size_t at = title.rfind(sep);
    if (at == std::string_view::npos) continue;
    std::string site(TrimSpace(title.substr(at + std::string_view(sep).size())));
    if (site.size() >= 6 && site.size() <= 60) {
      size_t pos = text.find(site);
      return Found{site, pos == std::string_view::npos ? 0 : pos,
                   pos == std::string_view::npos ? 0 : pos + site.size()};
    }
  }
  // 4. The most mentioned name near the top, in its fullest form: a candidate
  // that ends with another ("大阪市西成区役所" ⊇ "西成区役所") absorbs its votes.
  std::vector<Found> cands;
  ForEachMatch(re, top, [&](const auto& g) {
    std::string name = CleanName(g[1]);
    if (name.size() < 6 || Rejected(name)) return;
    size_t s = OffsetIn(top, g[1]);
    cands.push_back({name, s, s + g[1].size()});
  });
  if (cands.empty()) {
    // A municipality or prefecture as the organisation (大阪市では…).
    if (lang == record::Language::kJa) {
      std::vector<PlaceMention> places = FindJpPlaces(top);
      if (!places.empty()) {
        const PlaceMention& p = places.front();
        return Found{std::string(text.substr(p.start, p.end - p.start)), p.start, p.end};
      }
    }
    return std::nullopt;
  }
  std::vector<int> votes(cands.size(), 0);
  for (size_t i = 0; i < cands.size(); ++i)
    for (size_t j = 0; j < cands.size(); ++j)
      if (std::string_view(cands[i].value).ends_with(cands[j].value) ||
          std::string_view(cands[i].value).starts_with(cands[j].value))
        ++votes[i];
  size_t best = 0;
  for (size_t i = 1; i < cands.size(); ++i)
    if (votes[i] > votes[best]) best = i;
  return cands[best];
}

}  // namespace leakwatch::text
