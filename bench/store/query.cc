// lw_bench_store_query DB [ITERATIONS] [ONLY] [THREADS]: times the
// benchmark's queries inside one process on an existing store
// (bench/store/run), printing one line per query:
// "<name> p50_ms p99_ms total_hits cpu_p50_ms proc_cpu_p50_ms qps"
// (wall-clock percentiles; the median of the calling thread's CPU time,
// steadier than wall time on a shared machine; the median of the whole
// process's CPU time per query, which counts the store's scan threads too,
// with THREADS 1 only; queries per second). ONLY: run just the query of that
// name ("" for all). THREADS > 1: that many threads run the query at once,
// each ITERATIONS times (throughput under concurrency; percentiles over all).
// LW_SEARCH_THREADS and LW_SPLIT_MIN_MICROS in the environment set
// OpenOptions::search_threads and parallel_search_min_micros;
// LW_BENCH_TEXT adds a query for that text, named "text".
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "bench_store.h"
#include "store/store.h"

using namespace leakwatch;

namespace {

double CpuMs(clockid_t clock = CLOCK_THREAD_CPUTIME_ID) {
  timespec ts;
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
}

struct Query {
  const char* name;
  store::SearchQuery q;
  bool facets;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lw_bench_store_query DB [ITERATIONS] [ONLY] [THREADS]\n");
    return 2;
  }
  int iterations = argc > 2 ? std::atoi(argv[2]) : 200;
  std::string only = argc > 3 ? argv[3] : "";
  const int threads = argc > 4 ? std::max(1, std::atoi(argv[4])) : 1;
  auto opened = bench::OpenBenchStore(argv[1]);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().ToString().c_str());
    return 3;
  }
  store::Store& st = **opened;
  std::vector<Query> queries;
  {
    store::SearchQuery q;
    q.text = "保険";
    queries.push_back({"ja_2char_hoken", q, false});
    q.text = "laptop";
    queries.push_back({"en_word_laptop", q, false});
    q.text = "誤送付";
    q.country = "JP";
    q.type = record::IncidentType::kMisdeliveryMail;
    queries.push_back({"filtered_facets", q, true});
  }
  if (const char* text = std::getenv("LW_BENCH_TEXT")) {  // one more, named "text"
    store::SearchQuery q;
    q.text = text;
    queries.push_back({"text", q, false});
  }
  for (const Query& query : queries) {
    if (!only.empty() && only != query.name) continue;
    std::mutex mu;
    std::vector<double> ms, cpu_ms, proc_ms;
    std::int64_t total = 0;
    bool failed = false;
    // warm: the first runs load the column snapshot and warm the caches,
    // untimed and on one thread.
    auto run = [&](int runs, bool timed) {
      std::vector<double> my_ms, my_cpu, my_proc;
      for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        double cpu_start = CpuMs();
        double proc_start = CpuMs(CLOCK_PROCESS_CPUTIME_ID);
        // With facets, as the search page asks: one SearchWithFacets call.
        store::Facets facets;
        auto page = query.facets ? st.SearchWithFacets(query.q, &facets) : st.Search(query.q);
        if (!page.ok()) {
          std::lock_guard lock(mu);
          std::fprintf(stderr, "%s: %s\n", query.name, page.status().ToString().c_str());
          failed = true;
          return;
        }
        double t =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        if (timed) {
          my_ms.push_back(t);
          my_cpu.push_back(CpuMs() - cpu_start);
          my_proc.push_back(CpuMs(CLOCK_PROCESS_CPUTIME_ID) - proc_start);
        }
        std::lock_guard lock(mu);
        total = page->total;
      }
      std::lock_guard lock(mu);
      ms.insert(ms.end(), my_ms.begin(), my_ms.end());
      cpu_ms.insert(cpu_ms.end(), my_cpu.begin(), my_cpu.end());
      proc_ms.insert(proc_ms.end(), my_proc.begin(), my_proc.end());
    };
    run(5, false);
    auto start = std::chrono::steady_clock::now();
    if (threads == 1) {
      run(iterations, true);
    } else {
      std::vector<std::thread> pool;
      for (int i = 0; i < threads; ++i) pool.emplace_back(run, iterations, true);
      for (std::thread& t : pool) t.join();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (failed) return 3;
    std::sort(ms.begin(), ms.end());
    std::sort(cpu_ms.begin(), cpu_ms.end());
    std::sort(proc_ms.begin(), proc_ms.end());
    auto pct = [](const std::vector<double>& v, double p) {
      return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
    };
    const double qps = static_cast<double>(threads) * iterations / seconds;
    std::printf("%s %.3f %.3f %lld %.3f %.3f %.1f\n", query.name, pct(ms, 0.50), pct(ms, 0.99),
                static_cast<long long>(total), pct(cpu_ms, 0.50),
                threads == 1 ? pct(proc_ms, 0.50) : 0.0, qps);
  }
  return 0;
}
