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
// A search with many matches may scan them in rowid ranges at once, a range
// on a scan thread's own connection whose read transaction must see the
// caller's generation (else the caller scans that range itself): see
// OpenOptions::search_threads and docs/decisions.md.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/column_snapshot.h"
#include "store/fts_query.h"
#include "store/fts_scan.h"
#include "store/result_cache.h"
#include "store/scan_pool.h"
#include "store/split_governor.h"
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

  // What intra-query parallelism did since Open (for tests and benchmarks):
  // searches handed to a scan thread, chunks the scan threads scanned, scan
  // threads that took no chunk because they saw another generation (a write
  // committed after the caller began) or that failed on a chunk (the caller
  // then scanned those chunks itself), and tasks the caller took back
  // because it had scanned every chunk before their thread started.
  struct SplitStats {
    std::int64_t searches = 0, parts = 0, declined = 0, taken_back = 0;
  };
  SplitStats split_stats() const;

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
  // ScanFts of `fts` on `db` (in a read transaction whose generation `cols`
  // belongs to), split by rowid ranges over idle scan threads when the query
  // is one phrase whose last scan took long enough (OpenOptions::search_threads);
  // the same *out and *matched either way (sqlite_split_scan.cc).
  Status ScanMatches(Db& db, const ColumnSnapshot& cols, const FtsQuery& fts, bool ranked,
                     std::size_t keep_best, std::vector<FtsMatch>* out, std::int64_t* matched);
  // The chunks of a split scan, taken in turn by the threads that scan.
  struct ChunkQueue {
    std::vector<RowidRange> ranges;  // ascending, together every rowid
    std::vector<FtsPart> parts;      // one per range
    std::vector<char> redo;          // a scan thread failed on that chunk
    std::atomic<std::size_t> next{0};
    std::atomic<std::int64_t> scanned_here{0};  // chunks the scan threads did
    std::atomic<std::int64_t> micros{0};        // time spent on chunks, all threads
    std::atomic<std::int64_t> cpu_micros{0};    // their CPU time, all threads
  };
  // Scans chunks of `queue` until none is left, on a pooled connection of
  // its own in a read transaction that must see `generation`: kUnavailable,
  // before taking any chunk, if it sees another; on an error, the chunk is
  // marked for the caller to redo.
  Status ScanChunksOnThread(std::int64_t generation, const std::string& match, bool ranked,
                            std::size_t keep_best, ChunkQueue* queue);
  // The pool to split a scan of `fts` with, or null to scan it whole.
  ScanPool* SplitPool(const FtsQuery& fts);
  // Keeps how long a scan of `fts` took, for SplitPool's next decision.
  void NoteScanCost(const FtsQuery& fts, std::int64_t micros);

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
  std::mutex cost_mu_;  // guards scan_micros_
  // The last scan time of a one-phrase MATCH expression, in microseconds.
  std::unordered_map<std::string, std::int64_t> scan_micros_;
  std::atomic<int> scans_in_flight_{0};  // searches in ScanMatches now
  SplitGovernor governor_;
  std::atomic<std::int64_t> split_searches_{0}, split_parts_{0}, declined_{0}, taken_back_{0};
  // Started on the first search that may split; declared last, so its
  // threads (which use the reader pool) stop first.
  std::once_flag scan_pool_once_;
  std::unique_ptr<ScanPool> scan_pool_;
};

}  // namespace leakwatch::store
