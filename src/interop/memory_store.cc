#include "interop/memory_store.h"

#include <algorithm>

namespace leakwatch::interop {

Status MemoryStore::Put(std::span<const store::IngestItem> batch, store::PutSummary* summary) {
  for (const auto& item : batch) {
    Status st = record::Validate(item.incident);
    if (!st.ok()) return st.WithContext(item.incident.id);
  }
  std::lock_guard lock(mu_);
  ++generation_;
  store::PutSummary s;
  for (const auto& item : batch) {
    auto it = rows_.find(item.incident.id);
    if (it == rows_.end()) {
      rows_[item.incident.id] = {item.incident, item.provenance, {}, "", 1};
      ++s.inserted;
    } else if (it->second.incident == item.incident && it->second.provenance == item.provenance) {
      ++s.unchanged;
    } else {
      it->second.incident = item.incident;
      it->second.provenance = item.provenance;
      ++it->second.updated_at;
      ++s.updated;
    }
  }
  if (summary) *summary = s;
  return Status::Ok();
}

Result<std::optional<store::StoredIncident>> MemoryStore::Get(std::string_view id) {
  std::lock_guard lock(mu_);
  auto it = rows_.find(id);
  if (it == rows_.end()) return std::optional<store::StoredIncident>();
  return std::optional<store::StoredIncident>(it->second);
}

namespace {

class MemoryView final : public store::ReadView {
 public:
  using Rows = std::map<std::string, store::StoredIncident, std::less<>>;
  MemoryView(Rows rows, std::int64_t generation)
      : rows_(std::move(rows)), generation_(generation) {}
  std::int64_t generation() const override { return generation_; }
  Result<std::optional<store::StoredIncident>> Get(std::string_view id) override {
    auto it = rows_.find(id);
    if (it == rows_.end()) return std::optional<store::StoredIncident>();
    return std::optional<store::StoredIncident>(it->second);
  }
  Result<store::SearchPage> Search(const store::SearchQuery&) override {
    return Status::Unavailable("MemoryStore has no search");
  }

 private:
  Rows rows_;
  std::int64_t generation_;
};

}  // namespace

Result<std::unique_ptr<store::ReadView>> MemoryStore::OpenReadView() {
  std::lock_guard lock(mu_);
  return std::unique_ptr<store::ReadView>(std::make_unique<MemoryView>(rows_, generation_));
}

Status MemoryStore::ForEach(const std::function<Status(const store::StoredIncident&)>& fn) {
  std::vector<store::StoredIncident> copy;
  {
    std::lock_guard lock(mu_);
    for (const auto& [id, row] : rows_) copy.push_back(row);
  }
  for (const auto& row : copy) LW_RETURN_IF_ERROR(fn(row));
  return Status::Ok();
}

Status MemoryStore::Merge(const record::Incident& merged, std::span<const std::string> members) {
  std::lock_guard lock(mu_);
  ++generation_;
  auto canon = rows_.find(merged.id);
  if (canon == rows_.end()) return Status::NotFound("no incident " + merged.id);
  for (const auto& m : members)
    if (!rows_.count(m)) return Status::NotFound("no incident " + m);
  canon->second.incident = merged;
  for (const auto& m : members) {
    if (m == merged.id) continue;
    rows_[m].merged_into = merged.id;
    auto& reports = canon->second.reports;
    if (std::find(reports.begin(), reports.end(), m) == reports.end()) reports.push_back(m);
  }
  std::sort(canon->second.reports.begin(), canon->second.reports.end());
  return Status::Ok();
}

Result<std::int64_t> MemoryStore::Count() {
  std::lock_guard lock(mu_);
  return static_cast<std::int64_t>(rows_.size());
}

Result<std::int64_t> MemoryStore::Generation() {
  std::lock_guard lock(mu_);
  return generation_;
}

}  // namespace leakwatch::interop
