#include "interop/dedupe.h"

#include <utf8proc.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "interop/import_internal.h"
#include "interop/mappings.h"
#include "text/normalize.h"

namespace leakwatch::interop {

namespace {

// NFKC, lower case, every run of non-alphanumeric characters as one space.
std::u32string Fold(std::string_view s) {
  std::string n = text::Nfkc(s);
  std::u32string out;
  bool space = true;
  for (std::size_t i = 0; i < n.size();) {
    char32_t c = text::DecodeUtf8(n, &i);
    auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    bool alnum =
        (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
    if (alnum) {
      out += static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
      space = false;
    } else if (!space) {
      out += U' ';
      space = true;
    }
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

std::uint64_t Mix(std::uint64_t x) {  // splitmix64 finaliser
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

std::vector<std::uint64_t> Shingles(const std::u32string& s, std::size_t k) {
  std::vector<std::uint64_t> out;
  if (s.empty()) return out;
  auto hash = [](std::u32string_view v) {
    std::uint64_t h = 1469598103934665603ull;
    for (char32_t c : v) h = (h ^ c) * 1099511628211ull;
    return h;
  };
  if (s.size() <= k) {
    out.push_back(hash(s));
  } else {
    for (std::size_t i = 0; i + k <= s.size(); ++i) out.push_back(hash({s.data() + i, k}));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j])
      ++both, ++i, ++j;
    else if (a[i] < b[j])
      ++i;
    else
      ++j;
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

// Days since 1970-01-01; a day past the month's end (up to 99) counts on
// into the next month, as std::chrono defines it.
int DaysFromCivil(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count();
}

// Adds a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date to the features.
void AddDate(std::string_view d, Features* f) {
  if (d.size() < 4) return;
  int y = std::atoi(std::string(d.substr(0, 4)).c_str());
  if (y < 1900) return;
  f->years.push_back(y);
  if (d.size() >= 7) {
    int m = std::atoi(std::string(d.substr(5, 2)).c_str());
    int day = d.size() >= 10 ? std::atoi(std::string(d.substr(8, 2)).c_str()) : 1;
    if (m >= 1 && m <= 12) f->days.push_back(DaysFromCivil(y, m, std::max(day, 1)));
  }
}

}  // namespace

std::string NormalizeOrganization(std::string_view name) {
  static const std::set<std::u32string> kDrop = {
      U"the",  U"inc",         U"incorporated", U"llc",     U"ltd",  U"limited",
      U"corp", U"corporation", U"co",           U"company", U"pc",   U"pa",
      U"lp",   U"llp",         U"pllc",         U"dba",     U"d",    U"b",
      U"a",    U"of",          U"and",          U"plc",     U"gmbh", U"株式会社"};
  std::u32string folded = Fold(name), out, word;
  auto flush = [&] {
    if (!word.empty() && !kDrop.count(word)) out += word;
    word.clear();
  };
  for (char32_t c : folded) {
    if (c == U' ')
      flush();
    else
      word += c;
  }
  flush();
  std::string utf8;
  for (char32_t c : out) text::AppendUtf8(c, &utf8);
  return utf8;
}

Features FeaturesOf(const store::StoredIncident& s) {
  const record::Incident& r = s.incident;
  Features f;
  f.id = r.id;
  f.kind = s.provenance.kind;
  std::string org = NormalizeOrganization(r.organization.name.value_or(""));
  std::u32string org32;
  for (std::size_t i = 0; i < org.size();) org32 += text::DecodeUtf8(org, &i);
  f.org = Shingles(org32, 3);
  f.text = Shingles(Fold(r.cause.value_or("")), 5);  // not the title: it repeats the org name
  for (const auto& d : {r.incident_date, r.announced_date})
    if (d) AddDate(*d, &f);
  for (const auto& t : r.timeline) {
    for (std::string_view prefix : {kVerisIncidentPartial, kVerisNoticePartial})
      if (t.text.rfind(prefix, 0) == 0) AddDate(std::string_view(t.text).substr(prefix.size()), &f);
  }
  f.count = r.affected.persons ? r.affected.persons : r.affected.records;
  return f;
}

PairVerdict Compare(const Features& a, const Features& b, const DedupeOptions& o) {
  PairVerdict v;
  v.org = Jaccard(a.org, b.org);
  v.text = Jaccard(a.text, b.text);
  for (int x : a.days)
    for (int y : b.days)
      if (!v.days || std::abs(x - y) < *v.days) v.days = std::abs(x - y);
  std::optional<int> years;
  for (int x : a.years)
    for (int y : b.years)
      if (!years || std::abs(x - y) < *years) years = std::abs(x - y);
  enum { kUnknown, kAgree, kClose, kDiffer } count = kUnknown;
  if (a.count && b.count && *a.count > 0 && *b.count > 0) {
    double hi = static_cast<double>(std::max(*a.count, *b.count));
    double lo = static_cast<double>(std::min(*a.count, *b.count));
    count = hi - lo <= 0.03 * hi ? kAgree : hi <= 1.5 * lo ? kClose : kDiffer;
    // Small and round counts (1, 500 = the HHS threshold, 2,000,000) agree by
    // chance too often to identify an event: they count as merely close.
    if (count == kAgree && (lo < 100 || static_cast<std::int64_t>(lo) % 100 == 0)) count = kClose;
  }
  int limit = count == kAgree ? o.max_days_same_count : o.max_days;
  bool date_ok = v.days ? *v.days <= limit : (years && *years <= (count == kAgree ? 2 : 1));
  char buf[160];
  std::snprintf(buf, sizeof buf, "org %.2f, text %.2f, %s, counts %s", v.org, v.text,
                v.days  ? (std::to_string(*v.days) + " days apart").c_str()
                : years ? (std::to_string(*years) + " years apart").c_str()
                        : "no dates",
                count == kAgree    ? "agree"
                : count == kClose  ? "close"
                : count == kDiffer ? "differ"
                                   : "unknown");
  v.why = buf;
  if (v.org < o.min_org || !date_ok) return v;
  if (a.kind == b.kind) {
    // Rows of one source are separate filings: the same event only when the
    // counts agree, or the text is near-identical and the counts do not differ.
    v.same = count == kAgree || (v.text >= 0.9 && count != kDiffer);
  } else if (count == kAgree) {
    v.same = true;
  } else if (count != kDiffer) {
    v.same = v.text >= o.strong_text ||
             (v.org >= o.strong_org &&
              (count == kClose || (count == kUnknown && v.days && *v.days <= 120)));
  }
  return v;
}

std::vector<Cluster> FindClusters(std::span<const store::StoredIncident> records,
                                  const DedupeOptions& o, std::int64_t* candidates) {
  std::vector<const store::StoredIncident*> live;
  for (const auto& r : records)
    if (r.merged_into.empty()) live.push_back(&r);
  std::vector<Features> f;
  f.reserve(live.size());
  for (const auto* r : live) f.push_back(FeaturesOf(*r));

  // MinHash signatures of the org and text shingles, banded into LSH buckets.
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> buckets;
  for (std::uint32_t i = 0; i < f.size(); ++i) {
    for (int which = 0; which < 2; ++which) {
      const auto& sh = which == 0 ? f[i].org : f[i].text;
      const int bands = which == 0 ? o.org_bands : o.text_bands;
      const int rows = which == 0 ? o.org_rows : o.text_rows;
      if (sh.empty()) continue;
      for (int band = 0; band < bands; ++band) {
        std::uint64_t key = Mix(static_cast<std::uint64_t>(which * 1000 + band));
        for (int r = 0; r < rows; ++r) {
          std::uint64_t seed = Mix(static_cast<std::uint64_t>(which * 1000 + band * rows + r));
          std::uint64_t lo = ~0ull;
          for (std::uint64_t x : sh) lo = std::min(lo, Mix(x ^ seed));
          key = Mix(key ^ lo);
        }
        buckets[key].push_back(i);
      }
    }
  }
  std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
  for (const auto& [key, ids] : buckets)
    for (std::size_t x = 0; x < ids.size(); ++x)
      for (std::size_t y = x + 1; y < ids.size(); ++y)
        if (ids[x] != ids[y]) pairs.emplace(std::min(ids[x], ids[y]), std::max(ids[x], ids[y]));
  if (candidates) *candidates = static_cast<std::int64_t>(pairs.size());

  std::vector<std::uint32_t> parent(f.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::map<std::uint32_t, std::vector<std::string>> why;
  for (auto [a, b] : pairs) {
    PairVerdict v = Compare(f[a], f[b], o);
    if (!v.same) continue;
    why[a].push_back(f[a].id + " ~ " + f[b].id + ": " + v.why);
    parent[find(a)] = find(b);
  }
  std::map<std::uint32_t, std::vector<std::uint32_t>> groups;
  for (std::uint32_t i = 0; i < f.size(); ++i) groups[find(i)].push_back(i);
  std::vector<Cluster> out;
  for (auto& [root, members] : groups) {
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end(), [&](std::uint32_t x, std::uint32_t y) {
      return std::pair(SourceRank(f[x].kind), f[x].id) < std::pair(SourceRank(f[y].kind), f[y].id);
    });
    Cluster c;
    for (auto m : members) {
      c.members.push_back(f[m].id);
      for (auto& w : why[m]) c.why.push_back(w);
    }
    c.canonical = c.members.front();
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(),
            [](const Cluster& a, const Cluster& b) { return a.canonical < b.canonical; });
  return out;
}

}  // namespace leakwatch::interop
