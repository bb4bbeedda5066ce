// A few threads a store keeps for intra-query parallelism: a search with
// many matches hands parts of its scan to threads that are idle right now,
// and scans the rest itself. Never queues: under load (every thread busy)
// a search simply runs whole on its caller's thread, so splitting costs a
// busy server no throughput. Private to the SQLite back end.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace leakwatch::store {

class ScanPool {
 public:
  // Starts `threads` threads (0: none; TryRun then always declines).
  explicit ScanPool(int threads);
  // Waits for the tasks handed out, then joins the threads.
  ~ScanPool();
  ScanPool(const ScanPool&) = delete;
  ScanPool& operator=(const ScanPool&) = delete;

  int threads() const { return static_cast<int>(threads_.size()); }

  // Runs `task` on a thread of the pool that has nothing to do now and
  // returns true; returns false at once, `task` not run, when every thread
  // is taken. Thread-safe. `task` must not throw.
  bool TryRun(std::function<void()> task);

 private:
  void Loop();

  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> tasks_;
  int free_ = 0;  // threads neither running nor about to run a task
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

// Waits until `count` tasks have called Done (a latch whose count is known
// only as tasks are accepted).
class TaskCounter {
 public:
  void Add() {
    std::lock_guard lock(mu_);
    ++left_;
  }
  void Done() {
    std::lock_guard lock(mu_);
    if (--left_ == 0) zero_.notify_all();
  }
  void Wait() {
    std::unique_lock lock(mu_);
    zero_.wait(lock, [this] { return left_ == 0; });
  }

 private:
  std::mutex mu_;
  std::condition_variable zero_;
  int left_ = 0;
};

}  // namespace leakwatch::store
