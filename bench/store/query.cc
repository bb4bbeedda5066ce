// lw_bench_store_query DB [ITERATIONS] [ONLY]: times the benchmark's queries
// inside one process on an existing store (bench/store/run), printing one line
// per query: "<name> p50_ms p99_ms total_hits cpu_p50_ms" (wall-clock
// percentiles; the median of this thread's CPU time, steadier than wall time
// on a shared machine). ONLY: run just the query of that name.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "store/store.h"

using namespace leakwatch;

namespace {

double CpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
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
    std::fprintf(stderr, "usage: lw_bench_store_query DB [ITERATIONS] [ONLY]\n");
    return 2;
  }
  int iterations = argc > 2 ? std::atoi(argv[2]) : 200;
  std::string only = argc > 3 ? argv[3] : "";
  store::OpenOptions ro;
  ro.read_only = true;
  ro.result_cache_entries = 0;  // measure the engine, not the cache of repeated queries
  auto opened = store::Open(argv[1], ro);
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
  for (const Query& query : queries) {
    if (!only.empty() && only != query.name) continue;
    std::vector<double> ms, cpu_ms;
    std::int64_t total = 0;
    for (int i = 0; i < iterations + 5; ++i) {
      auto start = std::chrono::steady_clock::now();
      double cpu_start = CpuMs();
      // With facets, as the search page asks: one SearchWithFacets call.
      store::Facets facets;
      auto page = query.facets ? st.SearchWithFacets(query.q, &facets) : st.Search(query.q);
      if (!page.ok()) {
        std::fprintf(stderr, "%s: %s\n", query.name, page.status().ToString().c_str());
        return 3;
      }
      total = page->total;
      double t = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count();
      if (i >= 5) {  // the first runs warm the cache
        ms.push_back(t);
        cpu_ms.push_back(CpuMs() - cpu_start);
      }
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu_ms.begin(), cpu_ms.end());
    auto pct = [](const std::vector<double>& v, double p) {
      return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))];
    };
    std::printf("%s %.3f %.3f %lld %.3f\n", query.name, pct(ms, 0.50), pct(ms, 0.99),
                static_cast<long long>(total), pct(cpu_ms, 0.50));
  }
  return 0;
}
