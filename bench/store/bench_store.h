// What lw_bench_store_query and lw_bench_store_dump share: the store opened
// as they measure it.
#pragma once

#include <cstdlib>
#include <memory>
#include <string>

#include "store/store.h"

namespace leakwatch::bench {

// Opens `path` read-only with the result cache off (the engine is measured,
// not the cache of repeated queries). LW_SEARCH_THREADS and
// LW_SPLIT_MIN_MICROS set the SQLite back end's intra-query parallelism
// (OpenOptions::search_threads, parallel_search_min_micros), to compare.
inline Result<std::unique_ptr<store::Store>> OpenBenchStore(const std::string& path) {
  store::OpenOptions ro;
  ro.read_only = true;
  ro.result_cache_entries = 0;
  if (const char* t = std::getenv("LW_SEARCH_THREADS")) ro.search_threads = std::atoi(t);
  if (const char* m = std::getenv("LW_SPLIT_MIN_MICROS"))
    ro.parallel_search_min_micros = std::atoll(m);
  return store::Open(path, ro);
}

}  // namespace leakwatch::bench
