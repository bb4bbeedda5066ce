// SqliteStore: search with filters, sorts and keyset pagination, and facets.
#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <variant>

#include "store/fts_query.h"
#include "store/search_document.h"
#include "store/sqlite_rows.h"
#include "store/sqlite_store.h"

namespace leakwatch::store {

namespace {

using Param = std::variant<std::string, std::int64_t, double>;

// Filter bits, so that a facet can leave its own filter out.
enum : unsigned {
  kByType = 1,
  kBySector = 2,
  kByCountry = 4,
  kByRegion = 8,
  kByItem = 16,
  kByDate = 32,
  kByAffected = 64,
  kByOrganization = 128,
};

// FROM ... WHERE ... for a query: the full-text match (if any) and each set
// filter not in `skip`. Parameters are '?' placeholders bound in order.
struct Selection {
  std::string sql;
  std::vector<Param> params;
  bool has_filters = false;
  bool fts_only = false;  // reads the full-text index alone: no `i` columns

  void And(const std::string& cond, Param p) {
    sql += " AND " + cond;
    params.push_back(std::move(p));
    has_filters = true;
  }
};

// With `fts_only_if_unfiltered`, a text query without filters reads the
// full-text index alone (alias f), without joining incidents.
Selection Select(const SearchQuery& q, const FtsQuery& fts, unsigned skip,
                 bool fts_only_if_unfiltered = false) {
  Selection s;
  if (q.type && !(skip & kByType)) s.And("i.type = ?", std::string(record::ToString(*q.type)));
  if (q.sector && !(skip & kBySector))
    s.And("i.sector = ?", std::string(record::ToString(*q.sector)));
  if (q.country && !(skip & kByCountry)) s.And("i.country = ?", *q.country);
  if (q.region && !(skip & kByRegion)) s.And("i.region = ?", *q.region);
  if (q.item && !(skip & kByItem)) s.And("(i.items & ?) != 0", ItemBit(*q.item));
  if (q.from && !(skip & kByDate)) s.And("i.date >= ?", *q.from);
  if (q.to && !(skip & kByDate)) s.And("i.date != '' AND i.date <= ?", *q.to);
  if (q.min_affected && !(skip & kByAffected)) s.And("i.size >= ?", *q.min_affected);
  if (q.organization && !(skip & kByOrganization)) s.And("i.organization = ?", *q.organization);
  if (fts.match.empty()) {
    s.sql = " FROM incidents i WHERE i.merged_into IS NULL" + s.sql;
    return s;
  }
  // Merged reports are not in the index: no merged_into test is needed.
  s.fts_only = fts_only_if_unfiltered && !s.has_filters;
  s.sql =
      (s.fts_only ? std::string(" FROM incident_text f WHERE f.incident_text MATCH ?")
                  : std::string(" FROM incident_text f CROSS JOIN incidents i ON i.rowid = f.rowid"
                                " WHERE f.incident_text MATCH ?")) +
      s.sql;
  s.params.insert(s.params.begin(), fts.match);
  return s;
}

void BindAll(Stmt& stmt, const std::vector<Param>& params) {
  int i = 1;
  for (const auto& p : params) std::visit([&](const auto& v) { stmt.Bind(i++, v); }, p);
}

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

// Appends the keyset condition "after the cursor" for `sort`.
Status AfterCursor(SortOrder sort, const Cursor& c, Selection* s) {
  Status bad = Status::InvalidArgument("malformed cursor");
  switch (sort) {
    case SortOrder::kRelevance: {
      char* end = nullptr;
      double rank = std::strtod(c.key.c_str(), &end);
      std::int64_t rowid = 0;
      if (c.key.empty() || *end || !ParseInt(c.tie, &rowid)) return bad;
      s->sql += " AND (f.rank > ? OR (f.rank = ? AND f.rowid > ?))";
      s->params.insert(s->params.end(), {rank, rank, rowid});
      return Status::Ok();
    }
    case SortOrder::kDateDesc:
      s->sql += " AND (i.date < ? OR (i.date = ? AND i.id < ?))";
      s->params.insert(s->params.end(), {c.key, c.key, c.tie});
      return Status::Ok();
    case SortOrder::kDateAsc:
      s->sql +=
          " AND ((i.date = '') > ? OR ((i.date = '') = ? AND"
          " (i.date > ? OR (i.date = ? AND i.id > ?))))";
      s->params.insert(s->params.end(), {std::int64_t{c.key.empty()}, std::int64_t{c.key.empty()},
                                         c.key, c.key, c.tie});
      return Status::Ok();
    case SortOrder::kSizeDesc: {
      std::int64_t size = 0;
      if (!ParseInt(c.key, &size)) return bad;
      s->sql += " AND (i.size < ? OR (i.size = ? AND i.id < ?))";
      s->params.insert(s->params.end(), {size, size, c.tie});
      return Status::Ok();
    }
  }
  return bad;
}

const char* OrderBy(SortOrder sort) {
  switch (sort) {
    case SortOrder::kRelevance:
      return " ORDER BY f.rank, f.rowid";
    case SortOrder::kDateDesc:
      return " ORDER BY i.date DESC, i.id DESC";
    case SortOrder::kDateAsc:
      return " ORDER BY i.date = '', i.date, i.id";
    case SortOrder::kSizeDesc:
      return " ORDER BY i.size DESC, i.id DESC";
  }
  return "";
}

Result<FtsQuery> ParseText(const SearchQuery& q) {
  FtsQuery fts = BuildFtsQuery(q.text);
  if (fts.match.empty() && q.text.find_first_not_of(" \t\r\n") != std::string::npos)
    return Status::InvalidArgument("the query '" + q.text + "' has no word to search for");
  return fts;
}

}  // namespace

Result<SearchPage> SqliteStore::Search(const SearchQuery& q) {
  if (q.limit < 1 || q.limit > 1000)
    return Status::InvalidArgument("limit must be within 1..1000, not " + std::to_string(q.limit));
  LW_ASSIGN_OR_RETURN(FtsQuery fts, ParseText(q));
  SortOrder sort = q.sort;
  if (fts.match.empty() && sort == SortOrder::kRelevance) sort = SortOrder::kDateDesc;
  const bool relevance = sort == SortOrder::kRelevance;
  Selection count = Select(q, fts, 0, /*fts_only_if_unfiltered=*/true);
  Selection page = Select(q, fts, 0, /*fts_only_if_unfiltered=*/relevance);
  if (!q.cursor.empty()) {
    LW_ASSIGN_OR_RETURN(Cursor c, DecodeCursor(q.cursor, SortCode(sort)));
    LW_RETURN_IF_ERROR(AfterCursor(sort, c, &page));
  }

  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Db& db = reader.db();
  Transaction tx(db, /*immediate=*/false);
  LW_RETURN_IF_ERROR(tx.begun());
  SearchPage out;
  out.total = -1;
  if (q.count_total) {
    LW_ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT count(*)" + count.sql));
    BindAll(stmt, count.params);
    LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
    out.total = row ? stmt.Int(0) : 0;
  }
  // First the page's keys (sorting only small columns), then each hit's record.
  std::string sql = page.fts_only ? "SELECT f.rowid, '', '', 0, f.rank"
                                  : std::string("SELECT i.rowid, i.id, i.date, i.size, ") +
                                        (fts.match.empty() ? "0" : "f.rank");
  sql += page.sql + OrderBy(sort) + " LIMIT ?";
  page.params.emplace_back(std::int64_t{q.limit} + 1);
  LW_ASSIGN_OR_RETURN(Stmt keys, db.Prepare(sql));
  BindAll(keys, page.params);
  LW_ASSIGN_OR_RETURN(Stmt fetch, db.Prepare(std::string("SELECT ") + kStoredColumns + kStoredFrom +
                                             " WHERE i.rowid = ?1"));
  Cursor last{SortCode(sort), "", ""};
  for (;;) {
    LW_ASSIGN_OR_RETURN(bool row, keys.Step());
    if (!row) break;
    if (static_cast<int>(out.hits.size()) == q.limit) {
      out.next_cursor = EncodeCursor(last);
      break;
    }
    fetch.Reset();
    fetch.Bind(1, keys.Int(0));
    LW_ASSIGN_OR_RETURN(bool found, fetch.Step());
    if (!found)
      return Status::Corruption("index entry without an incident: rowid " +
                                std::to_string(keys.Int(0)));
    LW_ASSIGN_OR_RETURN(StoredIncident stored, ReadStored(fetch));
    SearchDocument doc = MakeSearchDocument(stored.incident, stored.provenance);
    SearchHit hit;
    if (fts.match.empty()) {
      hit.snippet = MakeSnippet(doc.body, fts);
    } else {
      // From the body where it matches: the title is shown on its own anyway.
      hit.snippet = MakeSnippet(doc.body, fts);
      if (hit.snippet.find(kHighlightBegin) == std::string::npos)
        hit.snippet = MakeSnippet(doc.title, fts);
      hit.score = -keys.Double(4);
    }
    hit.incident = std::move(stored.incident);
    out.hits.push_back(std::move(hit));
    switch (sort) {
      case SortOrder::kRelevance: {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%a", keys.Double(4));
        last.key = buf;
        last.tie = std::to_string(keys.Int(0));
        break;
      }
      case SortOrder::kDateDesc:
      case SortOrder::kDateAsc:
        last.key = keys.Text(2);
        last.tie = keys.Text(1);
        break;
      case SortOrder::kSizeDesc:
        last.key = std::to_string(keys.Int(3));
        last.tie = keys.Text(1);
        break;
    }
  }
  return out;
}

Result<Facets> SqliteStore::ComputeFacets(const SearchQuery& q) {
  LW_ASSIGN_OR_RETURN(FtsQuery fts, ParseText(q));
  // One scan of the matches with every faceted filter left out; each row then
  // counts towards a facet when it passes all the other faceted filters.
  constexpr unsigned kFaceted = kByType | kBySector | kByCountry | kByRegion | kByItem | kByDate;
  const std::string type = q.type ? std::string(record::ToString(*q.type)) : "";
  const std::string sector = q.sector ? std::string(record::ToString(*q.sector)) : "";
  const std::int64_t item_bit = q.item ? ItemBit(*q.item) : 0;
  auto all_items = record::AllDataItems();

  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Db& db = reader.db();
  Transaction tx(db, /*immediate=*/false);
  LW_RETURN_IF_ERROR(tx.begun());
  Selection sel = Select(q, fts, kFaceted);
  LW_ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT i.type, i.sector, i.country, i.region, "
                                            "i.date, i.items" +
                                            sel.sql));
  BindAll(stmt, sel.params);
  // Facets in Facets' order: type, sector, country, region, item, year.
  const unsigned own[6] = {kByType, kBySector, kByCountry, kByRegion, kByItem, kByDate};
  std::unordered_map<std::string, std::int64_t> counts[6];
  std::int64_t item_counts[64] = {};
  for (;;) {
    LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    std::string_view date = stmt.Text(4);
    std::int64_t items = stmt.Int(5);
    auto is = [&](int col, const std::optional<std::string>& want) {
      return !want || (!stmt.IsNull(col) && stmt.Text(col) == *want);
    };
    unsigned failed = 0;
    if (q.type && stmt.Text(0) != type) failed |= kByType;
    if (q.sector && (stmt.IsNull(1) || stmt.Text(1) != sector)) failed |= kBySector;
    if (!is(2, q.country)) failed |= kByCountry;
    if (!is(3, q.region)) failed |= kByRegion;
    if (q.item && !(items & item_bit)) failed |= kByItem;
    if ((q.from && date < *q.from) || (q.to && (date.empty() || date > *q.to))) failed |= kByDate;
    for (int f = 0; f < 6; ++f) {
      if (failed & ~own[f]) continue;  // fails a filter other than this facet's own
      if (f == 4) {
        std::uint64_t bits = static_cast<std::uint64_t>(items);
        for (size_t b = 0; bits && b < all_items.size(); ++b, bits >>= 1)
          item_counts[b] += bits & 1;
        continue;
      }
      int col = f == 5 ? 4 : f;
      std::string_view value = f == 5 ? date.substr(0, 4) : stmt.Text(col);
      if (!value.empty()) ++counts[f][std::string(value)];
    }
  }
  for (size_t b = 0; b < all_items.size(); ++b)
    if (item_counts[b]) counts[4][std::string(record::ToString(all_items[b]))] = item_counts[b];
  Facets out;
  FacetCounts* fields[6] = {&out.type,   &out.sector, &out.country,
                            &out.region, &out.item,   &out.year};
  for (int f = 0; f < 6; ++f) {
    fields[f]->assign(counts[f].begin(), counts[f].end());
    std::sort(fields[f]->begin(), fields[f]->end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
  }
  return out;
}

}  // namespace leakwatch::store
