// lw_bench_fts_query_floor DB [ITERATIONS] [TEXT] [ONLY] [SPLIT]: what FTS5 alone
// costs for a search, the floor under lw_bench_store_query. Opens DB
// read-only, registers our tokenizer and rank function (as the store does on
// every connection) and times, per variant, the matches of TEXT (default
// 保険) to the end:
//   rowids      SELECT rowid ... MATCH          (doclist walk, one SQL row each)
//   rank        SELECT rowid, rank ... MATCH    (what SqliteStore::Search ran)
//   top20       ... ORDER BY rank LIMIT 20      (FTS5's own sort, lw_bm25)
//   bm25_top20  ... ORDER BY bm25(4.0, 1.0) LIMIT 20 (strict BM25: doc sizes)
//   walk        phrase 0's rowids by xQueryPhrase from an auxiliary function
//               called once: no SQL row per match, no positions (the least
//               any scan through FTS5's API can cost)
//   walk_below  walk, stopping at the first rowid >= SPLIT (SQLITE_DONE)
//   walk_above  walk, keeping only rowids >= SPLIT (xQueryPhrase cannot seek)
//   walk_pos    walk, with xPhraseFirst per row (what every ranked row needs)
//   count       SELECT count(*) ... MATCH (one VDBE loop step per match)
//   count_above / count_below  ... AND rowid >= / < SPLIT (FTS5 seeks to it)
//   rows_pos    SELECT count(lw_floor_row(t)): xPhraseFirst per SQL row
//   rows_pos_above  the same from rowid SPLIT
// SPLIT (5th argument) defaults to half the largest rowid of `incidents`.
// Prints "<name> p50_ms p99_ms cpu_p50_ms rows": wall-clock percentiles and
// the median of this thread's CPU time, steadier on a shared machine. ONLY:
// just that variant. Not a test.
#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "store/fts_query.h"
#include "store/fts_rank.h"
#include "store/fts_tokenizer.h"

using namespace leakwatch;

