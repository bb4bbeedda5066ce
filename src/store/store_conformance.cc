#include "store/store_conformance.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <set>
#include <thread>

namespace leakwatch::store {

using record::DataItem;
using record::Incident;
using record::IncidentType;
using record::Language;
using record::Sector;

namespace {

struct Spec {
  const char* id;
  Language lang;
  const char* title;
  const char* org;
  std::optional<Sector> sector;
  const char* country;  // nullptr: unknown
  const char* region;
  IncidentType type;
  const char* announced;
  const char* incident_date;
  std::optional<std::int64_t> persons, records;
  std::vector<DataItem> items;
  const char* cause;
};

IngestItem Make(const Spec& s) {
  Incident r;
  r.id = s.id;
  r.language = s.lang;
  r.title = s.title;
  r.organization.name = s.org;
  r.organization.sector = s.sector;
  if (s.country) r.organization.country = s.country;
  if (s.region) r.organization.region = s.region;
  r.incident_type = s.type;
  if (s.announced) r.announced_date = s.announced;
  if (s.incident_date) r.incident_date = s.incident_date;
  r.affected.persons = s.persons;
  r.affected.records = s.records;
  r.data_items = s.items;
  record::NormalizeDataItems(r.data_items);
  if (s.cause) r.cause = s.cause;
  return {r, {"record", std::string("corpus/") + s.id + ".json", record::ToJsonLine(r)}};
}

using T = IncidentType;
using D = DataItem;

}  // namespace

std::vector<IngestItem> Corpus() {
  const Spec specs[] = {
      {"a-nishinari",
       Language::kJa,
       "国民健康保険被保険者証の誤送付について",
       "大阪市西成区役所",
       Sector::kGovernment,
       "JP",
       "大阪府",
       T::kMisdeliveryMail,
       "2011-10-21",
       "2011-10-18",
       8,
       std::nullopt,
       {D::kName, D::kAddress, D::kInsuranceNumber},
       "封入時の確認が不十分であった"},
      {"b-usb",
       Language::kJa,
       "ＵＳＢメモリの紛失について",
       "某市教育委員会",
       Sector::kEducation,
       "JP",
       "東京都",
       T::kLoss,
       "2020-05-01",
       nullptr,
       120,
       std::nullopt,
       {D::kName, D::kSchoolOrGrade},
       "児童の成績を保存したUSBメモリを紛失した"},
      {"c-acme",
       Language::kEn,
       "Ransomware attack on patient records",
       "Acme Health",
       Sector::kHealthcare,
       "US",
       "California",
       T::kMalwareRansomware,
       "2021-03-15",
       "2021-03-01",
       50000,
       std::nullopt,
       {D::kName, D::kHealthInformation},
       "An attacker encrypted the servers holding patient records"},
      {"d-retail",
       Language::kEn,
       "Email sent to wrong recipients",
       "Big Retail Inc",
       Sector::kRetail,
       "US",
       "Texas",
       T::kMisdeliveryEmail,
       "2019-07-01",
       nullptr,
       std::nullopt,
       300,
       {D::kEmail},
       "Addresses were put in CC instead of BCC"},
      {"e-yokohama",
       Language::kJa,
       "個人情報を含む書類の誤送付",
       "横浜市",
       Sector::kGovernment,
       "JP",
       "神奈川県",
       T::kMisdeliveryMail,
       nullptr,
       "2018-02-02",
       std::nullopt,
       std::nullopt,
       {D::kName, D::kAddress},
       "宛名の確認を怠った"},
      {"f-bank",
       Language::kEn,
       "Misconfigured storage bucket exposed customer data",
       "Example Bank",
       Sector::kFinance,
       "GB",
       nullptr,
       T::kMisconfigurationExposure,
       nullptr,
       nullptr,
       1000,
       std::nullopt,
       {D::kAccountNumber, D::kName},
       "A storage bucket was left public"},
      {"g-hospital",
       Language::kJa,
       "ノートパソコンの盗難について",
       "某病院",
       Sector::kHealthcare,
       "JP",
       "大阪府",
       T::kTheft,
       "2022-12-24",
       "2022-12-20",
       3000,
       std::nullopt,
       {D::kHealthInformation, D::kName},
       "車上荒らしによりノートパソコンが盗まれた"},
      {"h-springfield",
       Language::kEn,
       "Lost laptop with resident data",
       "City of Springfield",
       Sector::kGovernment,
       "US",
       "Illinois",
       T::kLoss,
       "2020-05-01",
       nullptr,
       120,
       std::nullopt,
       {D::kName, D::kAddress},
       "A laptop was lost on a train"},
  };
  std::vector<IngestItem> out;
  for (const auto& s : specs) out.push_back(Make(s));
  return out;
}

void StoreConformance::SetUp() {
  location_ = GetParam().new_location();
  auto s = GetParam().open(location_, OpenOptions{});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  store_ = std::move(s).value();
}

void StoreConformance::TearDown() {
  store_.reset();
  if (GetParam().remove) GetParam().remove(location_);
}

void StoreConformance::Reopen() {
  store_.reset();
  auto s = GetParam().open(location_, OpenOptions{});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  store_ = std::move(s).value();
}

void StoreConformance::PutCorpus() {
  auto corpus = Corpus();
  PutSummary summary;
  Status s = store_->Put(corpus, &summary);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(summary.inserted, static_cast<std::int64_t>(corpus.size()));
}

std::vector<std::string> StoreConformance::AllIds(SearchQuery q, int page_size) {
  q.limit = page_size;
  std::vector<std::string> ids;
  for (int guard = 0; guard < 1000; ++guard) {
    auto page = store_->Search(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    if (!page.ok()) break;
    for (const auto& h : page->hits) ids.push_back(h.incident.id);
    if (page->next_cursor.empty()) break;
    q.cursor = page->next_cursor;
  }
  return ids;
}

std::vector<std::string> StoreConformance::Find(const std::string& text) {
  SearchQuery q;
  q.text = text;
  q.limit = 100;
  auto page = store_->Search(q);
  EXPECT_TRUE(page.ok()) << text << ": " << page.status().ToString();
  std::vector<std::string> ids;
  if (page.ok())
    for (const auto& h : page->hits) ids.push_back(h.incident.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

using Ids = std::vector<std::string>;

TEST_P(StoreConformance, PutThenGetKeepsRecordAndSource) {
  PutCorpus();
  auto got = store_->Get("a-nishinari");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  const StoredIncident& s = **got;
  EXPECT_EQ(s.incident, Corpus()[0].incident);
  EXPECT_EQ(s.provenance, Corpus()[0].provenance);
  EXPECT_TRUE(s.reports.empty());
  EXPECT_TRUE(s.merged_into.empty());
  EXPECT_GT(s.updated_at, 0);
  auto missing = store_->Get("no-such-id");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
  EXPECT_EQ(*store_->Count(), 8);
}

TEST_P(StoreConformance, UpsertIsIdempotent) {
  PutCorpus();
  auto before = *store_->Get("b-usb");
  PutSummary again;
  auto corpus = Corpus();
  ASSERT_TRUE(store_->Put(corpus, &again).ok());
  EXPECT_EQ(again.unchanged, 8);
  EXPECT_EQ(again.inserted + again.updated, 0);
  EXPECT_EQ((*store_->Get("b-usb"))->updated_at, before->updated_at);

  // A changed record, and a changed source alone, are updates.
  corpus[1].incident.affected.persons = 121;
  corpus[2].provenance.text += " ";
  PutSummary changed;
  ASSERT_TRUE(store_->Put(corpus, &changed).ok());
  EXPECT_EQ(changed.updated, 2);
  EXPECT_EQ(changed.unchanged, 6);
  EXPECT_EQ((*store_->Get("b-usb"))->incident.affected.persons, 121);
  EXPECT_EQ(*store_->Count(), 8);
  // The index follows the update: the old text is gone, the new found.
  corpus[1].incident.title = "Stolen bicycle";
  ASSERT_TRUE(store_->Put(std::span(&corpus[1], 1), &changed).ok());
  EXPECT_EQ(Find("bicycle"), Ids{"b-usb"});
  EXPECT_EQ(Find("メモリの"), Ids{});
}

TEST_P(StoreConformance, BatchWithOneInvalidRecordStoresNothing) {
  auto corpus = Corpus();
  corpus[3].incident.announced_date = "2019-13-45";
  PutSummary summary;
  Status s = store_->Put(corpus, &summary);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("d-retail"), std::string::npos) << s.message();
  EXPECT_EQ(*store_->Count(), 0);
  EXPECT_FALSE(store_->Get("a-nishinari")->has_value());
  EXPECT_EQ(summary.inserted, 0);
}

TEST_P(StoreConformance, EveryFilter) {
  PutCorpus();
  auto ids = [&](auto set) {
    SearchQuery q;
    set(q);
    Ids out = AllIds(q, 100);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(ids([](SearchQuery& q) { q.type = T::kLoss; }), (Ids{"b-usb", "h-springfield"}));
  EXPECT_EQ(ids([](SearchQuery& q) { q.sector = Sector::kHealthcare; }),
            (Ids{"c-acme", "g-hospital"}));
  EXPECT_EQ(ids([](SearchQuery& q) { q.country = "GB"; }), Ids{"f-bank"});
  EXPECT_EQ(ids([](SearchQuery& q) { q.region = "大阪府"; }), (Ids{"a-nishinari", "g-hospital"}));
  EXPECT_EQ(ids([](SearchQuery& q) { q.item = D::kInsuranceNumber; }), Ids{"a-nishinari"});
  EXPECT_EQ(ids([](SearchQuery& q) { q.item = D::kHealthInformation; }),
            (Ids{"c-acme", "g-hospital"}));
  // Dates: announced, else incident date; undated never match a range.
  EXPECT_EQ(ids([](SearchQuery& q) { q.from = "2020-05-01"; }),
            (Ids{"b-usb", "c-acme", "g-hospital", "h-springfield"}));
  EXPECT_EQ(ids([](SearchQuery& q) { q.to = "2018-12-31"; }), (Ids{"a-nishinari", "e-yokohama"}));
  EXPECT_EQ(ids([](SearchQuery& q) {
              q.from = "2019-01-01";
              q.to = "2020-05-01";
            }),
            (Ids{"b-usb", "d-retail", "h-springfield"}));
  // Size: persons, else records.
  EXPECT_EQ(ids([](SearchQuery& q) { q.min_affected = 300; }),
            (Ids{"c-acme", "d-retail", "f-bank", "g-hospital"}));
  EXPECT_EQ(ids([](SearchQuery& q) { q.organization = "Acme Health"; }), Ids{"c-acme"});
  // Filters combine with AND, and with text.
  EXPECT_EQ(ids([](SearchQuery& q) {
              q.country = "JP";
              q.type = T::kMisdeliveryMail;
              q.min_affected = 1;
            }),
            Ids{"a-nishinari"});
  EXPECT_EQ(ids([](SearchQuery& q) {
              q.text = "誤送付";
              q.region = "神奈川県";
            }),
            Ids{"e-yokohama"});
}

TEST_P(StoreConformance, EverySort) {
  PutCorpus();
  SearchQuery q;
  q.sort = SortOrder::kDateDesc;
  Ids by_date = AllIds(q, 100);
  ASSERT_EQ(by_date.size(), 8u);
  EXPECT_EQ(by_date[0], "g-hospital");
  EXPECT_EQ(by_date.back(), "f-bank");  // undated last
  EXPECT_EQ(by_date[5], "e-yokohama");  // incident_date when not announced
  EXPECT_EQ(by_date[6], "a-nishinari");

  q.sort = SortOrder::kDateAsc;
  Ids asc = AllIds(q, 100);
  ASSERT_EQ(asc.size(), 8u);
  EXPECT_EQ(asc[0], "a-nishinari");
  EXPECT_EQ(asc[1], "e-yokohama");
  EXPECT_EQ(asc.back(), "f-bank");  // undated last here too

  q.sort = SortOrder::kSizeDesc;
  Ids by_size = AllIds(q, 100);
  ASSERT_EQ(by_size.size(), 8u);
  EXPECT_EQ(by_size[0], "c-acme");
  EXPECT_EQ(by_size[1], "g-hospital");
  EXPECT_EQ(by_size[2], "f-bank");
  EXPECT_EQ(by_size[3], "d-retail");        // 300 records
  EXPECT_EQ(by_size.back(), "e-yokohama");  // unknown size last

  // Relevance: the best match first, scores non-increasing.
  q = {};
  q.text = "laptop";
  q.limit = 10;
  auto page = store_->Search(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->hits.size(), 1u);
  EXPECT_EQ(page->hits[0].incident.id, "h-springfield");
  EXPECT_GT(page->hits[0].score, 0);
  q.text = "誤送付";
  page = store_->Search(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->hits.size(), 2u);
  EXPECT_GE(page->hits[0].score, page->hits[1].score);
  // Without text, relevance means newest first.
  q = {};
  EXPECT_EQ(AllIds(q, 100), by_date);
}

// Without a total to count, a back end may stop early (walk an index in sort
// order): the pages must be the same, for every sort, filter and page size.
TEST_P(StoreConformance, SortsGiveTheSamePagesWithoutCountingTotals) {
  PutCorpus();
  for (SortOrder sort :
       {SortOrder::kDateDesc, SortOrder::kDateAsc, SortOrder::kSizeDesc, SortOrder::kRelevance}) {
    for (int page_size : {1, 3, 100}) {
      SearchQuery q;
      q.sort = sort;
      Ids counted = AllIds(q, page_size);
      ASSERT_EQ(counted.size(), 8u);
      q.count_total = false;
      EXPECT_EQ(AllIds(q, page_size), counted) << "sort " << static_cast<int>(sort);
      q.country = "JP";
      Ids jp = AllIds(q, page_size);
      q.count_total = true;
      EXPECT_EQ(AllIds(q, page_size), jp) << "sort " << static_cast<int>(sort);
      EXPECT_FALSE(jp.empty());
      EXPECT_LT(jp.size(), counted.size());
    }
  }
  SearchQuery q;
  q.count_total = false;
  auto page = store_->Search(q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, -1);
}

// A filter on one value (type, sector, country, region, organization; alone,
// combined, or a value no incident has) gives the incidents of the whole
// listing that hold it, in the same order, for every sort, page size and with
// and without counting: a back end may walk a per-value index instead of
// every row (what the related incidents of an incident page ask for).
TEST_P(StoreConformance, ValueFiltersKeepTheOrderOfTheWholeListing) {
  std::vector<IngestItem> items = Corpus();
  for (int i = 0; i < 24; ++i) {  // copies: shared organisations, ties in date
    IngestItem it = Corpus()[i % 8];
    it.incident.id = "q" + std::to_string(i);
    if (i % 3 == 0) it.incident.organization.name = "共通団体";  // JP, GB and US
    it.provenance.text = record::ToJsonLine(it.incident);
    items.push_back(it);
  }
  ASSERT_TRUE(store_->Put(items, nullptr).ok());
  ASSERT_TRUE(store_->Merge(items[8].incident, std::vector<std::string>{"q3"}).ok());
  std::map<std::string, Incident> by_id;
  for (const auto& it : items) by_id[it.incident.id] = it.incident;

  struct Case {
    const char* name;
    std::function<void(SearchQuery&)> set;
    std::function<bool(const Incident&)> holds;
  };
  const Case cases[] = {
      {"type", [](SearchQuery& q) { q.type = T::kLoss; },
       [](const Incident& r) { return r.incident_type == T::kLoss; }},
      {"sector", [](SearchQuery& q) { q.sector = Sector::kHealthcare; },
       [](const Incident& r) { return r.organization.sector == Sector::kHealthcare; }},
      {"country", [](SearchQuery& q) { q.country = "JP"; },
       [](const Incident& r) { return r.organization.country == "JP"; }},
      {"region", [](SearchQuery& q) { q.region = "大阪府"; },
       [](const Incident& r) { return r.organization.region == "大阪府"; }},
      {"organization", [](SearchQuery& q) { q.organization = "共通団体"; },
       [](const Incident& r) { return r.organization.name == "共通団体"; }},
      {"organization and country",
       [](SearchQuery& q) {
         q.organization = "共通団体";
         q.country = "US";
       },
       [](const Incident& r) {
         return r.organization.name == "共通団体" && r.organization.country == "US";
       }},
      {"type and region",
       [](SearchQuery& q) {
         q.type = T::kMisdeliveryMail;
         q.region = "大阪府";
       },
       [](const Incident& r) {
         return r.incident_type == T::kMisdeliveryMail && r.organization.region == "大阪府";
       }},
      {"unknown organization", [](SearchQuery& q) { q.organization = "どこにもない"; },
       [](const Incident&) { return false; }},
      {"unknown region", [](SearchQuery& q) { q.region = "Atlantis"; },
       [](const Incident&) { return false; }},
  };
  for (SortOrder sort :
       {SortOrder::kDateDesc, SortOrder::kDateAsc, SortOrder::kSizeDesc, SortOrder::kRelevance}) {
    SearchQuery all;
    all.sort = sort;
    const Ids whole = AllIds(all, 1000);
    ASSERT_EQ(whole.size(), 31u);  // 32 stored, one merged
    for (const Case& c : cases) {
      Ids expected;
      for (const auto& id : whole)
        if (c.holds(by_id.at(id))) expected.push_back(id);
      if (std::string_view(c.name).starts_with("unknown"))
        EXPECT_TRUE(expected.empty());
      else
        EXPECT_FALSE(expected.empty()) << c.name;
      for (bool count : {true, false}) {
        for (int size : {1, 3, 100}) {
          SearchQuery q;
          q.sort = sort;
          q.count_total = count;
          c.set(q);
          EXPECT_EQ(AllIds(q, size), expected) << c.name << ", sort " << static_cast<int>(sort)
                                               << ", page " << size << ", count " << count;
        }
      }
      SearchQuery q;
      q.sort = sort;
      q.limit = 1;
      c.set(q);
      auto page = store_->Search(q);
      ASSERT_TRUE(page.ok()) << page.status().ToString();
      EXPECT_EQ(page->total, static_cast<std::int64_t>(expected.size())) << c.name;
    }
  }
}

// A filtered listing sees later writes (newer incidents of the same value).
TEST_P(StoreConformance, ValueFiltersSeeLaterWrites) {
  PutCorpus();
  SearchQuery q;
  q.organization = "Acme Health";
  q.sort = SortOrder::kDateDesc;
  q.count_total = false;
  EXPECT_EQ(AllIds(q, 6), Ids{"c-acme"});
  std::vector<IngestItem> more = {Corpus()[2]};
  ASSERT_EQ(more[0].incident.id, "c-acme");
  more[0].incident.id = "c-acme-2";
  more[0].incident.announced_date = "2024-01-02";
  more[0].provenance.text = record::ToJsonLine(more[0].incident);
  ASSERT_TRUE(store_->Put(more, nullptr).ok());
  EXPECT_EQ(AllIds(q, 6), (Ids{"c-acme-2", "c-acme"}));
  q.organization = "Big Retail Inc";
  EXPECT_EQ(AllIds(q, 6), Ids{"d-retail"});
  more[0].incident.organization.name = "Big Retail Inc";  // moves to another organisation
  more[0].provenance.text = record::ToJsonLine(more[0].incident);
  ASSERT_TRUE(store_->Put(more, nullptr).ok());
  EXPECT_EQ(AllIds(q, 6), (Ids{"c-acme-2", "d-retail"}));
  q.organization = "Acme Health";
  EXPECT_EQ(AllIds(q, 6), Ids{"c-acme"});
}

// Listings show the record as it is now, after it changed.
TEST_P(StoreConformance, ListingsShowTheCurrentRecord) {
  PutCorpus();
  SearchQuery q;
  q.region = "大阪府";
  q.sort = SortOrder::kDateDesc;
  q.count_total = false;
  auto title_of = [&](const std::string& id) -> std::string {
    auto page = store_->Search(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    if (!page.ok()) return "";
    for (const auto& hit : page->hits)
      if (hit.incident.id == id) return hit.incident.title;
    return "(missing)";
  };
  std::vector<IngestItem> changed = {Corpus()[0]};
  ASSERT_EQ(changed[0].incident.id, "a-nishinari");
  EXPECT_EQ(title_of("a-nishinari"), changed[0].incident.title);
  changed[0].incident.title = "改訂されたタイトル";
  changed[0].provenance.text = record::ToJsonLine(changed[0].incident);
  ASSERT_TRUE(store_->Put(changed, nullptr).ok());
  EXPECT_EQ(title_of("a-nishinari"), "改訂されたタイトル");
}

// Summary hits carry store::Summary of the record, whole-record hits the
// record; asking for one kind never returns the other (whatever a back end keeps).
TEST_P(StoreConformance, SummaryHitsCarryTheSummaryFields) {
  PutCorpus();
  std::map<std::string, record::Incident> stored;
  for (const IngestItem& item : Corpus()) stored[item.incident.id] = item.incident;
  SearchQuery with_text;
  with_text.text = "保険";
  SearchQuery by_value;
  by_value.region = "大阪府";
  by_value.sort = SortOrder::kDateDesc;
  by_value.count_total = false;
  for (SearchQuery q : {with_text, by_value, SearchQuery{}}) {
    for (int round = 0; round < 2; ++round) {  // the second round may come from caches
      for (HitFields fields : {HitFields::kSummary, HitFields::kAll}) {
        q.fields = fields;
        auto page = store_->Search(q);
        ASSERT_TRUE(page.ok()) << page.status().ToString();
        ASSERT_FALSE(page->hits.empty()) << q.text;
        for (const SearchHit& hit : page->hits) {
          ASSERT_TRUE(stored.count(hit.incident.id)) << hit.incident.id;
          const record::Incident& full = stored[hit.incident.id];
          if (fields == HitFields::kAll) {
            EXPECT_EQ(hit.incident, full) << hit.incident.id;
          } else {
            EXPECT_EQ(hit.incident, Summary(full)) << hit.incident.id;
            EXPECT_TRUE(hit.incident.evidence.empty());
            EXPECT_EQ(hit.incident.title, full.title);
            EXPECT_EQ(hit.incident.cause, full.cause);
          }
        }
      }
    }
  }
  // Summary drops exactly the fields a list of hits does not show.
  record::Incident full = stored.at("a-nishinari");
  full.response = {"再発送"};
  full.prevention = {"複数人で確認"};
  full.contact = "区役所";
  full.data_items_raw = {"氏名"};
  full.evidence["title"] = record::Span{0, 3};
  record::Incident s = Summary(full);
  EXPECT_EQ(s.organization, full.organization);
  EXPECT_EQ(s.affected, full.affected);
  EXPECT_EQ(s.data_items, full.data_items);
  EXPECT_EQ(s.announced_date, full.announced_date);
  EXPECT_TRUE(s.response.empty() && s.prevention.empty() && s.timeline.empty() &&
              s.sources.empty() && s.data_items_raw.empty() && !s.contact);
  EXPECT_TRUE(s.evidence.empty());
  EXPECT_EQ(s.title, full.title);
}

TEST_P(StoreConformance, PaginationHasNoDuplicatesOrGaps) {
  // Enough incidents to need many pages, with many ties in date and size.
  std::vector<IngestItem> items;
  for (int i = 0; i < 57; ++i) {
    IngestItem it = Corpus()[i % 8];
    it.incident.id = "p" + std::to_string(i);
    if (i % 3 == 0) it.incident.title += " 共通語 common";
    it.provenance.text = record::ToJsonLine(it.incident);
    items.push_back(it);
  }
  ASSERT_TRUE(store_->Put(items, nullptr).ok());
  for (SortOrder sort :
       {SortOrder::kRelevance, SortOrder::kDateDesc, SortOrder::kDateAsc, SortOrder::kSizeDesc}) {
    for (const char* text : {"", "common", "共通語"}) {
      SearchQuery q;
      q.sort = sort;
      q.text = text;
      Ids whole = AllIds(q, 1000);
      for (int size : {1, 4, 7}) {
        Ids paged = AllIds(q, size);
        EXPECT_EQ(paged, whole) << "sort " << static_cast<int>(sort) << " text '" << text
                                << "' page " << size;
      }
      std::set<std::string> unique(whole.begin(), whole.end());
      EXPECT_EQ(unique.size(), whole.size());
      EXPECT_EQ(whole.size(), *text ? 19u : 57u);
    }
  }
  SearchQuery q;
  q.limit = 5;
  auto first = store_->Search(q);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->total, 57);
  EXPECT_EQ(first->hits.size(), 5u);
  // Without counting, the same page comes back and the total says "not counted".
  q.count_total = false;
  auto uncounted = store_->Search(q);
  ASSERT_TRUE(uncounted.ok());
  EXPECT_EQ(uncounted->total, -1);
  ASSERT_EQ(uncounted->hits.size(), first->hits.size());
  for (size_t i = 0; i < first->hits.size(); ++i)
    EXPECT_EQ(uncounted->hits[i].incident.id, first->hits[i].incident.id);
  EXPECT_EQ(uncounted->next_cursor, first->next_cursor);
}

TEST_P(StoreConformance, BadQueriesAreInvalidArguments) {
  PutCorpus();
  SearchQuery q;
  for (const char* cursor : {"garbage!", "AAAA", "MXxyfHh8eA", "%%%"}) {
    q.cursor = cursor;
    EXPECT_EQ(store_->Search(q).status().code(), StatusCode::kInvalidArgument) << cursor;
  }
  // A cursor from another sort order.
  q = {};
  q.limit = 1;
  auto page = store_->Search(q);
  ASSERT_TRUE(page.ok());
  q.cursor = page->next_cursor;
  q.sort = SortOrder::kSizeDesc;
  EXPECT_EQ(store_->Search(q).status().code(), StatusCode::kInvalidArgument);
  q = {};
  q.limit = 0;
  EXPECT_EQ(store_->Search(q).status().code(), StatusCode::kInvalidArgument);
  q.limit = 1001;
  EXPECT_EQ(store_->Search(q).status().code(), StatusCode::kInvalidArgument);
  // FTS syntax in user text is just text.
  for (const char* text :
       {"\"unbalanced", "NEAR(a b)", "a OR b", "title:x", "*", "a AND", "-x ^y"}) {
    q = {};
    q.text = text;
    auto r = store_->Search(q);
    EXPECT_TRUE(r.ok() || r.status().code() == StatusCode::kInvalidArgument) << text;
  }
}

TEST_P(StoreConformance, JapaneseAndEnglishSearch) {
  PutCorpus();
  EXPECT_EQ(Find("保険"), Ids{"a-nishinari"});  // inside 国民健康保険被保険者証
  EXPECT_EQ(Find("被保険者証"), Ids{"a-nishinari"});
  EXPECT_EQ(Find("誤送付"), (Ids{"a-nishinari", "e-yokohama"}));
  EXPECT_EQ(Find("usb"), Ids{"b-usb"});  // written ＵＳＢ and USB
  EXPECT_EQ(Find("ＵＳＢメモリ"), Ids{"b-usb"});
  EXPECT_EQ(Find("ノートパソコン"), Ids{"g-hospital"});
  EXPECT_EQ(Find("盗"), Ids{"g-hospital"});  // one character: a prefix query
  EXPECT_EQ(Find("ransomware"), Ids{"c-acme"});
  EXPECT_EQ(Find("RANSOMWARE Patient"), Ids{"c-acme"});
  EXPECT_EQ(Find("laptop"), Ids{"h-springfield"});
  EXPECT_EQ(Find("\"wrong recipients\""), Ids{"d-retail"});
  EXPECT_EQ(Find("\"recipients wrong\""), Ids{});
  EXPECT_EQ(Find("laptop ransomware"), Ids{});              // terms are ANDed
  EXPECT_EQ(Find("大阪市西成区役所"), Ids{"a-nishinari"});  // organization name
  EXPECT_EQ(Find("保険証"), Ids{});  // bigrams must be adjacent: 保険 険証
}

TEST_P(StoreConformance, SnippetsHighlightMatches) {
  PutCorpus();
  SearchQuery q;
  q.text = "保険";
  auto page = store_->Search(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->hits.size(), 1u);
  const std::string& snippet = page->hits[0].snippet;
  std::string want = std::string(kHighlightBegin) + "保険" + std::string(kHighlightEnd);
  EXPECT_NE(snippet.find(want), std::string::npos) << snippet;
  EXPECT_EQ(page->total, 1);
}

TEST_P(StoreConformance, FacetsLeaveTheirOwnFilterOut) {
  PutCorpus();
  SearchQuery q;
  q.country = "JP";
  auto f = store_->ComputeFacets(q);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  // country facet ignores the country filter.
  EXPECT_EQ(f->country, (FacetCounts{{"JP", 4}, {"US", 3}, {"GB", 1}}));
  // the others count only JP incidents.
  EXPECT_EQ(f->sector, (FacetCounts{{"government", 2}, {"education", 1}, {"healthcare", 1}}));
  EXPECT_EQ(f->type, (FacetCounts{{"misdelivery_mail", 2}, {"loss", 1}, {"theft", 1}}));
  EXPECT_EQ(f->region, (FacetCounts{{"大阪府", 2}, {"東京都", 1}, {"神奈川県", 1}}));
  EXPECT_EQ(f->year, (FacetCounts{{"2011", 1}, {"2018", 1}, {"2020", 1}, {"2022", 1}}));
  ASSERT_FALSE(f->item.empty());
  EXPECT_EQ(f->item[0], (std::pair<std::string, std::int64_t>{"name", 4}));

  q.type = T::kLoss;
  q.text = "紛失 OR";  // "OR" is a word here, found nowhere: nothing matches
  f = store_->ComputeFacets(q);
  ASSERT_TRUE(f.ok());
  EXPECT_TRUE(f->type.empty());
  q.text = "紛失";
  f = store_->ComputeFacets(q);
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->type, (FacetCounts{{"loss", 1}}));
  EXPECT_EQ(f->country, (FacetCounts{{"JP", 1}}));
}

TEST_P(StoreConformance, SearchWithFacetsIsSearchAndComputeFacets) {
  PutCorpus();
  // Without result caches, or each call would find what the other kept.
  OpenOptions uncached;
  uncached.result_cache_entries = 0;
  auto opened = GetParam().open(location_, uncached);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  Store& store = **opened;
  auto same_page = [](const SearchPage& a, const SearchPage& b) {
    if (a.total != b.total || a.next_cursor != b.next_cursor || a.hits.size() != b.hits.size())
      return false;
    for (std::size_t i = 0; i < a.hits.size(); ++i)
      if (a.hits[i].incident.id != b.hits[i].incident.id || a.hits[i].score != b.hits[i].score ||
          a.hits[i].snippet != b.hits[i].snippet)
        return false;
    return true;
  };
  auto same_facets = [](const Facets& a, const Facets& b) {
    return a.type == b.type && a.sector == b.sector && a.country == b.country &&
           a.region == b.region && a.item == b.item && a.year == b.year;
  };
  std::vector<SearchQuery> queries;
  for (const char* text : {"", "保険", "個人情報", "laptop", "紛失 メール", "absent"}) {
    SearchQuery q;
    q.text = text;
    queries.push_back(q);
    q.country = "JP";
    queries.push_back(q);
    q.type = T::kMisdeliveryMail;
    q.limit = 1;
    queries.push_back(q);
    q.country.reset();
    q.sort = SortOrder::kDateAsc;
    q.count_total = false;
    queries.push_back(q);
  }
  int with_facets = 0;
  for (SearchQuery q : queries) {
    for (int page = 0; page < 3; ++page) {
      SCOPED_TRACE("text '" + q.text + "' page " + std::to_string(page));
      Facets facets;
      auto both = store.SearchWithFacets(q, &facets);
      auto alone = store.Search(q);
      auto facets_alone = store.ComputeFacets(q);
      ASSERT_TRUE(both.ok()) << both.status().ToString();
      ASSERT_TRUE(alone.ok() && facets_alone.ok());
      EXPECT_TRUE(same_page(*both, *alone));
      EXPECT_TRUE(same_facets(facets, *facets_alone));
      with_facets += !facets.country.empty();
      if (alone->next_cursor.empty()) break;
      q.cursor = alone->next_cursor;
    }
  }
  EXPECT_GT(with_facets, 10);  // not only empty facets compared
  SearchQuery bad;
  bad.limit = 0;
  Facets untouched;
  untouched.year = {{"1999", 1}};
  EXPECT_EQ(store.SearchWithFacets(bad, &untouched).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(untouched.year, (FacetCounts{{"1999", 1}}));
}

TEST_P(StoreConformance, Statistics) {
  PutCorpus();
  auto st = store_->ComputeStatistics();
  ASSERT_TRUE(st.ok()) << st.status().ToString();
  EXPECT_EQ(st->incidents, 8);
  EXPECT_EQ(st->persons_affected, 8 + 120 + 50000 + 1000 + 3000 + 120);
  EXPECT_EQ(st->per_year_type[2020]["loss"], 2);
  EXPECT_EQ(st->per_year_type[2018]["misdelivery_mail"], 1);
  EXPECT_EQ(st->persons_per_year[2021], 50000);
  EXPECT_EQ(st->per_sector[0], (std::pair<std::string, std::int64_t>{"government", 3}));
  EXPECT_EQ(st->per_item[0], (std::pair<std::string, std::int64_t>{"name", 7}));
  EXPECT_EQ(st->per_region[0], (std::pair<std::string, std::int64_t>{"大阪府", 2}));
}

TEST_P(StoreConformance, MergeHidesMembersAndListsReports) {
  PutCorpus();
  Incident merged = Corpus()[0].incident;
  merged.title += "(続報)";
  std::vector<std::string> members = {"e-yokohama", "a-nishinari"};
  ASSERT_TRUE(store_->Merge(merged, members).ok());
  ASSERT_TRUE(store_->Merge(merged, members).ok());  // idempotent
  auto canonical = *store_->Get("a-nishinari");
  ASSERT_TRUE(canonical.has_value());
  EXPECT_EQ(canonical->incident.title, merged.title);
  EXPECT_EQ(canonical->reports, Ids{"e-yokohama"});
  EXPECT_EQ(canonical->provenance, Corpus()[0].provenance);  // the source is kept
  auto member = *store_->Get("e-yokohama");
  ASSERT_TRUE(member.has_value());
  EXPECT_EQ(member->merged_into, "a-nishinari");
  EXPECT_EQ(Find("誤送付"), Ids{"a-nishinari"});
  SearchQuery all;
  EXPECT_EQ(AllIds(all, 100).size(), 7u);
  EXPECT_EQ(*store_->Count(), 8);
  // A re-put of a merged report keeps it hidden.
  auto corpus = Corpus();
  corpus[4].incident.cause = "changed";
  ASSERT_TRUE(store_->Put(std::span(&corpus[4], 1), nullptr).ok());
  EXPECT_EQ(Find("誤送付"), Ids{"a-nishinari"});
  // A new canonical id, stored by the merge itself.
  Incident fresh = Corpus()[1].incident;
  fresh.id = "z-combined";
  std::vector<std::string> two = {"b-usb", "h-springfield"};
  ASSERT_TRUE(store_->Merge(fresh, two).ok());
  EXPECT_EQ((*store_->Get("z-combined"))->reports, two);
  std::vector<std::string> unknown = {"nope"};
  Status s = store_->Merge(fresh, unknown);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_NE(s.message().find("nope"), std::string::npos);
}

TEST_P(StoreConformance, ForEachVisitsAllInIdOrder) {
  PutCorpus();
  Incident merged = Corpus()[2].incident;
  std::vector<std::string> members = {"d-retail"};
  ASSERT_TRUE(store_->Merge(merged, members).ok());
  Ids seen;
  ASSERT_TRUE(store_
                  ->ForEach([&](const StoredIncident& s) {
                    seen.push_back(s.incident.id);
                    if (s.incident.id == "c-acme") EXPECT_EQ(s.reports, members);
                    return Status::Ok();
                  })
                  .ok());
  Ids want;
  for (const auto& it : Corpus()) want.push_back(it.incident.id);
  EXPECT_EQ(seen, want);
  int calls = 0;
  Status stop = store_->ForEach([&](const StoredIncident&) {
    return ++calls == 3 ? Status::Internal("stop") : Status::Ok();
  });
  EXPECT_EQ(stop.code(), StatusCode::kInternal);
  EXPECT_EQ(calls, 3);
}

TEST_P(StoreConformance, ReopenKeepsEverything) {
  PutCorpus();
  std::vector<std::string> members = {"h-springfield"};
  ASSERT_TRUE(store_->Merge(Corpus()[1].incident, members).ok());
  Reopen();
  ASSERT_TRUE(store_);
  EXPECT_EQ(*store_->Count(), 8);
  EXPECT_EQ(Find("保険"), Ids{"a-nishinari"});
  EXPECT_EQ(Find("laptop"), Ids{});
  EXPECT_EQ((*store_->Get("b-usb"))->reports, members);
  PutSummary again;
  auto corpus = Corpus();
  ASSERT_TRUE(store_->Put(corpus, &again).ok());
  EXPECT_EQ(again.unchanged, 8);
}

TEST_P(StoreConformance, ReadersAndAWriterAtOnce) {
  PutCorpus();
  std::atomic<bool> failed{false};
  std::thread writer([&] {
    for (int i = 0; i < 50; ++i) {
      IngestItem it = Corpus()[i % 8];
      it.incident.id = "w" + std::to_string(i);
      if (!store_->Put(std::span(&it, 1), nullptr).ok()) failed = true;
    }
  });
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      for (int i = 0; i < 30; ++i) {
        SearchQuery q;
        q.text = "保険";
        auto page = store_->Search(q);
        if (!page.ok() || page->hits.empty()) failed = true;
        if (!store_->ComputeFacets(q).ok()) failed = true;
      }
    });
  }
  writer.join();
  for (auto& r : readers) r.join();
  EXPECT_FALSE(failed);
  EXPECT_EQ(*store_->Count(), 58);
}

}  // namespace leakwatch::store
