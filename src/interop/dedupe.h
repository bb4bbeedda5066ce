// One incident, many reports: finds records that report the same event
// (MinHash + LSH over character shingles of the NFKC-normalised organisation
// name and text, then organisation, date and count checks) and merges each
// cluster into one incident with every source kept (docs/import-formats.md,
// "Deduplication").
//
// Thread safety: pure functions apart from Dedupe, which is as thread-safe as the Store.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/store.h"
#include "util/status.h"

namespace leakwatch::interop {

struct DedupeOptions {
  // LSH banding: a pair is a candidate when all `rows` MinHash values of one
  // band agree. Organisation names (3-character shingles) use a loose band so
  // spelling variants meet; texts (5-character shingles) a strict one, since
  // HHS descriptions share boilerplate.
  int org_bands = 24, org_rows = 4;    // ~50% similar pairs become candidates
  int text_bands = 10, text_rows = 6;  // ~70%
  double min_org = 0.55;               // Jaccard of organisation-name shingles needed at all
  double strong_org = 0.8;             // organisation so close that a close count or date suffices
  double strong_text = 0.7;            // texts so close they count as agreement
  int max_days = 240;                  // date proximity for reports of one event
  int max_days_same_count = 730;       // wider when the affected counts agree (within 3%)
};

// What a record is compared on.
struct Features {
  std::string id;
  std::string kind;                   // provenance kind
  std::vector<std::uint64_t> org;     // sorted shingle hashes of the normalised org name
  std::vector<std::uint64_t> text;    // sorted shingle hashes of the normalised text
  std::vector<int> days;              // days since 1970 of each stated date (partial: 1st of month)
  std::vector<int> years;             // years of every stated date, also year-only ones
  std::optional<std::int64_t> count;  // persons, else records
};
Features FeaturesOf(const store::StoredIncident& s);

// The organisation name as compared: NFKC, lower case, punctuation and legal
// forms ("inc", "llc", "the", "d/b/a" ...) removed, words joined without spaces.
std::string NormalizeOrganization(std::string_view name);

struct PairVerdict {
  bool same = false;
  double org = 0, text = 0;  // exact Jaccard similarities
  std::optional<int> days;   // |date difference|, when both have one
  std::string why;           // short reason, for dry runs
};
// Decides whether two records report one event.
PairVerdict Compare(const Features& a, const Features& b, const DedupeOptions& options);

struct Cluster {
  std::string canonical;             // id the cluster is merged into
  std::vector<std::string> members;  // every id in the cluster, canonical first
  std::vector<std::string> why;      // one line per linked pair
};

// Clusters (connected components of "same" pairs among LSH candidates), each
// with 2+ members, sorted by canonical id. Records already merged into
// another are ignored. *candidates (if given) receives the LSH candidate-pair count.
std::vector<Cluster> FindClusters(std::span<const store::StoredIncident> records,
                                  const DedupeOptions& options, std::int64_t* candidates = nullptr);

// Precedence of a report by its provenance kind, lower first: the
// organisation's own notice or record, then HHS, VERIS, HIBP, anything else.
// Both the cluster's canonical id and the merge order follow it.
int SourceRank(std::string_view kind);

// The merged record of a cluster. Precedence for every scalar field: the
// organisation's own notice ("record"/"notice") first, then HHS (the entity's
// own filing), VERIS, HIBP; ties by id. Counts come from the latest-dated
// report that states one. data_items and sources are the union (no
// duplicates); the id is the canonical member's. REQUIRES: reports non-empty.
record::Incident MergeReports(std::span<const store::StoredIncident* const> reports);

struct DedupeReport {
  std::int64_t records = 0;
  std::int64_t candidates = 0;  // LSH candidate pairs checked
  std::vector<Cluster> clusters;
  double seconds = 0;
  std::string ToText() const;
};

// Loads every record, finds clusters and (unless dry_run) merges each with
// Store::Merge. Returns the store's error, if any.
Status Dedupe(store::Store& store, const DedupeOptions& options, bool dry_run,
              DedupeReport* report);

}  // namespace leakwatch::interop
