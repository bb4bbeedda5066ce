// The SQLite back end of store::Store (the default; embedded, one file).
//
// Schema (migrations.cc, PRAGMA user_version): the narrow table `incidents`
// holds the id, a content hash and the columns filters, sorts and facets read;
// `incident_sources` (same rowid) the record as JSON and its verbatim source;
// `incident_text` is a contentless FTS5 index over
// MakeSearchDocument() with the "leakwatch" tokenizer, ranked by lw_bm25
// (fts_rank.h: BM25 without length normalisation, title hits weighing 4).
// Merged reports are removed from the index, so search never sees them.
//
// Semantics beyond store.h: the date of an incident (sorts, the from/to
// filters, the year facet and statistics) is announced_date, else
// incident_date; undated incidents come last in both date sorts and never
// match from/to. Statistics count incidents not merged into another.
//
// Concurrency: one writer connection behind a mutex (a Put batch is one
// IMMEDIATE transaction), and a pool of reader connections; in WAL mode
// readers never wait for the writer. Each read runs in one read transaction.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "store/column_snapshot.h"
#include "store/result_cache.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace leakwatch::store {

class SqliteStore final : public Store {
 public:
  // Opens (or creates) the database at `path`. `schema_version` is for tests
  // that need a file of an older version; by default all migrations are applied.
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path,
                                                   const OpenOptions& options,
                                                   int schema_version = -1);
  ~SqliteStore() override;

  Status Put(std::span<const IngestItem> batch, PutSummary* summary) override;
  Result<std::optional<StoredIncident>> Get(std::string_view id) override;
  // One pooled connection in one read transaction, with the column snapshot
  // of the generation it sees (sqlite_view.cc).
  Result<std::unique_ptr<ReadView>> OpenReadView() override;
  Result<SearchPage> Search(const SearchQuery& query) override;
  Result<Facets> ComputeFacets(const SearchQuery& query) override;
  // With text, one scan of the matches for both.
  Result<SearchPage> SearchWithFacets(const SearchQuery& query, Facets* facets) override;
  Result<Statistics> ComputeStatistics() override;
  Status ForEach(const std::function<Status(const StoredIncident&)>& fn) override;
  Status Merge(const record::Incident& merged, std::span<const std::string> members) override;
  Result<std::int64_t> Count() override;
  Result<std::int64_t> Generation() override;

 private:
  // A pooled read connection, returned to the pool on destruction.
  class Reader {
   public:
    Reader(SqliteStore* store, Db db) : store_(store), db_(std::move(db)) {}
    Reader(Reader&& o) noexcept : store_(o.store_), db_(std::move(o.db_)) { o.db_.reset(); }
    ~Reader();
    Db& db() { return *db_; }

   private:
    SqliteStore* store_;
    std::optional<Db> db_;
  };
  struct WriteStatements;
  class View;

  SqliteStore(std::string path, OpenOptions options);
  Result<Db> Connect(bool writer);
  Result<Reader> AcquireReader();
  Status PrepareWrites();  // REQUIRES: write_mu_ held
  Status PutLocked(const IngestItem& item, std::int64_t now, PutSummary* summary);
  // In a write transaction (write_mu_ held): read the stored generation (rows
  // written get it + 1), and store the new one if the transaction changed rows.
  Status BeginGeneration();
  Status EndGeneration();
  // Begins a read transaction on `db` in `*tx` and returns the column
  // snapshot of the generation that transaction sees (loading it if it is
  // newer than the last one loaded). REQUIRES: *tx is empty.
  Result<std::shared_ptr<const ColumnSnapshot>> BeginRead(Db& db, std::optional<Transaction>* tx);
  // Runs fn(Db&, const ColumnSnapshot&) in a read transaction of its own (BeginRead).
  template <typename T, typename Fn>
  Result<T> ReadWithColumns(Fn&& fn);
  // Get inside the caller's read transaction on `db`.
  Result<std::optional<StoredIncident>> GetIn(Db& db, std::string_view id);
  // Search, and when `facets` is not null the query's facets counted in the
  // same pass, inside the caller's read transaction on `*db`, whose
  // generation `*cols` belongs to; with `db` null in a read transaction of
  // its own. REQUIRES: the query has text when `facets` is not null; `cols`
  // is null exactly when `db` is.
  Result<SearchPage> SearchIn(Db* db, const ColumnSnapshot* cols, const SearchQuery& query,
                              Facets* facets);
  // SearchIn(nullptr, nullptr, query, facets).
  Result<SearchPage> SearchAndCount(const SearchQuery& query, Facets* facets);

  std::string path_;
  OpenOptions options_;
  std::mutex write_mu_;
  std::optional<Db> writer_;
  std::unique_ptr<WriteStatements> write_stmts_;
  std::mutex pool_mu_;
  std::vector<Db> readers_;
  std::mutex snapshot_mu_;  // guards snapshot_ (the newest loaded)
  std::shared_ptr<const ColumnSnapshot> snapshot_;
  std::mutex load_mu_;  // one loader at a time
  ResultCache<SearchPage> page_cache_;
  ResultCache<Facets> facet_cache_;
  // Hits of searches without text (the record and its default snippet) by
  // rowid: the same few incidents head the listings of a type, region or
  // organization that every incident page shows as related. Off with the
  // other caches (result_cache_entries 0).
  ResultCache<SearchHit> hit_cache_;
};

}  // namespace leakwatch::store
