// lw_bench_extract DIR [N [BATCH]]: extraction throughput on one core. Reads
// every .txt/.html notice under DIR, then extracts them in turn until N notices
// (default 100,000) are done, BATCH at a time with text::ExtractBatch (default
// text::kExtractBatch, as `leakwatch extract` and `ingest` do; 1: text::Extract
// per notice), printing notices per second and the peak RSS after 10% and
// after all of the run (they should match: memory is flat).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/extract.h"

namespace {

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long PeakRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lw_bench_extract DIR [N [BATCH]]\n");
    return 2;
  }
  long n = argc > 2 ? std::atol(argv[2]) : 100000;
  const long batch =
      argc > 3 ? std::atol(argv[3]) : static_cast<long>(leakwatch::text::kExtractBatch);
  if (n < 1 || batch < 1) {
    std::fprintf(stderr, "lw_bench_extract: N and BATCH must be positive\n");
    return 2;
  }
  std::vector<std::string> notices;
  size_t bytes = 0;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1]))
    if (e.is_regular_file()) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());  // the same order on every machine
  for (const auto& path : paths) {
    std::string ext = path.extension();
    if (ext != ".txt" && ext != ".html") continue;
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    notices.push_back(ss.str());
    bytes += notices.back().size();
  }
  if (notices.empty()) {
    std::fprintf(stderr, "lw_bench_extract: no .txt/.html notices in %s\n", argv[1]);
    return 2;
  }
  leakwatch::text::ExtractOptions options;
  long ok = 0, failed = 0, rss_early = 0;
  size_t sink = 0;
  auto t0 = std::chrono::steady_clock::now();
  double cpu0 = CpuSeconds();
  std::vector<leakwatch::text::ExtractInput> inputs;
  leakwatch::text::ExtractStageTimes stages;
  for (long i = 0; i < n;) {
    // The next notices in turn (a batch never holds a notice twice while BATCH
    // is at most the number of notices; above it, as the default 128 is over the 44
    // demo notices, a batch holds each about BATCH / notices times, and its stages
    // fetch fewer different DFA states than for as many different notices: tests/extract,
    // all different, shows the batch's gain without that).
    inputs.clear();
    for (; i < n && static_cast<long>(inputs.size()) < batch; ++i)
      inputs.push_back({notices[static_cast<size_t>(i) % notices.size()], options});
    const long before = i - static_cast<long>(inputs.size());
    for (auto& r : leakwatch::text::ExtractBatch(inputs, &stages)) {
      if (r.ok()) {
        ++ok;
        sink += r->incident.id.size();
      } else {
        ++failed;
      }
    }
    if (before <= n / 10 && i > n / 10) rss_early = PeakRssKb();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = CpuSeconds() - cpu0;
  // Wall time counts other processes on a shared machine; CPU time is this thread's work.
  std::printf(
      "extract: %ld notices (%zu distinct, %.1f KB mean) in batches of %ld in %.2f s wall, "
      "%.2f s CPU: %.0f notices/s wall, %.0f notices/s per CPU-second (one thread)\n",
      n, notices.size(), bytes / 1024.0 / notices.size(), batch, secs, cpu, n / secs, n / cpu);
  // Where the time went (wall time, so with whatever the machine's other tenants cost it).
  std::string by_stage;
  double stage_sum = 0;
  for (size_t i = 0; i < stages.kStages.size(); ++i) {
    const double us = std::chrono::duration<double, std::micro>(stages.spent[i]).count() /
                      static_cast<double>(stages.notices);
    stage_sum += us;
    const std::string_view name = stages.kStages[i];
    char part[64];
    std::snprintf(part, sizeof part, "%s%.*s %.1f", i ? ", " : "", static_cast<int>(name.size()),
                  name.data(), us);
    by_stage += part;
  }
  std::printf("extract: us per notice by stage: %s (sum %.1f)\n", by_stage.c_str(), stage_sum);
  std::printf("extract: peak RSS %ld KB after 10%%, %ld KB at the end; %ld failed; (sink %zu)\n",
              rss_early, PeakRssKb(), failed, sink % 10);
  return failed == n ? 1 : 0;
}
