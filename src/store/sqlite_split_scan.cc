// SqliteStore::ScanMatches: intra-query parallelism over rowid ranges.
//
// A one-phrase query with many matches spends most of its time in FTS5's
// walk of the phrase's doclist and in reading each row's positions. Split by
// rowid, the parts are independent: the caller scans the first range on its
// own connection, idle scan threads the others, each on a pooled connection:
// FTS5 seeks to the range's start and lw_scan walks to its end (every part
// costs the same per row, so the ranges are equal). The ranks need the idf of the whole query (the
// index's row count and the matches of every part), so parts return frequencies and JoinFtsParts
// ranks them together: the same doubles as one scan.
//
// Every part must read the state the caller's read transaction sees. Debian's
// SQLite has no sqlite3_snapshot_open, so a scan thread's transaction reads
// the store generation first: another value (a write committed since the
// caller began) and the caller scans that range itself, in its own
// transaction. The generation changes with every write that changes rows
// (sqlite_store.cc), so equal generations mean equal contents.
#include <thread>

#include "store/fts_rank.h"
#include "store/sqlite_store.h"

namespace leakwatch::store {

namespace {

int ThreadsFor(int wanted) {
  if (wanted >= 0) return wanted;
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  return cores > 1 ? cores - 1 : 0;
}

}  // namespace

SqliteStore::SplitStats SqliteStore::split_stats() const {
  return {split_searches_.load(), split_parts_.load(), rescanned_parts_.load()};
}

ScanPool* SqliteStore::SplitPool(const ColumnSnapshot& cols, const FtsQuery& fts) {
  // One phrase only: the parts of an AND would each need every phrase's own
  // count. No prefix query: FTS5 merges a prefix's doclists for each part.
  if (options_.search_threads == 0 || fts.phrases != 1 || !fts.prefixes.empty() ||
      cols.max_rowid() < options_.parallel_search_min_rows)
    return nullptr;
  std::call_once(scan_pool_once_, [this] {
    const int threads = ThreadsFor(options_.search_threads);
    if (threads > 0) scan_pool_ = std::make_unique<ScanPool>(threads);
  });
  return scan_pool_.get();
}

Status SqliteStore::ScanPartAt(std::int64_t generation, const std::string& match, bool ranked,
                               std::size_t keep_best, RowidRange range, FtsPart* part) {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Transaction tx(reader.db(), /*immediate=*/false);
  LW_RETURN_IF_ERROR(tx.begun());
  LW_ASSIGN_OR_RETURN(std::int64_t seen, ReadGeneration(reader.db()));
  if (seen != generation)
    return Status::Unavailable("scan thread sees generation " + std::to_string(seen) + ", not " +
                               std::to_string(generation));
  return ScanFtsPart(reader.db(), "incident_text", match, ranked, kTitleWeight, kBodyWeight, range,
                     keep_best, part);
}

Status SqliteStore::ScanMatches(Db& db, const ColumnSnapshot& cols, const FtsQuery& fts,
                                bool ranked, std::size_t keep_best, std::vector<FtsMatch>* out,
                                std::int64_t* matched) {
  ScanPool* pool = SplitPool(cols, fts);
  if (pool == nullptr)
    return ScanFts(db, "incident_text", fts.match, ranked, kTitleWeight, kBodyWeight, out,
                   keep_best, matched);
  const int n = 1 + pool->threads();
  const std::vector<RowidRange> ranges = SplitRowids(cols.max_rowid(), n);
  // Kept per thread, like the caller's matches: their capacity is reused.
  // (A lambda does not capture a thread_local: the scan threads get a
  // reference to this thread's.)
  thread_local std::vector<FtsPart> kept_parts;
  std::vector<FtsPart>& parts = kept_parts;
  parts.resize(static_cast<std::size_t>(n));
  std::vector<Status> status(static_cast<std::size_t>(n));
  std::vector<char> handed(static_cast<std::size_t>(n), 0);
  int handed_count = 0;
  Status own;
  {
    TaskCounter pending;
    // Every way out of this block waits for the parts handed out: they
    // write into `parts` and `status`.
    struct WaitFor {
      TaskCounter& pending;
      ~WaitFor() { pending.Wait(); }
    } wait_for{pending};
    for (int i = 1; i < n; ++i) {
      pending.Add();
      const std::int64_t generation = cols.generation();
      const std::size_t p = static_cast<std::size_t>(i);
      handed[p] = pool->TryRun([&, p, generation, part = &parts[p]] {
        try {
          status[p] = ScanPartAt(generation, fts.match, ranked, keep_best, ranges[p], part);
        } catch (...) {  // bad_alloc: the caller scans the part itself
          status[p] = Status::Internal("scan thread failed");
        }
        pending.Done();
      });
      if (!handed[p]) {
        pending.Done();
        break;  // every thread busy: the caller takes the rest
      }
      ++handed_count;
    }
    if (handed_count == 0)
      return ScanFts(db, "incident_text", fts.match, ranked, kTitleWeight, kBodyWeight, out,
                     keep_best, matched);
    // The caller's own part(s): the first, and any no thread took.
    for (std::size_t p = 0; p < parts.size() && own.ok(); ++p)
      if (!handed[p])
        own = ScanFtsPart(db, "incident_text", fts.match, ranked, kTitleWeight, kBodyWeight,
                          ranges[p], keep_best, &parts[p]);
  }
  LW_RETURN_IF_ERROR(own);
  split_searches_.fetch_add(1, std::memory_order_relaxed);
  split_parts_.fetch_add(handed_count, std::memory_order_relaxed);
  for (std::size_t p = 1; p < parts.size(); ++p) {
    if (!handed[p] || status[p].ok()) continue;
    // Another generation (or a failure) on the scan thread: this range
    // again, in the caller's transaction.
    rescanned_parts_.fetch_add(1, std::memory_order_relaxed);
    LW_RETURN_IF_ERROR(ScanFtsPart(db, "incident_text", fts.match, ranked, kTitleWeight,
                                   kBodyWeight, ranges[p], keep_best, &parts[p]));
  }
  JoinFtsParts(parts, ranked, out, matched);
  return Status::Ok();
}

}  // namespace leakwatch::store
