#include "store/fts_rank.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <new>
#include <vector>

#include "store/fts_tokenizer.h"
#include "store/sqlite_db.h"

namespace leakwatch::store {

namespace {

// Per query: the idf of each phrase.
struct QueryData {
  std::vector<double> idf;
};

int CountRow(const Fts5ExtensionApi*, Fts5Context*, void* n) {
  ++*static_cast<sqlite3_int64*>(n);
  return SQLITE_OK;
}

Result<QueryData*> Prepare(const Fts5ExtensionApi* api, Fts5Context* fts) {
  if (auto* d = static_cast<QueryData*>(api->xGetAuxdata(fts, 0))) return d;
  auto d = std::make_unique<QueryData>();
  sqlite3_int64 rows = 0;
  if (api->xRowCount(fts, &rows) != SQLITE_OK) return Status::Internal("xRowCount");
  for (int i = 0; i < api->xPhraseCount(fts); ++i) {
    sqlite3_int64 hits = 0;
    if (api->xQueryPhrase(fts, i, &hits, CountRow) != SQLITE_OK)
      return Status::Internal("xQueryPhrase");
    d->idf.push_back(Bm25Idf(rows, hits));
  }
  QueryData* raw = d.release();
  if (api->xSetAuxdata(fts, raw, [](void* p) { delete static_cast<QueryData*>(p); }) != SQLITE_OK)
    return Status::Internal("xSetAuxdata");  // SQLite has already freed `raw`
  return raw;
}

void Bm25(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int n_args,
          sqlite3_value** args) {
  // No C++ exception may cross back into SQLite.
  try {
    auto data = Prepare(api, fts);
    if (!data.ok()) {
      sqlite3_result_error(ctx, data.status().message().c_str(), -1);
      return;
    }
    const std::vector<double>& idf = (*data)->idf;
    // Called once per matching row: no allocation on the common path (the
    // index has two columns; queries rarely have more than a few phrases).
    constexpr int kMaxColumns = 8;
    constexpr size_t kInlinePhrases = 16;
    int columns = std::min(api->xColumnCount(fts), kMaxColumns);
    double weight[kMaxColumns];
    for (int c = 0; c < columns; ++c) weight[c] = c < n_args ? sqlite3_value_double(args[c]) : 1.0;
    double inline_tf[kInlinePhrases] = {};
    std::vector<double> heap_tf;
    double* tf = inline_tf;
    if (idf.size() > kInlinePhrases) {
      heap_tf.assign(idf.size(), 0.0);
      tf = heap_tf.data();
    }
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
      sqlite3_result_error(ctx, "lw_bm25: xInstCount failed", -1);
      return;
    }
    for (int i = 0; i < instances; ++i) {
      int phrase = 0, column = 0, offset = 0;
      if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK) continue;
      if (phrase >= 0 && static_cast<size_t>(phrase) < idf.size() && column >= 0 &&
          column < columns)
        tf[phrase] += weight[column];
    }
    double score = 0;
    for (size_t p = 0; p < idf.size(); ++p) score += Bm25Share(idf[p], tf[p]);
    sqlite3_result_double(ctx, -score);  // like bm25(): lower sorts first
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  } catch (...) {
    sqlite3_result_error(ctx, "lw_bm25: internal error", -1);
  }
}

}  // namespace

double Bm25Idf(std::int64_t rows, std::int64_t hits) {
  double idf =
      std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
  return idf > 1e-6 ? idf : 1e-6;
}

Status RegisterFtsRank(sqlite3* db) {
  LW_ASSIGN_OR_RETURN(fts5_api * api, FindFts5Api(db));
  int rc = api->xCreateFunction(api, kFtsRankFunction, nullptr, Bm25, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, "registering the FTS5 rank function");
  return Status::Ok();
}

}  // namespace leakwatch::store
