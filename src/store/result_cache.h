// A small LRU cache of read results (search pages, facets) tagged with the
// store generation they were computed at: a lookup at another generation
// misses, and the first insert at a newer generation drops everything older.
// Back-end neutral: any Store with a generation counter can use it.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace leakwatch::store {

template <typename V>
class ResultCache {
 public:
  explicit ResultCache(std::size_t capacity) : capacity_(capacity) {}

  // The value cached for `key` at `generation`, or null.
  std::shared_ptr<const V> Find(const std::string& key, std::int64_t generation) {
    if (capacity_ == 0) return nullptr;
    std::lock_guard lock(mu_);
    auto it = index_.find(key);
    if (it == index_.end() || generation_ != generation) return nullptr;
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->second;
  }

  void Insert(const std::string& key, std::int64_t generation, std::shared_ptr<const V> value) {
    if (capacity_ == 0) return;
    std::lock_guard lock(mu_);
    if (generation < generation_) return;  // computed on an older state
    if (generation > generation_) {
      lru_.clear();
      index_.clear();
      generation_ = generation;
    }
    if (auto it = index_.find(key); it != index_.end()) {
      it->second->second = std::move(value);
      lru_.splice(lru_.begin(), lru_, it->second);
      return;
    }
    lru_.emplace_front(key, std::move(value));
    index_.emplace(key, lru_.begin());
    if (lru_.size() > capacity_) {
      index_.erase(lru_.back().first);
      lru_.pop_back();
    }
  }

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const V>>;
  const std::size_t capacity_;
  std::mutex mu_;
  std::int64_t generation_ = -1;
  std::list<Entry> lru_;  // most recently used first
  std::unordered_map<std::string, typename std::list<Entry>::iterator> index_;
};

}  // namespace leakwatch::store
