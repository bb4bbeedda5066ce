// SqliteStore: search with filters, sorts and keyset pagination, and facets.
//
// The full-text index gives the matching rowids (and their rank); filters,
// counts, facets and the date and size orders read the in-memory column
// snapshot (column_snapshot.h) of the read transaction's generation; only the
// hits of the page are read from the tables.
#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>

#include "store/column_snapshot.h"
#include "store/facet_tally.h"
#include "store/fts_query.h"
#include "store/fts_rank.h"
#include "store/fts_scan.h"
#include "store/search_document.h"
#include "store/sqlite_rows.h"
#include "store/sqlite_store.h"

namespace leakwatch::store {

namespace {

// The cursor: the sort's code, the last hit's sort key and tie-breaker,
// as base64url of "1|<sort>|<key>|<tie>".
struct Cursor {
  char sort = 0;
  std::string key, tie;
};

char SortCode(SortOrder s) {
  switch (s) {
    case SortOrder::kRelevance:
      return 'r';
    case SortOrder::kDateDesc:
      return 'd';
    case SortOrder::kDateAsc:
      return 'a';
    case SortOrder::kSizeDesc:
      return 's';
  }
  return '?';
}

std::string EncodeCursor(const Cursor& c) {
  std::string raw = std::string("1|") + c.sort + "|" + c.key + "|" + c.tie;
  std::string out(sodium_base64_ENCODED_LEN(raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::strlen(out.c_str()));
  return out;
}

Result<Cursor> DecodeCursor(const std::string& text, char sort) {
  Status bad = Status::InvalidArgument("malformed cursor");
  if (text.size() > 4096) return bad;
  std::string raw(text.size(), '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(raw.data()), raw.size(), text.data(),
                        text.size(), nullptr, &len, &end,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      end != text.data() + text.size())
    return bad;
  raw.resize(len);
  if (raw.size() < 5 || raw.compare(0, 2, "1|") != 0 || raw[3] != '|') return bad;
  if (raw[2] != sort) return Status::InvalidArgument("cursor belongs to another sort order");
  size_t bar = raw.find('|', 4);
  if (bar == std::string::npos) return bad;
  Cursor c{raw[2], raw.substr(4, bar - 4), raw.substr(bar + 1)};
  return c;
}

bool ParseInt(const std::string& s, std::int64_t* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (errno || *end) return false;
  *out = v;
  return true;
}

Result<FtsQuery> ParseText(const SearchQuery& q) {
  FtsQuery fts = BuildFtsQuery(q.text);
  if (fts.match.empty() && q.text.find_first_not_of(" \t\r\n") != std::string::npos)
    return Status::InvalidArgument("the query '" + q.text + "' has no word to search for");
  return fts;
}

// What a sort order compares: the full-text rank (lower is better) and rowid
// for relevance; date, size and id for the others.
struct SortKey {
  double rank = 0;
  std::int64_t rowid = 0;
  std::string_view date, id;
  std::int64_t size = 0;
};

// Whether `a` comes before `b` in `sort`'s order (a total order: ties are
// broken by rowid or id).
bool Before(SortOrder sort, const SortKey& a, const SortKey& b) {
  switch (sort) {
    case SortOrder::kRelevance:
      return a.rank != b.rank ? a.rank < b.rank : a.rowid < b.rowid;
    case SortOrder::kDateDesc:
      return a.date != b.date ? a.date > b.date : a.id > b.id;
    case SortOrder::kDateAsc:
      if (a.date.empty() != b.date.empty()) return b.date.empty();  // undated last
      return a.date != b.date ? a.date < b.date : a.id < b.id;
    case SortOrder::kSizeDesc:
      return a.size != b.size ? a.size > b.size : a.id > b.id;
  }
  return false;
}

// The sort key a cursor encodes; InvalidArgument if it does not parse.
Result<SortKey> CursorKey(SortOrder sort, const Cursor& c) {
  Status bad = Status::InvalidArgument("malformed cursor");
  SortKey k;
  switch (sort) {
    case SortOrder::kRelevance: {
      char* end = nullptr;
      k.rank = std::strtod(c.key.c_str(), &end);
      if (c.key.empty() || *end || !ParseInt(c.tie, &k.rowid)) return bad;
      return k;
    }
    case SortOrder::kDateDesc:
    case SortOrder::kDateAsc:
      k.date = c.key;
      k.id = c.tie;
      return k;
    case SortOrder::kSizeDesc:
      if (!ParseInt(c.key, &k.size)) return bad;
      k.id = c.tie;
      return k;
  }
  return bad;
}

// A bounded selection of the best `capacity` keys seen, in sort order.
class TopK {
 public:
  TopK(SortOrder sort, std::size_t capacity) : sort_(sort), capacity_(capacity) {}
  void Offer(const SortKey& k) {
    if (heap_.size() == capacity_ && !Before(sort_, k, heap_.front())) return;
    heap_.push_back(k);
    std::push_heap(heap_.begin(), heap_.end(), Less());
    if (heap_.size() > capacity_) {
      std::pop_heap(heap_.begin(), heap_.end(), Less());
      heap_.pop_back();
    }
  }
  bool full() const { return heap_.size() == capacity_; }
  // The last key kept so far. REQUIRES: a key was offered and kept.
  const SortKey& worst() const { return heap_.front(); }
  std::vector<SortKey> Sorted() && {
    std::sort_heap(heap_.begin(), heap_.end(), Less());
    return std::move(heap_);
  }

 private:
  struct Order {
    SortOrder sort;
    bool operator()(const SortKey& a, const SortKey& b) const { return Before(sort, a, b); }
  };
  Order Less() const { return Order{sort_}; }
  SortOrder sort_;
  std::size_t capacity_;
  std::vector<SortKey> heap_;  // max-heap: the worst kept key on top
};

// Calls fn(rowid, row, rank) for every incident the text matches, in rowid
// order (rank only with `ranked`; merged reports are not in the index), or
// for every row of the snapshot when there is no text. `reads_rows`: fn
// reads the row of (nearly) every match, for a filter, a facet or a sort key.
// `keep_best` > 0 (with text): matches that cannot be among the keep_best
// first in (rank, rowid) order may be left out (ScanFts), and *matched is
// then the number of all matches.
// `scan` is SqliteStore::ScanMatches bound to the read's connection and snapshot.
template <typename Scan, typename Fn>
Status ForEachCandidate(Scan&& scan, const ColumnSnapshot& cols, const FtsQuery& fts, bool ranked,
                        bool reads_rows, std::size_t keep_best, std::int64_t* matched, Fn&& fn) {
  if (fts.match.empty()) {
    for (std::int64_t rowid = 1; rowid <= cols.max_rowid(); ++rowid)
      if (const ColumnRow* r = cols.Row(rowid); r && !r->merged) fn(rowid, *r, 0.0);
    return Status::Ok();
  }
  // Kept per thread: a common term matches hundreds of thousands of rows.
  thread_local std::vector<FtsMatch> matches;
  LW_RETURN_IF_ERROR(scan(ranked, keep_best, &matches, matched));
  // The matches of a selective term lie far apart in the snapshot, each row
  // a cache miss that the hardware does not foresee: when fn reads rows,
  // fetch the row of the match kAhead places on while handling this one.
  constexpr std::size_t kAhead = 12;
  const std::size_t n = matches.size();
  for (std::size_t i = 0; i < n; ++i) {
    const FtsMatch& m = matches[i];
    if (reads_rows && i + kAhead < n) cols.Prefetch(matches[i + kAhead].rowid);
    // fn reads the row only for the columns it needs (none, for most matches
    // of an unfiltered relevance search).
    if (!cols.Present(m.rowid))
      return Status::Corruption("index entry without an incident: rowid " +
                                std::to_string(m.rowid));
    fn(m.rowid, cols.PresentRow(m.rowid), m.rank);
  }
  return Status::Ok();
}

// Everything that makes a query's answer: the cache key of a read result.
std::string CacheKey(char kind, const SearchQuery& q) {
  std::string k(1, kind);
  auto add = [&k](std::string_view s) {
    k += std::to_string(s.size());
    k += ':';
    k += s;
  };
  auto opt = [&](const std::optional<std::string>& s) { s ? add(*s) : add("\x01-"); };
  add(q.text);
  add(q.type ? record::ToString(*q.type) : "-");
  add(q.sector ? record::ToString(*q.sector) : "-");
  opt(q.country);
  opt(q.region);
  add(q.item ? record::ToString(*q.item) : "-");
  opt(q.from);
  opt(q.to);
  add(q.min_affected ? std::to_string(*q.min_affected) : "-");
  opt(q.organization);
  add(std::string(1, SortCode(q.sort)));
  add(std::to_string(q.limit));
  add(q.cursor);
  add(q.count_total ? "t" : "f");
  add(q.fields == HitFields::kSummary ? "s" : "a");
  add(q.snippets ? "p" : "-");
  return k;
}

// The cache key of a query's facets: sort, limit, cursor and the fields of
// hits do not change them.
std::string FacetCacheKey(const SearchQuery& q) {
  SearchQuery key_query = q;
  key_query.fields = HitFields::kAll;
  key_query.sort = SortOrder::kRelevance;
  key_query.limit = 0;
  key_query.cursor.clear();
  key_query.count_total = false;
  return CacheKey('f', key_query);
}

}  // namespace

Result<std::shared_ptr<const ColumnSnapshot>> SqliteStore::BeginRead(
    Db& db, std::optional<Transaction>* tx) {
  for (int attempt = 0;; ++attempt) {
    tx->reset();
    tx->emplace(db, /*immediate=*/false);
    LW_RETURN_IF_ERROR((*tx)->begun());
    LW_ASSIGN_OR_RETURN(std::int64_t generation, ReadGeneration(db));
    std::shared_ptr<const ColumnSnapshot> base;
    {
      std::lock_guard lock(snapshot_mu_);
      base = snapshot_;
    }
    auto behind = [generation](const auto& snapshot) {
      return !snapshot || snapshot->generation() < generation;
    };
    if (behind(base)) {
      std::lock_guard load(load_mu_);  // one loader; the others then find its snapshot
      {
        std::lock_guard lock(snapshot_mu_);
        base = snapshot_;
      }
      if (behind(base)) {
        LW_ASSIGN_OR_RETURN(base, ColumnSnapshot::Load(db, base, generation));
        std::lock_guard lock(snapshot_mu_);
        if (behind(snapshot_)) snapshot_ = base;
      }
    }
    if (base->generation() == generation) return base;
    // This transaction began before a newer generation was loaded by another
    // reader: a new transaction sees at least that generation. After a few
    // tries (a writer committing constantly), load a private snapshot.
    if (attempt >= 3) return ColumnSnapshot::Load(db, nullptr, generation);
  }
}

template <typename T, typename Fn>
Result<T> SqliteStore::ReadWithColumns(Fn&& fn) {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  std::optional<Transaction> tx;
  LW_ASSIGN_OR_RETURN(std::shared_ptr<const ColumnSnapshot> cols, BeginRead(reader.db(), &tx));
  return fn(reader.db(), *cols);
}

Result<SearchPage> SqliteStore::Search(const SearchQuery& q) { return SearchAndCount(q, nullptr); }

Result<SearchPage> SqliteStore::SearchWithFacets(const SearchQuery& q, Facets* facets) {
  LW_ASSIGN_OR_RETURN(FtsQuery fts, ParseText(q));
  if (!fts.match.empty()) return SearchAndCount(q, facets);
  // Without text a page walks only the rows its filters can match (and may
  // stop early), while facets need every row: two passes.
  LW_ASSIGN_OR_RETURN(SearchPage page, Search(q));
  LW_ASSIGN_OR_RETURN(*facets, ComputeFacets(q));
  return page;
}

Result<SearchPage> SqliteStore::SearchAndCount(const SearchQuery& q, Facets* facets) {
  return SearchIn(nullptr, nullptr, q, facets);
}

Result<SearchPage> SqliteStore::SearchIn(Db* in_db, const ColumnSnapshot* in_cols,
                                         const SearchQuery& q, Facets* facets) {
  if (q.limit < 1 || q.limit > 1000)
    return Status::InvalidArgument("limit must be within 1..1000, not " + std::to_string(q.limit));
  LW_ASSIGN_OR_RETURN(FtsQuery fts, ParseText(q));
  SortOrder sort = q.sort;
  if (fts.match.empty() && sort == SortOrder::kRelevance) sort = SortOrder::kDateDesc;
  std::optional<Cursor> cursor;
  std::optional<SortKey> after;
  if (!q.cursor.empty()) {
    LW_ASSIGN_OR_RETURN(cursor, DecodeCursor(q.cursor, SortCode(sort)));
    LW_ASSIGN_OR_RETURN(after, CursorKey(sort, *cursor));
  }

  const std::string cache_key = CacheKey('s', q);
  const std::string facet_key = facets ? FacetCacheKey(q) : "";
  auto search = [&](Db& db, const ColumnSnapshot& cols) -> Result<SearchPage> {
    if (auto cached = page_cache_.Find(cache_key, cols.generation())) {
      if (!facets) return *cached;
      if (auto cached_facets = facet_cache_.Find(facet_key, cols.generation())) {
        *facets = *cached_facets;
        return *cached;
      }
    }
    const ResolvedFilter filter = cols.Resolve(q);
    auto scan = [&](bool ranked, std::size_t keep_best, std::vector<FtsMatch>* out,
                    std::int64_t* matched) {
      return ScanMatches(db, cols, fts, ranked, keep_best, out, matched);
    };
    std::optional<FacetTally> tally;
    if (facets) tally.emplace(cols);
    // One more than the page, to know whether there is a next page.
    TopK top(sort, static_cast<std::size_t>(q.limit) + 1);
    std::int64_t total = 0;
    auto key_of = [&](std::int64_t rowid, const ColumnRow& r, double rank) {
      return SortKey{rank, rowid, r.Date(), cols.Id(r), r.size};
    };
    const bool filtered = q.type || q.sector || q.country || q.region || q.item || q.from || q.to ||
                          q.min_affected || q.organization;
    auto offer = [&](std::int64_t rowid, const ColumnRow& r, double rank) {
      // Without filters, most matches of a relevance search end at the rank
      // test below, the row unread.
      const unsigned failed = filtered ? cols.Failed(r, q, filter) : 0;
      if (tally) tally->Add(r, failed);
      if (failed) return;
      ++total;
      // Most matches of a common term rank below a full page: skip the key.
      if (sort == SortOrder::kRelevance && top.full() && rank > top.worst().rank) return;
      SortKey k = key_of(rowid, r, rank);
      if (after && !Before(sort, *after, k)) return;
      top.Offer(k);
    };
    if (fts.match.empty()) {
      // Without text, walk the rows that can match in date order: for a date
      // sort without a total to count, stop at the end of the page.
      const bool stop_early =
          !q.count_total && (sort == SortOrder::kDateDesc || sort == SortOrder::kDateAsc);
      std::span<const std::uint32_t> order = cols.ByDateDesc(q, filter);
      auto visit = [&](std::uint32_t rowid) {
        const ColumnRow& r = *cols.Row(rowid);
        if (!r.merged) offer(rowid, r, 0.0);
        return !(stop_early && top.full());
      };
      if (sort != SortOrder::kDateAsc) {
        for (std::uint32_t rowid : order)
          if (!visit(rowid)) break;
      } else {
        // Ascending, undated last: the dated part backwards, then the
        // undated (at the end of `order`, ids descending) backwards.
        auto undated = std::partition_point(order.begin(), order.end(), [&](std::uint32_t rowid) {
          return !cols.Row(rowid)->Date().empty();
        });
        bool more = true;
        for (auto it = std::make_reverse_iterator(undated); more && it != order.rend(); ++it)
          more = visit(*it);
        for (auto it = order.rbegin(); more && it.base() != undated; ++it) more = visit(*it);
      }
    } else {
      // A first page by relevance without filters or facets needs the best
      // limit + 1 matches and their number only.
      const bool best_only = sort == SortOrder::kRelevance && !filtered && !tally && !after;
      std::int64_t matched = 0;
      LW_RETURN_IF_ERROR(ForEachCandidate(scan, cols, fts, sort == SortOrder::kRelevance,
                                          filtered || tally || sort != SortOrder::kRelevance,
                                          best_only ? static_cast<std::size_t>(q.limit) + 1 : 0,
                                          &matched, offer));
      if (best_only) total = matched;
    }

    SearchPage out;
    out.total = q.count_total ? total : -1;
    std::vector<SortKey> keys = std::move(top).Sorted();
    if (keys.size() > static_cast<std::size_t>(q.limit)) {
      keys.resize(q.limit);
      const SortKey& last = keys.back();
      Cursor c{SortCode(sort), "", ""};
      switch (sort) {
        case SortOrder::kRelevance: {
          char buf[64];
          std::snprintf(buf, sizeof buf, "%a", last.rank);
          c.key = buf;
          c.tie = std::to_string(last.rowid);
          break;
        }
        case SortOrder::kDateDesc:
        case SortOrder::kDateAsc:
          c.key = std::string(last.date);
          c.tie = std::string(last.id);
          break;
        case SortOrder::kSizeDesc:
          c.key = std::to_string(last.size);
          c.tie = std::string(last.id);
          break;
      }
      out.next_cursor = EncodeCursor(c);
    }
    // Without snippets a hit needs only its record, not the source text
    // stored after it in the row (overflow pages for a long notice).
    const bool record_only = !q.snippets;
    LW_ASSIGN_OR_RETURN(
        Stmt fetch,
        db.PrepareCached(record_only ? std::string("SELECT record FROM incident_sources "
                                                   "WHERE rowid = ?1")
                                     : std::string("SELECT ") + kStoredColumns + kStoredFrom +
                                           " WHERE i.rowid = ?1"));
    const bool summary = q.fields == HitFields::kSummary;
    for (const SortKey& k : keys) {
      // Hits without query text are the same for every query: kept per row.
      std::string hit_key;
      if (fts.match.empty())
        hit_key =
            (summary ? "s" : "a") + std::string(record_only ? "n" : "") + std::to_string(k.rowid);
      if (!hit_key.empty()) {
        if (auto cached = hit_cache_.Find(hit_key, cols.generation())) {
          out.hits.push_back(*cached);
          continue;
        }
      }
      fetch.Reset();
      fetch.Bind(1, k.rowid);
      LW_ASSIGN_OR_RETURN(bool found, fetch.Step());
      if (!found)
        return Status::Corruption("index entry without an incident: rowid " +
                                  std::to_string(k.rowid));
      SearchHit hit;
      if (record_only) {
        auto r = record::ParseJson(fetch.Text(0));
        if (!r.ok())
          return Status::Corruption("stored record does not parse: " + r.status().message());
        hit.incident = summary ? Summary(std::move(r).value()) : std::move(r).value();
        if (!fts.match.empty()) hit.score = -k.rank;
        if (!hit_key.empty())
          hit_cache_.Insert(hit_key, cols.generation(), std::make_shared<const SearchHit>(hit));
        out.hits.push_back(std::move(hit));
        continue;
      }
      LW_ASSIGN_OR_RETURN(StoredIncident stored, ReadStored(fetch));
      if (!fts.match.empty()) {
        // From the body where it matches: the title is shown on its own anyway.
        SearchDocument doc = MakeSearchDocument(stored.incident, stored.provenance);
        hit.snippet = MakeSnippet(doc.body, fts);
        if (hit.snippet.find(kHighlightBegin) == std::string::npos)
          hit.snippet = MakeSnippet(doc.title, fts);
        hit.score = -k.rank;
      } else {
        hit.snippet = MakeSnippet(MakeSearchDocument(stored.incident, stored.provenance).body, fts);
      }
      hit.incident = summary ? Summary(std::move(stored.incident)) : std::move(stored.incident);
      if (!hit_key.empty())
        hit_cache_.Insert(hit_key, cols.generation(), std::make_shared<const SearchHit>(hit));
      out.hits.push_back(std::move(hit));
    }
    page_cache_.Insert(cache_key, cols.generation(), std::make_shared<const SearchPage>(out));
    if (tally) {
      *facets = tally->Finish();
      facet_cache_.Insert(facet_key, cols.generation(), std::make_shared<const Facets>(*facets));
    }
    return out;
  };
  if (in_db != nullptr) return search(*in_db, *in_cols);
  return ReadWithColumns<SearchPage>(search);
}

Result<Facets> SqliteStore::ComputeFacets(const SearchQuery& q) {
  LW_ASSIGN_OR_RETURN(FtsQuery fts, ParseText(q));
  const std::string cache_key = FacetCacheKey(q);
  return ReadWithColumns<Facets>([&](Db& db, const ColumnSnapshot& cols) -> Result<Facets> {
    if (auto cached = facet_cache_.Find(cache_key, cols.generation())) return *cached;
    const ResolvedFilter filter = cols.Resolve(q);
    FacetTally tally(cols);
    auto scan = [&](bool ranked, std::size_t keep_best, std::vector<FtsMatch>* out,
                    std::int64_t* matched) {
      return ScanMatches(db, cols, fts, ranked, keep_best, out, matched);
    };
    LW_RETURN_IF_ERROR(ForEachCandidate(scan, cols, fts, /*ranked=*/false, /*reads_rows=*/true,
                                        /*keep_best=*/0, nullptr,
                                        [&](std::int64_t, const ColumnRow& r, double) {
                                          tally.Add(r, cols.Failed(r, q, filter));
                                        }));
    Facets out = tally.Finish();
    facet_cache_.Insert(cache_key, cols.generation(), std::make_shared<const Facets>(out));
    return out;
  });
}

}  // namespace leakwatch::store
