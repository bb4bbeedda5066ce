// Merging a cluster of reports into one incident, and the Dedupe driver.
#include <algorithm>
#include <chrono>

#include "interop/dedupe.h"

namespace leakwatch::interop {

namespace {

template <typename T>
void Fill(std::optional<T>& into, const std::optional<T>& from) {
  if (!into && from) into = from;
}

template <typename T>
void Union(std::vector<T>& into, const std::vector<T>& from) {
  for (const auto& x : from)
    if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
}

std::string DateOf(const record::Incident& r) {
  return r.announced_date.value_or(r.incident_date.value_or(""));
}

}  // namespace

record::Incident MergeReports(std::span<const store::StoredIncident* const> reports) {
  std::vector<const store::StoredIncident*> order(reports.begin(), reports.end());
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return std::pair(SourceRank(a->provenance.kind), a->incident.id) <
           std::pair(SourceRank(b->provenance.kind), b->incident.id);
  });
  record::Incident m = order.front()->incident;
  for (std::size_t i = 1; i < order.size(); ++i) {
    const record::Incident& r = order[i]->incident;
    if (m.title.empty()) m.title = r.title;
    Fill(m.organization.name, r.organization.name);
    Fill(m.organization.sector, r.organization.sector);
    Fill(m.organization.country, r.organization.country);
    Fill(m.organization.region, r.organization.region);
    Fill(m.organization.locality, r.organization.locality);
    Fill(m.announced_date, r.announced_date);
    Fill(m.incident_date, r.incident_date);
    if (m.incident_type == record::IncidentType::kOther) m.incident_type = r.incident_type;
    Fill(m.cause, r.cause);
    Fill(m.contact, r.contact);
    if (m.prevention.empty()) m.prevention = r.prevention;
    if (m.response.empty()) m.response = r.response;
    m.data_items.insert(m.data_items.end(), r.data_items.begin(), r.data_items.end());
    Union(m.data_items_raw, r.data_items_raw);
    Union(m.sources, r.sources);
    Union(m.timeline, r.timeline);
  }
  record::NormalizeDataItems(m.data_items);
  // Counts: the latest-dated report that states one (a later report updates counts).
  auto latest = [&](auto member) {
    std::optional<std::int64_t> best;
    std::string best_date;
    for (const auto* s : order) {
      const auto& v = s->incident.affected.*member;
      if (!v) continue;
      std::string d = DateOf(s->incident);
      if (!best || d > best_date) best = v, best_date = d;
    }
    return best;
  };
  m.affected.persons = latest(&record::Affected::persons);
  m.affected.households = latest(&record::Affected::households);
  m.affected.records = latest(&record::Affected::records);
  m.evidence.clear();  // offsets refer to one source text; not valid for a merge
  return m;
}

Status Dedupe(store::Store& store, const DedupeOptions& options, bool dry_run,
              DedupeReport* report) {
  auto t0 = std::chrono::steady_clock::now();
  std::vector<store::StoredIncident> all;
  LW_RETURN_IF_ERROR(store.ForEach([&](const store::StoredIncident& s) {
    all.push_back(s);
    return Status::Ok();
  }));
  report->records = static_cast<std::int64_t>(all.size());
  report->clusters = FindClusters(all, options, &report->candidates);
  if (!dry_run) {
    std::map<std::string, const store::StoredIncident*> by_id;
    for (const auto& s : all) by_id[s.incident.id] = &s;
    for (const auto& c : report->clusters) {
      std::vector<const store::StoredIncident*> members;
      for (const auto& id : c.members) members.push_back(by_id.at(id));
      record::Incident merged = MergeReports(members);
      std::vector<std::string> others(c.members.begin() + 1, c.members.end());
      LW_RETURN_IF_ERROR(store.Merge(merged, others).WithContext("merging into " + c.canonical));
    }
  }
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return Status::Ok();
}

std::string DedupeReport::ToText() const {
  std::string out;
  for (const auto& c : clusters) {
    out += "cluster " + c.canonical + " (" + std::to_string(c.members.size()) + " reports)\n";
    for (const auto& m : c.members) out += "  " + m + "\n";
    for (const auto& w : c.why) out += "    " + w + "\n";
  }
  char buf[200];
  std::snprintf(buf, sizeof buf, "%lld records, %lld candidate pairs, %zu clusters, %.2f s\n",
                static_cast<long long>(records), static_cast<long long>(candidates),
                clusters.size(), seconds);
  out += buf;
  return out;
}

int SourceRank(std::string_view kind) {
  if (kind == "record" || kind == "notice") return 0;
  if (kind == "hhs") return 1;
  if (kind == "veris") return 2;
  if (kind == "hibp") return 3;
  return 4;
}

}  // namespace leakwatch::interop
