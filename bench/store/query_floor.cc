// lw_bench_fts_query_floor DB [ITERATIONS] [TEXT] [ONLY]: what FTS5 alone
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lw_bench_fts_query_floor DB [ITERATIONS] [TEXT] [ONLY]\n");
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
      !api.ok() || (*api)->xCreateFunction(*api, "lw_floor_walk", nullptr, Walk, nullptr))
    return 3;
  sqlite3_exec(db, "PRAGMA cache_size=-65536; PRAGMA mmap_size=1073741824;", nullptr, nullptr,
               nullptr);
  const std::string match = store::BuildFtsQuery(text).match;
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
      rows = 0;
      int rc;
      while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) ++rows;
      if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "%s: %s\n", v.name.c_str(), sqlite3_errmsg(db));
        return 3;
      }
      if (v.name == "walk") rows = static_cast<long long>(walked.size());
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
