// A few threads a store keeps for intra-query parallelism: a search with
// many matches hands parts of its scan to threads that are idle right now,
// and scans the rest itself. Never queues: under load (every thread busy)
// a search simply runs whole on its caller's thread, so splitting costs a
// busy server no throughput. Private to the SQLite back end.
#pragma once

#include <atomic>
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

// Waits until as many tasks have called Done as were Add()ed (a latch whose
// count is known only as tasks are accepted).
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

// A task handed to a pool thread that its owner can take back until the
// thread starts it: an owner that finished the work itself need not wait
// for a thread the scheduler has not run yet (a busy machine). Shared by
// the owner and the task (std::shared_ptr): a task taken back may still run
// Start() after its owner has gone, and must then touch nothing else.
class Handoff {
 public:
  // The task's first call: true to go on, false if the owner took it back.
  bool Start() {
    int handed = kHanded;
    return phase_.compare_exchange_strong(handed, kStarted);
  }
  // The task's last call, after it started.
  void Finish() {
    std::lock_guard lock(mu_);
    finished_ = true;
    done_.notify_all();
  }
  // The owner's: takes the task back if it has not started (true), or
  // waits until it has finished (false).
  bool TakeBackOrWait() {
    int handed = kHanded;
    if (phase_.compare_exchange_strong(handed, kTakenBack)) return true;
    std::unique_lock lock(mu_);
    done_.wait(lock, [this] { return finished_; });
    return false;
  }

 private:
  enum { kHanded, kStarted, kTakenBack };
  std::atomic<int> phase_{kHanded};
  std::mutex mu_;
  std::condition_variable done_;
  bool finished_ = false;
};

}  // namespace leakwatch::store
