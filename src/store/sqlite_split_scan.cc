// SqliteStore::ScanMatches: intra-query parallelism over rowid ranges.
//
// A one-phrase query with many matches spends most of its time in FTS5's
// walk of the phrase's doclist and in reading each row's positions. Split by
// rowid, the parts are independent: the rowids are cut into equal chunks
// that the caller (on its connection) and idle scan threads (each on a
// pooled connection) take in turn; for each, FTS5 seeks to the chunk's start
// and lw_scan walks to its end. The ranks need the idf of the whole query (the
// index's row count and the matches of every part), so parts return frequencies and JoinFtsParts
// ranks them together: the same doubles as one scan.
//
// Every part must read the state the caller's read transaction sees. Debian's
// SQLite has no sqlite3_snapshot_open, so a scan thread's transaction reads
// the store generation first: another value (a write committed since the
// caller began) and the scan thread takes no chunk, leaving them all to the
// caller's transaction. The generation changes with every write that changes rows
// (sqlite_store.cc), so equal generations mean equal contents.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

#include "store/fts_rank.h"
#include "store/sqlite_store.h"

namespace leakwatch::store {

namespace {

// The rowids are cut into this many chunks per thread (the caller's and the
// scan threads'), which the threads take in turn: a thread that starts late
// or runs slowly (another process on its core) leaves its chunks to the
// others, and chunks of dense and sparse rowid stretches even out. Each
// chunk costs a statement run and a seek.
constexpr int kChunksPerThread = 4;

// How many texts' scan costs the store keeps (forgotten all at once).
constexpr std::size_t kScanCostEntries = 4096;

std::int64_t MicrosSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                               start)
      .count();
}

std::int64_t ThreadCpuMicros() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

int Cores() {
  static const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  return cores;
}

int ThreadsFor(int wanted) { return wanted >= 0 ? wanted : Cores() - 1; }

}  // namespace

SqliteStore::SplitStats SqliteStore::split_stats() const {
  return {split_searches_.load(), split_parts_.load(), declined_.load(), taken_back_.load()};
}

ScanPool* SqliteStore::SplitPool(const FtsQuery& fts) {
  // One phrase only: the parts of an AND would each need every phrase's own
  // count. No prefix query: FTS5 merges a prefix's doclists for each part.
  if (options_.search_threads == 0 || fts.phrases != 1 || !fts.prefixes.empty()) return nullptr;
  if (options_.parallel_search_min_micros > 0) {
    std::lock_guard lock(cost_mu_);
    auto it = scan_micros_.find(fts.match);
    if (it == scan_micros_.end() || it->second < options_.parallel_search_min_micros)
      return nullptr;
  }
  std::call_once(scan_pool_once_, [this] {
    const int threads = ThreadsFor(options_.search_threads);
    if (threads > 0) scan_pool_ = std::make_unique<ScanPool>(threads);
  });
  return scan_pool_.get();
}

void SqliteStore::NoteScanCost(const FtsQuery& fts, std::int64_t micros) {
  if (options_.search_threads == 0 || options_.parallel_search_min_micros == 0 ||
      fts.phrases != 1 || !fts.prefixes.empty())
    return;
  std::lock_guard lock(cost_mu_);
  if (scan_micros_.size() >= kScanCostEntries) scan_micros_.clear();  // a crude bound
  scan_micros_[fts.match] = micros;
}

Status SqliteStore::ScanChunksOnThread(std::int64_t generation, const std::string& match,
                                       bool ranked, std::size_t keep_best, ChunkQueue* queue) {
  LW_ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Transaction tx(reader.db(), /*immediate=*/false);
  LW_RETURN_IF_ERROR(tx.begun());
  LW_ASSIGN_OR_RETURN(std::int64_t seen, ReadGeneration(reader.db()));
  if (seen != generation)
    return Status::Unavailable("scan thread sees generation " + std::to_string(seen) + ", not " +
                               std::to_string(generation));
  const std::int64_t cpu_start = ThreadCpuMicros();
  struct AddCpu {
    ChunkQueue* queue;
    std::int64_t start;
    ~AddCpu() { queue->cpu_micros += ThreadCpuMicros() - start; }
  } add_cpu{queue, cpu_start};
  for (std::size_t i; (i = queue->next.fetch_add(1)) < queue->ranges.size();) {
    const auto start = std::chrono::steady_clock::now();
    Status s = ScanFtsPart(reader.db(), "incident_text", match, ranked, kTitleWeight, kBodyWeight,
                           queue->ranges[i], keep_best, &queue->parts[i]);
    if (!s.ok()) {
      queue->redo[i] = 1;  // the caller scans it again
      return s;
    }
    ++queue->scanned_here;
    queue->micros += MicrosSince(start);
  }
  return Status::Ok();
}

