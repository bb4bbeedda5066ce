#include "store/scan_pool.h"

namespace leakwatch::store {

ScanPool::ScanPool(int threads) {
  free_ = threads > 0 ? threads : 0;
  for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Loop(); });
}

ScanPool::~ScanPool() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : threads_) t.join();
}

bool ScanPool::TryRun(std::function<void()> task) {
  {
    std::lock_guard lock(mu_);
    if (free_ == 0 || stop_) return false;
    --free_;
    tasks_.push_back(std::move(task));
  }
  wake_.notify_one();
  return true;
}

void ScanPool::Loop() {
  std::unique_lock lock(mu_);
  for (;;) {
    wake_.wait(lock, [this] { return stop_ || !tasks_.empty(); });
    if (tasks_.empty()) return;  // stopping, nothing handed out is left
    std::function<void()> task = std::move(tasks_.front());
    tasks_.pop_front();
    lock.unlock();
    task();
    task = nullptr;  // what it holds goes before the thread counts as free
    lock.lock();
    ++free_;
  }
}

}  // namespace leakwatch::store
