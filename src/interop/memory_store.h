// An in-memory Store for interop's tests and benchmarks (not for production:
// no search, facets or statistics). Put/Get/OpenReadView/ForEach/Merge/Count
// follow the store.h contract; the other calls return kUnavailable. Thread-safe (one mutex).
#pragma once

#include <map>
#include <mutex>

#include "store/store.h"

namespace leakwatch::interop {

class MemoryStore : public store::Store {
 public:
  Status Put(std::span<const store::IngestItem> batch, store::PutSummary* summary) override;
  Result<std::optional<store::StoredIncident>> Get(std::string_view id) override;
  // A view over a copy of every row (this store is for small test data).
  Result<std::unique_ptr<store::ReadView>> OpenReadView() override;
  Result<store::SearchPage> Search(const store::SearchQuery&) override {
    return Status::Unavailable("MemoryStore has no search");
  }
  Result<store::Facets> ComputeFacets(const store::SearchQuery&) override {
    return Status::Unavailable("MemoryStore has no facets");
  }
  Result<store::Statistics> ComputeStatistics() override {
    return Status::Unavailable("MemoryStore has no statistics");
  }
  Status ForEach(const std::function<Status(const store::StoredIncident&)>& fn) override;
  Status Merge(const record::Incident& merged, std::span<const std::string> members) override;
  Result<std::int64_t> Count() override;
  Result<std::int64_t> Generation() override;

 private:
  std::mutex mu_;
  std::int64_t generation_ = 0;  // every Put and Merge counts as a change
  std::map<std::string, store::StoredIncident, std::less<>> rows_;
};

}  // namespace leakwatch::interop
