// lw_memory_probe [MB]: nanoseconds per dependent load over MB megabytes (default 8) of
// cache lines visited in one random cycle. bench/extract/run prints it beside each
// extraction round: extraction is bound by misses in RE2's DFA states, which this
// machine's other tenants make slower or faster from one minute to the next (a
// compute-only loop stays within 2%), so a round's rate is read beside its probe
// (a snapshot taken just before the round, not a measure of it).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>
#include <vector>

int main(int argc, char** argv) {
  const long mb = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 8;
  if (mb < 1 || mb > 4096) {
    std::fprintf(stderr, "usage: lw_memory_probe [MB], 1 to 4096\n");
    return 2;
  }
  struct alignas(64) Line {
    uint32_t next;
  };
  const size_t n = static_cast<size_t>(mb) * 1024 * 1024 / sizeof(Line);
  std::vector<Line> lines(n);
  // One cycle through every line in random order (Sattolo's algorithm), so that no
  // prefetcher can guess the next address.
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::mt19937_64 rng(42);
  for (size_t i = n - 1; i > 0; --i) {
    std::uniform_int_distribution<size_t> pick(0, i - 1);
    std::swap(order[i], order[pick(rng)]);
  }
  for (size_t i = 0; i < n; ++i) lines[order[i]].next = order[(i + 1) % n];
  uint32_t at = 0;
  for (size_t i = 0; i < n; ++i) at = lines[at].next;  // warm: the lines, the TLB
  constexpr long kLoads = 20'000'000;
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < kLoads; ++i) at = lines[at].next;
  const std::chrono::duration<double, std::nano> took = std::chrono::steady_clock::now() - start;
  std::printf("memory probe: %.1f ns per load over %ld MB (end %u)\n", took.count() / kLoads, mb,
              at % 2);
  return 0;
}