namespace {

double CpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

constexpr const char* kRowidsType = "lw_floor_rowids";

int WalkRow(const Fts5ExtensionApi* api, Fts5Context* fts, void* rowids) {
  static_cast<std::vector<long long>*>(rowids)->push_back(api->xRowid(fts));
  return SQLITE_OK;
}

// lw_floor_walk(table, rowids): phrase 0's rowids into the bound vector.
void Walk(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int n_args,
          sqlite3_value** args) {
  auto* rowids =
      n_args == 1
          ? static_cast<std::vector<long long>*>(sqlite3_value_pointer(args[0], kRowidsType))
          : nullptr;
  if (rowids == nullptr) return sqlite3_result_error(ctx, "lw_floor_walk: no vector", -1);
  rowids->clear();
  sqlite3_result_int(ctx, api->xQueryPhrase(fts, 0, rowids, WalkRow));
}

// The rowid range of a ranged walk: [lo, hi); `pos` also starts each row's
// position list (xPhraseFirst), as the store's scan does.
struct Range {
  long long lo = 0, hi = 0;
  bool pos = false;
  std::vector<long long>* rowids = nullptr;
};
constexpr const char* kRangeType = "lw_floor_range";

int RangeRow(const Fts5ExtensionApi* api, Fts5Context* fts, void* p) {
  auto* r = static_cast<Range*>(p);
  const long long rowid = api->xRowid(fts);
  if (rowid >= r->hi) return SQLITE_DONE;  // xQueryPhrase stops, returning OK
  if (rowid < r->lo) return SQLITE_OK;
  if (r->pos) {
    Fts5PhraseIter it;
    int column = 0, offset = 0;
    if (int rc = api->xPhraseFirst(fts, 0, &it, &column, &offset); rc != SQLITE_OK) return rc;
  }
  r->rowids->push_back(rowid);
  return SQLITE_OK;
}

// lw_floor_range(table, range): phrase 0's rowids in [lo, hi) by xQueryPhrase.
void RangeWalk(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int n_args,
               sqlite3_value** args) {
  auto* r = n_args == 1 ? static_cast<Range*>(sqlite3_value_pointer(args[0], kRangeType)) : nullptr;
  if (r == nullptr) return sqlite3_result_error(ctx, "lw_floor_range: no range", -1);
  r->rowids->clear();
  sqlite3_result_int(ctx, api->xQueryPhrase(fts, 0, r, RangeRow));
}

// lw_floor_row(table): called per SQL row; starts phrase 0's position list.
void RowPositions(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int,
                  sqlite3_value**) {
  Fts5PhraseIter it;
  int column = 0, offset = 0;
  if (int rc = api->xPhraseFirst(fts, 0, &it, &column, &offset); rc != SQLITE_OK)
    return sqlite3_result_error_code(ctx, rc);
  sqlite3_result_int(ctx, column);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lw_bench_fts_query_floor DB [ITERATIONS] [TEXT] [ONLY] [SPLIT]\n");
    return 2;
  }
  int iterations = argc > 2 ? std::atoi(argv[2]) : 50;
  std::string text = argc > 3 ? argv[3] : "保険";
  std::string only = argc > 4 ? argv[4] : "";
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db));
    return 3;
  }
  if (!store::RegisterFtsTokenizer(db).ok() || !store::RegisterFtsRank(db).ok()) return 3;
  if (auto api = store::FindFts5Api(db);
      !api.ok() || (*api)->xCreateFunction(*api, "lw_floor_walk", nullptr, Walk, nullptr) ||
      (*api)->xCreateFunction(*api, "lw_floor_range", nullptr, RangeWalk, nullptr) ||
      (*api)->xCreateFunction(*api, "lw_floor_row", nullptr, RowPositions, nullptr))
    return 3;
  sqlite3_exec(db, "PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824;", nullptr, nullptr,
               nullptr);
  const std::string match = store::BuildFtsQuery(text).match;
  // The ranged variants split the rowids at SPLIT (default: half the largest).
  long long split = argc > 5 ? std::atoll(argv[5]) : 0;
  if (split <= 0) {
    sqlite3_stmt* max = nullptr;
    sqlite3_prepare_v2(db, "SELECT max(rowid) FROM incidents", -1, &max, nullptr);
    if (sqlite3_step(max) == SQLITE_ROW) split = sqlite3_column_int64(max, 0) / 2;
    sqlite3_finalize(max);
  }
  const std::string where = " FROM incident_text WHERE incident_text MATCH ?1";
  struct Variant {
    std::string name, sql;
  };
  const std::vector<Variant> variants = {
      {"rowids", "SELECT rowid" + where},
      {"rank", "SELECT rowid, rank" + where},
      {"top20", "SELECT rowid, rank" + where + " ORDER BY rank LIMIT 20"},
      {"bm25_top20",
       "SELECT rowid, bm25(incident_text, 4.0, 1.0) AS s" + where + " ORDER BY s LIMIT 20"},
      {"walk", "SELECT lw_floor_walk(incident_text, ?2)" + where + " LIMIT 1"},
      {"walk_below", "SELECT lw_floor_range(incident_text, ?2)" + where + " LIMIT 1"},
      {"walk_above", "SELECT lw_floor_range(incident_text, ?2)" + where + " LIMIT 1"},
      {"walk_pos", "SELECT lw_floor_range(incident_text, ?2)" + where + " LIMIT 1"},
      {"count", "SELECT count(*)" + where},
      {"count_above", "SELECT count(*)" + where + " AND rowid >= ?3"},
      {"count_below", "SELECT count(*)" + where + " AND rowid < ?3"},
      {"rows_pos", "SELECT rowid" + where + " AND lw_floor_row(incident_text) < 0"},
      {"rows_pos_above",
       "SELECT rowid" + where + " AND rowid >= ?3 AND lw_floor_row(incident_text) < 0"},
  };
  std::vector<long long> walked;
  for (const Variant& v : variants) {
    if (!only.empty() && only != v.name) continue;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, v.sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      std::fprintf(stderr, "%s: %s\n", v.sql.c_str(), sqlite3_errmsg(db));
      return 3;
    }
    std::vector<double> wall, cpu;
    long long rows = 0;
    for (int i = 0; i < iterations + 2; ++i) {  // two runs to warm the page cache
      auto w0 = std::chrono::steady_clock::now();
      double c0 = CpuMs();
      sqlite3_reset(stmt);
      sqlite3_bind_text(stmt, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
      if (v.name == "walk") sqlite3_bind_pointer(stmt, 2, &walked, kRowidsType, nullptr);
      Range range{0, 1LL << 62, false, &walked};
      if (v.name == "walk_below") range.hi = split;
      if (v.name == "walk_above") range.lo = split;
      if (v.name == "walk_pos") range.pos = true;
      if (v.name.rfind("walk_", 0) == 0) sqlite3_bind_pointer(stmt, 2, &range, kRangeType, nullptr);
      if (v.name.find("_above") != std::string::npos || v.name == "count_below")
        sqlite3_bind_int64(stmt, 3, split);
      rows = 0;
      int rc;
      long long last = 0;  // the count of the aggregate variants
      while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        last = sqlite3_column_int64(stmt, 0);
      }
      if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "%s: %s\n", v.name.c_str(), sqlite3_errmsg(db));
        return 3;
      }
      if (v.name.rfind("walk", 0) == 0) rows = static_cast<long long>(walked.size());
      if (v.name.rfind("count", 0) == 0 || v.name.rfind("rows_pos", 0) == 0) rows = last;
      double c = CpuMs() - c0;
      double w =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - w0).count();
      if (i >= 2) {
        wall.push_back(w);
        cpu.push_back(c);
      }
    }
    sqlite3_finalize(stmt);
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    auto pct = [](const std::vector<double>& v, double p) {
      return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
    };
    std::printf("%s %.3f %.3f %.3f %lld\n", v.name.c_str(), pct(wall, 0.5), pct(wall, 0.99),
                pct(cpu, 0.5), rows);
  }
  sqlite3_close(db);
  return 0;
}
