// lw_bench_interop_csv FILE... : parses each file with interop::CsvReader
// ITER times (env BENCH_ITER, default 20) and prints records and MB/s.
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "interop/csv.h"
#include "util/file.h"

int main(int argc, char** argv) {
  int iterations = std::getenv("BENCH_ITER") ? std::atoi(std::getenv("BENCH_ITER")) : 20;
  for (int i = 1; i < argc; ++i) {
    auto text = leakwatch::util::ReadFile(argv[i]);
    if (!text.ok()) {
      std::fprintf(stderr, "%s\n", text.status().ToString().c_str());
      return 3;
    }
    std::size_t records = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (int k = 0; k < iterations; ++k) {
      leakwatch::interop::CsvReader reader(*text);
      leakwatch::interop::CsvRecord rec;
      leakwatch::Status st;
      records = 0;
      while (reader.Next(&rec, &st)) ++records;
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("leakwatch csv  %-40s %6zu records  %7.1f MB/s\n", argv[i], records,
                text->size() * iterations / s / 1e6);
  }
  return 0;
}
