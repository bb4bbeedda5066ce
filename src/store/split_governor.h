// Whether splitting searches pays on this machine now: a split search whose
// threads did not run at the same time (another process on the other core,
// a scan thread that started late) took as long as a whole one and cost
// more. After kMisses such searches in a row, the next kSkip searches run
// whole; then splitting is tried again. Private to the SQLite back end.
// Thread-safe (a rough count: races only shift when it backs off).
#pragma once

#include <atomic>
#include <cstdint>

namespace leakwatch::store {

class SplitGovernor {
 public:
  static constexpr int kMisses = 3;
  static constexpr int kSkip = 50;

  // Whether the next search may split; counts down a back-off.
  bool Allow() {
    int skip = skip_.load(std::memory_order_relaxed);
    while (skip > 0)
      if (skip_.compare_exchange_weak(skip, skip - 1, std::memory_order_relaxed)) return false;
    return true;
  }

  // After a split search: its wall time and the CPU time its threads spent
  // scanning. Less than 1.25x of CPU per wall time is a miss.
  void Record(std::int64_t wall_us, std::int64_t cpu_us) {
    if (wall_us <= 0 || cpu_us <= 0) return;
    if (wall_us * 5 > cpu_us * 4) {
      if (misses_.fetch_add(1, std::memory_order_relaxed) + 1 >= kMisses) {
        misses_.store(0, std::memory_order_relaxed);
        skip_.store(kSkip, std::memory_order_relaxed);
      }
    } else {
      misses_.store(0, std::memory_order_relaxed);
    }
  }

 private:
  std::atomic<int> misses_{0};
  std::atomic<int> skip_{0};
};

}  // namespace leakwatch::store
