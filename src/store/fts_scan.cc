#include "store/fts_scan.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <new>
#include <string>

#include "store/fts_rank.h"
#include "store/fts_tokenizer.h"

namespace leakwatch::store {

namespace {

constexpr const char* kScanFunction = "lw_scan";
constexpr const char* kRequestType = "lw_scan_request";

// What ScanFts asks of lw_scan, passed as a pointer argument.
struct ScanRequest {
  bool ranked = false;
  double weight[2] = {1.0, 1.0};  // title, body
  // Both weights are small whole numbers (the store's are 4 and 1): a
  // frequency is then counts times weights, exactly the sum of the weights.
  bool whole_weights = false;
  // Rows that cannot be among this many best may be left out (0: none).
  std::size_t keep_best = 0;
  std::vector<FtsMatch>* out = nullptr;
  std::int64_t matched = 0;  // set by lw_scan: the number of matching rows
  // A part of a split scan (ScanFtsPart): rows from `hi` on are left to
  // other parts, frequencies are not turned into ranks, and `indexed`
  // receives xRowCount (what the idf needs besides the parts' counts).
  bool part = false;
  std::int64_t hi = std::numeric_limits<std::int64_t>::max();
  std::int64_t indexed = -1;
};

// Whether `w` is a whole number small enough that any count of positions
// times it, and any sum of such products, is exact in a double.
bool SmallWholeNumber(double w) {
  return w >= -(1 << 20) && w <= (1 << 20) && w == std::trunc(w);  // false for NaN
}

// The rows of one phrase, with (in `rank`) the phrase's column-weighted
// frequency in the row when ranked.
struct PhraseRows {
  const ScanRequest* request = nullptr;
  std::vector<FtsMatch>* rows = nullptr;
  std::int64_t count = 0;  // rows of the phrase, kept or not
  // With `prune`: the keep_best highest frequencies so far (a min-heap), and
  // rows whose frequency is not above the least of them are left out.
  bool prune = false;
  std::vector<double> best;
};

// Whether a one-phrase scan may leave rows out (see CollectRow): whole
// frequencies of one sign, and a row's score is then its phrase's share alone.
bool MayPrune(const ScanRequest& r) {
  return r.ranked && r.keep_best > 0 && r.whole_weights && r.weight[0] >= 0 && r.weight[1] >= 0;
}

// Skips one varint (SQLite's format: at most nine bytes, the high bit set on
// all but the last of the first eight) in [a, b); returns where it ends.
const unsigned char* SkipVarint(const unsigned char* a, const unsigned char* b) {
  for (int i = 0; i < 8 && a < b; ++i)
    if (!(*a++ & 0x80)) return a;
  return a < b ? a + 1 : a;
}

// Starts the walk of phrase 0's positions in the current row: `*column` is
// the first position's column, or negative (and `*tf` 0) when the row has
// none. Returns xPhraseFirst's error code.
int FirstPosition(const Fts5ExtensionApi* api, Fts5Context* fts, Fts5PhraseIter* it, int* column,
                  double* tf) {
  int offset = 0;
  int rc = api->xPhraseFirst(fts, 0, it, column, &offset);
  if (rc == SQLITE_OK && *column < 0) *tf = 0;
  return rc;
}

// The column-weighted count of phrase 0's positions in the current row, as
// lw_bm25 adds them up from xInst (a sum of small integers: exact).
//
// xPhraseFirst yields the first position; the rest of the position list lies
// in the iterator's [a, b), in FTS5's position-list format (fts5.h documents
// the iterator as opaque; the format is the on-disk one): varints, where 1
// announces a column number (and the offset after it) and any other value is
// an offset. Counting them here is what xPhraseNext's loop would count,
// without a call per position (a fifth of a 保険 query at 1M rows);
// fts_scan_test.cc pins the result to lw_bm25's xInst-based count.
int PhraseFrequency(const Fts5ExtensionApi* api, Fts5Context* fts, const double* weight,
                    double* tf) {
  Fts5PhraseIter it;
  int column = 0;
  if (int rc = FirstPosition(api, fts, &it, &column, tf); rc != SQLITE_OK || column < 0) return rc;
  double w = column < 2 ? weight[column] : 0.0;
  double sum = w;
  const unsigned char* a = it.a;
  const unsigned char* const b = it.b;
  while (a < b) {
    if (*a == 0x01) {  // a column number (< 128 for any table of ours), then an offset
      if (a + 1 >= b || (a[1] & 0x80)) return SQLITE_CORRUPT;
      w = a[1] < 2 ? weight[a[1]] : 0.0;
      a = SkipVarint(a + 2, b);
    } else {
      a = SkipVarint(a, b);
    }
    sum += w;
  }
  *tf = sum;
  return SQLITE_OK;
}

// PhraseFrequency for whole weights: counts the positions per column with
// integers (no chain of floating-point additions, one per position) and
// multiplies at the end; every partial sum of the other is a whole number
// below 2^53, so the double is the same.
int WholePhraseFrequency(const Fts5ExtensionApi* api, Fts5Context* fts, const double* weight,
                         double* tf) {
  Fts5PhraseIter it;
  int column = 0;
  if (int rc = FirstPosition(api, fts, &it, &column, tf); rc != SQLITE_OK || column < 0) return rc;
  // Positions in the title, the body and any other column (weight 0); the
  // current column's run is counted in `n`, a register, not in memory.
  std::int64_t count[3] = {0, 0, 0};
  int c = column < 2 ? column : 2;
  std::int64_t n = 1;
  const unsigned char* a = it.a;
  const unsigned char* const b = it.b;
  while (a < b) {
    // Offsets of one byte (2..127; 0 and 1 are never offsets), most of them.
    while (a < b && static_cast<unsigned char>(*a - 2) < 126) ++a, ++n;
    if (a >= b) break;
    if (*a == 0x01) {  // as in PhraseFrequency: a column, then an offset
      if (a + 1 >= b || (a[1] & 0x80)) return SQLITE_CORRUPT;
      count[c] += n;
      n = 0;
      c = a[1] < 2 ? a[1] : 2;
      a += 2;
    }
    // Skips one offset as SkipVarint does (continuation bytes have the high
    // bit set; a ninth byte ends it anyway) and counts it, even if cut short.
    for (int i = 0; i < 8 && a < b && (*a & 0x80); ++i) ++a;
    if (a < b) ++a;
    ++n;
  }
  count[c] += n;
  *tf = static_cast<double>(count[0]) * weight[0] + static_cast<double>(count[1]) * weight[1];
  return SQLITE_OK;
}

// xQueryPhrase's callback: one row of the phrase.
int CollectRow(const Fts5ExtensionApi* api, Fts5Context* fts, void* p) {
  auto* phrase = static_cast<PhraseRows*>(p);
  FtsMatch m{api->xRowid(fts), 0.0};
  if (m.rowid >= phrase->request->hi) return SQLITE_DONE;  // xQueryPhrase stops, returns OK
  if (phrase->request->ranked) {
    int rc = phrase->request->whole_weights
                 ? WholePhraseFrequency(api, fts, phrase->request->weight, &m.rank)
                 : PhraseFrequency(api, fts, phrase->request->weight, &m.rank);
    if (rc != SQLITE_OK) return rc;
  }
  ++phrase->count;
  try {
    if (phrase->prune) {
      // Frequencies are whole and not negative here, and from a whole
      // frequency below 2^20 to any higher one the bm25 share rises by more
      // than 1e-12 of itself, far above rounding: a row whose frequency is
      // at most the least of keep_best earlier ones ranks after all of them
      // (a tie in rank goes to the lower rowid) and cannot be among the
      // best keep_best.
      std::vector<double>& best = phrase->best;
      if (best.size() == phrase->request->keep_best) {
        if (m.rank <= best.front() && m.rank < (1 << 20)) return SQLITE_OK;
        std::pop_heap(best.begin(), best.end(), std::greater<>());
        best.back() = m.rank;
      } else {
        best.push_back(m.rank);
      }
      std::push_heap(best.begin(), best.end(), std::greater<>());
    }
    phrase->rows->push_back(m);
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

// The rows in every list (each in rowid order), their frequencies side by
// side: appends to *out the rowid and, per phrase, its frequency there.
void Intersect(const std::vector<std::vector<FtsMatch>>& lists, std::vector<std::int64_t>* rowids,
               std::vector<double>* tf) {
  const std::size_t n = lists.size();
  std::size_t shortest = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (lists[i].size() < lists[shortest].size()) shortest = i;
  std::vector<std::size_t> at(n, 0);
  for (const FtsMatch& m : lists[shortest]) {
    bool everywhere = true;
    for (std::size_t i = 0; i < n && everywhere; ++i) {
      const auto& l = lists[i];
      at[i] = static_cast<std::size_t>(
          std::lower_bound(l.begin() + static_cast<std::ptrdiff_t>(at[i]), l.end(), m.rowid,
                           [](const FtsMatch& a, std::int64_t r) { return a.rowid < r; }) -
          l.begin());
      everywhere = at[i] < l.size() && l[at[i]].rowid == m.rowid;
    }
    if (!everywhere) continue;
    rowids->push_back(m.rowid);
    for (std::size_t i = 0; i < n; ++i) tf->push_back(lists[i][at[i]].rank);
  }
}

// Turns the frequencies in rows[i].rank into ranks for one phrase of `idf`.
// Frequencies are mostly a few small whole numbers: each one's share is
// computed once (the same call, so the same double).
void RankOnePhrase(double idf, std::vector<FtsMatch>* rows) {
  constexpr int kMemo = 256;
  double memo[kMemo];
  bool known[kMemo] = {};
  for (FtsMatch& m : *rows) {
    const double tf = m.rank;
    if (tf >= 1 && tf < kMemo && tf == static_cast<double>(static_cast<int>(tf))) {
      const int i = static_cast<int>(tf);
      if (!known[i]) {
        memo[i] = -Bm25Share(idf, tf);
        known[i] = true;
      }
      m.rank = memo[i];
    } else {
      m.rank = -Bm25Share(idf, tf);
    }
  }
}

// lw_scan for a part of a split scan (ScanFtsPart): the statement's MATCH
// has rowid bounds, which FTS5 seeks to, and lw_scan runs on its first row.
// xQueryPhrase would walk the phrase from its first row whatever the bounds,
// and a call per SQL row costs a virtual-machine step and a function
// dispatch (~40 ns a row at 1M incidents), so lw_scan steps the statement's
// own cursor: it is the FTS5 table's sqlite3_vtab_cursor (FTS5 passes its
// cursor as the Fts5Context of an auxiliary function; fts5.h does not say
// so), and xNext/xEof of its module are what the virtual machine would
// call. The statement is LIMIT 1: nothing reads the cursor after lw_scan.
// fts_scan_test.cc pins the parts to ScanFts, row for row.
void PartScan(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx,
              ScanRequest* request) {
  auto* cursor = reinterpret_cast<sqlite3_vtab_cursor*>(fts);
  const sqlite3_module* module = cursor->pVtab->pModule;
  PhraseRows rows;
  rows.request = request;
  rows.rows = request->out;
  rows.prune = MayPrune(*request);
  sqlite3_int64 indexed = 0;
  int rc = api->xRowCount(fts, &indexed);
  while (rc == SQLITE_OK) {
    rc = CollectRow(api, fts, &rows);  // SQLITE_DONE at the range's end
    if (rc == SQLITE_OK) rc = module->xNext(cursor);
    if (rc == SQLITE_OK && module->xEof(cursor)) break;
  }
  if (rc != SQLITE_OK && rc != SQLITE_DONE) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  request->matched = rows.count;
  request->indexed = indexed;  // frequencies stay unranked: JoinFtsParts ranks
  sqlite3_result_int(ctx, 0);
}

void Scan(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int n_args,
          sqlite3_value** args) {
  // No C++ exception may cross back into SQLite.
  try {
    auto* request = n_args >= 1
                        ? static_cast<ScanRequest*>(sqlite3_value_pointer(args[0], kRequestType))
                        : nullptr;
    if (request == nullptr) {
      sqlite3_result_error(ctx, "lw_scan: called without its request", -1);
      return;
    }
    std::vector<FtsMatch>& out = *request->out;
    out.clear();
    const int phrases = api->xPhraseCount(fts);
    if (request->part && phrases != 1) {
      sqlite3_result_error(ctx, "lw_scan: a part of a split scan needs one phrase", -1);
      return;
    }
    if (request->part) {
      PartScan(api, fts, ctx, request);
      return;
    }
    // One phrase (the common case) goes straight into `out`.
    std::vector<std::vector<FtsMatch>> lists(phrases > 1 ? phrases : 0);
    std::int64_t single_count = 0;  // rows of the one phrase, kept or not
    for (int i = 0; i < phrases; ++i) {
      PhraseRows rows;
      rows.request = request;
      rows.rows = phrases > 1 ? &lists[i] : &out;
      rows.prune = phrases == 1 && MayPrune(*request);
      int rc = api->xQueryPhrase(fts, i, &rows, CollectRow);
      if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
      }
      if (phrases == 1) single_count = rows.count;
    }
    request->matched = phrases == 1 ? single_count : 0;
    if (!request->ranked && phrases <= 1) {
      sqlite3_result_int(ctx, 0);
      return;
    }
    std::vector<double> idf;
    if (request->ranked) {
      sqlite3_int64 total = 0;
      if (int rc = api->xRowCount(fts, &total); rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
      }
      for (int i = 0; i < phrases; ++i)
        idf.push_back(Bm25Idf(
            total, phrases > 1 ? static_cast<std::int64_t>(lists[i].size()) : single_count));
    }
    if (phrases == 1) {
      if (request->ranked) RankOnePhrase(idf[0], &out);
    } else {
      std::vector<std::int64_t> rowids;
      std::vector<double> tf;
      Intersect(lists, &rowids, &tf);
      out.reserve(rowids.size());
      for (std::size_t r = 0; r < rowids.size(); ++r) {
        double score = 0;
        if (request->ranked)
          for (int p = 0; p < phrases; ++p) score += Bm25Share(idf[p], tf[r * phrases + p]);
        out.push_back({rowids[r], request->ranked ? -score : 0.0});
      }
      request->matched = static_cast<std::int64_t>(out.size());
    }
    sqlite3_result_int(ctx, 0);
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  } catch (...) {
    sqlite3_result_error(ctx, "lw_scan: internal error", -1);
  }
}

}  // namespace

Status RegisterFtsScan(sqlite3* db) {
  LW_ASSIGN_OR_RETURN(fts5_api * api, FindFts5Api(db));
  int rc = api->xCreateFunction(api, kScanFunction, nullptr, Scan, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, "registering the FTS5 scan function");
  return Status::Ok();
}

Status ScanFts(Db& db, std::string_view table, std::string_view match, bool ranked,
               double title_weight, double body_weight, std::vector<FtsMatch>* out,
               std::size_t keep_best, std::int64_t* matched) {
  out->clear();
  if (matched) *matched = 0;
  std::string t(table);
  LW_ASSIGN_OR_RETURN(
      Stmt stmt, db.PrepareCached("SELECT " + std::string(kScanFunction) + "(" + t + ", ?2) FROM " +
                                  t + " WHERE " + t + " MATCH ?1 LIMIT 1"));
  ScanRequest request{ranked,
                      {title_weight, body_weight},
                      SmallWholeNumber(title_weight) && SmallWholeNumber(body_weight),
                      keep_best,
                      out};
  stmt.Bind(1, match).BindPointer(2, &request, kRequestType);
  // No row: nothing matches (lw_scan only runs on a first match).
  LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (row && matched) *matched = request.matched;
  return Status::Ok();
}

}  // namespace leakwatch::store

namespace leakwatch::store {

Status ScanFtsPart(Db& db, std::string_view table, std::string_view match, bool ranked,
                   double title_weight, double body_weight, RowidRange range, std::size_t keep_best,
                   FtsPart* out) {
  out->rows.clear();
  out->matched = 0;
  out->indexed = -1;
  std::string t(table);
  ScanRequest request;
  request.ranked = ranked;
  request.weight[0] = title_weight;
  request.weight[1] = body_weight;
  request.whole_weights = SmallWholeNumber(title_weight) && SmallWholeNumber(body_weight);
  request.keep_best = keep_best;
  request.out = &out->rows;
  request.part = true;
  request.hi = range.hi;
  // FTS5 seeks to ?3; lw_scan walks on from there and stops at ?4.
  LW_ASSIGN_OR_RETURN(Stmt stmt, db.PrepareCached("SELECT " + std::string(kScanFunction) + "(" + t +
                                                  ", ?2) FROM " + t + " WHERE " + t +
                                                  " MATCH ?1 AND rowid >= ?3 AND rowid < ?4 "
                                                  "LIMIT 1"));
  stmt.Bind(1, match).BindPointer(2, &request, kRequestType).Bind(3, range.lo).Bind(4, range.hi);
  // No row: nothing in the range matches.
  LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (row) {
    out->matched = request.matched;
    out->indexed = request.indexed;
  }
  return Status::Ok();
}

std::vector<RowidRange> SplitRowids(std::int64_t max_rowid, int parts, double first_weight) {
  std::vector<RowidRange> out(static_cast<std::size_t>(parts));
  const double total = first_weight + (parts - 1);
  const double rows = static_cast<double>(std::max<std::int64_t>(max_rowid, 0));
  for (int i = 1; i < parts; ++i) {
    // The first rowid of part i: after the weight of the parts before it.
    const auto cut = 1 + static_cast<std::int64_t>(rows * (first_weight + (i - 1)) / total);
    out[static_cast<std::size_t>(i - 1)].hi = cut;
    out[static_cast<std::size_t>(i)].lo = cut;
  }
  return out;
}

void JoinFtsParts(std::span<FtsPart> parts, bool ranked, std::vector<FtsMatch>* out,
                  std::int64_t* matched) {
  out->clear();
  std::int64_t count = 0, indexed = 0;
  std::size_t size = 0;
  for (const FtsPart& p : parts) {
    count += p.matched;
    size += p.rows.size();
    if (p.indexed >= 0) indexed = p.indexed;  // the same in every part that read it
  }
  // The first part's vector (the largest, usually) becomes the result.
  if (!parts.empty()) out->swap(parts[0].rows);
  out->reserve(size);
  for (std::size_t i = 1; i < parts.size(); ++i)
    out->insert(out->end(), parts[i].rows.begin(), parts[i].rows.end());
  if (ranked && !out->empty()) RankOnePhrase(Bm25Idf(indexed, count), out);
  if (matched) *matched = count;
}

}  // namespace leakwatch::store
