#include "interop/dedupe.h"

#include <gtest/gtest.h>

#include "interop/memory_store.h"

namespace leakwatch::interop {
namespace {

store::StoredIncident Report(std::string id, std::string kind, std::string org,
                             std::optional<std::string> date, std::optional<std::int64_t> persons,
                             std::string cause = "") {
  store::StoredIncident s;
  s.incident.id = std::move(id);
  s.incident.title = org + " incident";
  s.incident.organization.name = org;
  s.incident.announced_date = std::move(date);
  s.incident.affected.persons = persons;
  if (!cause.empty()) s.incident.cause = cause;
  s.incident.sources = {{"https://" + s.incident.id + ".example", std::nullopt, std::nullopt}};
  s.provenance.kind = std::move(kind);
  return s;
}

TEST(Dedupe, NormalizesOrganizationNames) {
  EXPECT_EQ(NormalizeOrganization("The University of Texas MD Anderson Cancer Center"),
            NormalizeOrganization("University of Texas MD Anderson Cancer Center"));
  EXPECT_EQ(NormalizeOrganization("Aetna, Inc."), "aetna");
  EXPECT_EQ(NormalizeOrganization("ＡＢＣ　Ｃｏｒｐ．"), "abc");  // NFKC full-width
  EXPECT_EQ(NormalizeOrganization("Ai.type"), NormalizeOrganization("AIType"));
}

TEST(Dedupe, ComparesOnOrganisationDateAndCount) {
  DedupeOptions o;
  auto f = [](const store::StoredIncident& s) { return FeaturesOf(s); };
  auto hhs = Report("h", "hhs", "Aetna Inc.", "2017-08-29", 11887);
  // Same organisation, close date, counts within 3%: one event.
  EXPECT_TRUE(Compare(f(hhs), f(Report("v", "veris", "Aetna", "2017-07-01", 12000)), o).same);
  // Same organisation and date window but counts far apart: different events.
  EXPECT_FALSE(Compare(f(hhs), f(Report("v", "veris", "Aetna", "2017-07-01", 5002)), o).same);
  // Far apart in time.
  EXPECT_FALSE(Compare(f(hhs), f(Report("v", "veris", "Aetna", "2015-01-01", 11887)), o).same);
  // Different organisation.
  EXPECT_FALSE(Compare(f(hhs), f(Report("v", "veris", "Cigna", "2017-08-29", 11887)), o).same);
  // Two HHS rows of one entity need agreeing counts or text, not just the name.
  EXPECT_FALSE(Compare(f(hhs), f(Report("h2", "hhs", "Aetna Inc.", "2017-09-01", 800)), o).same);
}

TEST(Dedupe, MergesWithStatedPrecedenceAndKeepsEverySource) {
  auto veris = Report("vcdb-1", "veris", "Clinic", "2020-01-10", 100, "summary from VERIS");
  veris.incident.data_items = {record::DataItem::kName};
  auto hhs = Report("hhs-1", "hhs", "Clinic Inc.", "2020-03-01", std::nullopt);
  hhs.incident.organization.region = "WI";
  auto later = Report("hibp-1", "hibp", "Clinic", "2020-06-01", 150);
  later.incident.data_items = {record::DataItem::kEmail};
  std::vector<const store::StoredIncident*> reports = {&veris, &later, &hhs};
  record::Incident m = MergeReports(reports);
  EXPECT_EQ(m.id, "hhs-1");                       // HHS (the entity's filing) first
  EXPECT_EQ(m.organization.name, "Clinic Inc.");  // from the first in precedence
  EXPECT_EQ(m.organization.region, "WI");
  EXPECT_EQ(m.cause, "summary from VERIS");  // gap filled from the next
  EXPECT_EQ(m.affected.persons, 150);        // the latest report's count
  EXPECT_EQ(m.sources.size(), 3u);
  EXPECT_EQ(m.data_items.size(), 2u);
}

TEST(Dedupe, ClustersAndMergesThroughTheStore) {
  MemoryStore store;
  std::vector<store::IngestItem> items;
  for (auto s : {Report("vcdb-a", "veris", "Tarleton Medical", "2017-01-15", 3929),
                 Report("hhs-a", "hhs", "Tarleton Medical", "2017-03-06", 3929),
                 Report("hhs-b", "hhs", "Tarleton Medical", "2019-03-06", 40),
                 Report("hhs-c", "hhs", "Lee Memorial Health System", "2010-03-17", 3800)})
    items.push_back({s.incident, s.provenance});
  ASSERT_TRUE(store.Put(items, nullptr).ok());
  DedupeReport dry;
  ASSERT_TRUE(Dedupe(store, {}, /*dry_run=*/true, &dry).ok());
  ASSERT_EQ(dry.clusters.size(), 1u);
  EXPECT_EQ(dry.clusters[0].members, (std::vector<std::string>{"hhs-a", "vcdb-a"}));
  EXPECT_FALSE((*store.Get("vcdb-a"))->merged_into.size());

  DedupeReport real;
  ASSERT_TRUE(Dedupe(store, {}, /*dry_run=*/false, &real).ok());
  auto a = *store.Get("vcdb-a");
  EXPECT_EQ(a->merged_into, "hhs-a");
  EXPECT_EQ((*store.Get("hhs-a"))->reports, std::vector<std::string>{"vcdb-a"});
  EXPECT_EQ((*store.Get("hhs-a"))->incident.sources.size(), 2u);
  // Idempotent: a second run finds nothing new.
  DedupeReport again;
  ASSERT_TRUE(Dedupe(store, {}, /*dry_run=*/false, &again).ok());
  EXPECT_TRUE(again.clusters.empty());
}

}  // namespace
}  // namespace leakwatch::interop