Status SqliteStore::ScanMatches(Db& db, const ColumnSnapshot& cols, const FtsQuery& fts,
                                bool ranked, std::size_t keep_best, std::vector<FtsMatch>* out,
                                std::int64_t* matched) {
  const auto start = std::chrono::steady_clock::now();
  // Searches scanning in this store now, this one included: with as many as
  // there are cores, no core is left for a scan thread, and splitting would
  // only add its costs (a server under load runs each search whole).
  struct InFlight {
    std::atomic<int>& n;
    const int now = n.fetch_add(1, std::memory_order_relaxed) + 1;
    ~InFlight() { n.fetch_sub(1, std::memory_order_relaxed); }
  } in_flight{scans_in_flight_};
  const bool core_left =
      in_flight.now < Cores() || options_.parallel_search_min_micros == 0;  // 0: always
  ScanPool* pool = cols.max_rowid() > 0 && core_left ? SplitPool(fts) : nullptr;
  // (Asked last: Allow counts down a back-off only for searches that could split.)
  if (pool != nullptr && options_.parallel_search_min_micros > 0 && !governor_.Allow())
    pool = nullptr;
  if (pool == nullptr) {
    LW_RETURN_IF_ERROR(ScanFts(db, "incident_text", fts.match, ranked, kTitleWeight, kBodyWeight,
                               out, keep_best, matched));
    NoteScanCost(fts, MicrosSince(start));
    return Status::Ok();
  }
  // Kept per thread, like the caller's matches: their capacity is reused.
  // (A lambda does not capture a thread_local: the scan threads get a
  // pointer to this thread's.)
  thread_local ChunkQueue kept_queue;
  ChunkQueue* queue = &kept_queue;
  const int chunks = (1 + pool->threads()) * kChunksPerThread;
  queue->ranges = SplitRowids(cols.max_rowid(), chunks);
  queue->parts.resize(queue->ranges.size());
  queue->redo.assign(queue->ranges.size(), 0);
  queue->next = 0;
  queue->scanned_here = 0;
  queue->micros = 0;
  queue->cpu_micros = 0;
  std::vector<Status> thread_status(static_cast<std::size_t>(pool->threads()));
  std::vector<std::shared_ptr<Handoff>> handoffs;
  Status own;
  {
    // Every way out of this block takes back the tasks not started and
    // waits for the others: they write into *queue and thread_status.
    struct TakeBack {
      std::vector<std::shared_ptr<Handoff>>& handoffs;
      std::atomic<std::int64_t>& taken_back;
      ~TakeBack() {
        for (auto& h : handoffs)
          if (h->TakeBackOrWait()) taken_back.fetch_add(1, std::memory_order_relaxed);
      }
    } take_back{handoffs, taken_back_};
    for (Status& status : thread_status) {
      auto handoff = std::make_shared<Handoff>();
      const std::int64_t generation = cols.generation();
      const bool taken = pool->TryRun([&, handoff, queue, generation, status = &status] {
        if (!handoff->Start()) return;  // the caller did it all: touch nothing
        try {
          *status = ScanChunksOnThread(generation, fts.match, ranked, keep_best, queue);
        } catch (...) {  // bad_alloc: the caller scans what is left
          *status = Status::Internal("scan thread failed");
        }
        handoff->Finish();
      });
      if (!taken) break;  // every thread busy
      handoffs.push_back(std::move(handoff));
    }
    if (handoffs.empty()) {
      LW_RETURN_IF_ERROR(ScanFts(db, "incident_text", fts.match, ranked, kTitleWeight, kBodyWeight,
                                 out, keep_best, matched));
      NoteScanCost(fts, MicrosSince(start));
      return Status::Ok();
    }
    // The caller takes chunks too, from the same queue: if a scan thread
    // starts late (a busy machine), the caller does its share, or all.
    const auto own_start = std::chrono::steady_clock::now();
    const std::int64_t own_cpu = ThreadCpuMicros();
    for (std::size_t i; own.ok() && (i = queue->next.fetch_add(1)) < queue->ranges.size();)
      own = ScanFtsPart(db, "incident_text", fts.match, ranked, kTitleWeight, kBodyWeight,
                        queue->ranges[i], keep_best, &queue->parts[i]);
    queue->micros += MicrosSince(own_start);
    queue->cpu_micros += ThreadCpuMicros() - own_cpu;
  }
  LW_RETURN_IF_ERROR(own);
  split_searches_.fetch_add(1, std::memory_order_relaxed);
  split_parts_.fetch_add(queue->scanned_here, std::memory_order_relaxed);
  for (const Status& status : thread_status)
    if (!status.ok()) declined_.fetch_add(1, std::memory_order_relaxed);
  // A chunk a scan thread failed on: again, in the caller's transaction.
  for (std::size_t i = 0; i < queue->ranges.size(); ++i)
    if (queue->redo[i])
      LW_RETURN_IF_ERROR(ScanFtsPart(db, "incident_text", fts.match, ranked, kTitleWeight,
                                     kBodyWeight, queue->ranges[i], keep_best, &queue->parts[i]));
  JoinFtsParts(queue->parts, ranked, out, matched);
  NoteScanCost(fts, queue->micros);  // what one thread would have taken, about
  governor_.Record(MicrosSince(start), queue->cpu_micros);
  return Status::Ok();
}

}  // namespace leakwatch::store
