// The conformance suite, continued: what an incident page reads through:
// Store::OpenReadView and ReadView, and hits without snippets.
#include <atomic>
#include <map>
#include <thread>

#include "store/store_conformance.h"

namespace leakwatch::store {
namespace {

using Ids = std::vector<std::string>;

// The queries a read view is compared on: text, a value filter (what an
// incident page's related lists ask), summaries, a second page.
std::vector<SearchQuery> ViewQueries() {
  std::vector<SearchQuery> out;
  SearchQuery text;
  text.text = "保険";
  out.push_back(text);
  SearchQuery related;
  related.region = "大阪府";
  related.sort = SortOrder::kDateDesc;
  related.limit = 6;
  related.count_total = false;
  related.fields = HitFields::kSummary;
  out.push_back(related);
  SearchQuery all;
  all.sort = SortOrder::kSizeDesc;
  all.limit = 3;
  out.push_back(all);
  return out;
}

void ExpectSamePage(const SearchPage& a, const SearchPage& b) {
  ASSERT_EQ(a.hits.size(), b.hits.size());
  for (size_t i = 0; i < a.hits.size(); ++i) {
    EXPECT_EQ(a.hits[i].incident, b.hits[i].incident) << i;
    EXPECT_EQ(a.hits[i].snippet, b.hits[i].snippet) << i;
    EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << i;
  }
  EXPECT_EQ(a.total, b.total);
  EXPECT_EQ(a.next_cursor, b.next_cursor);
}

Ids HitIds(const SearchPage& page) {
  Ids ids;
  for (const auto& h : page.hits) ids.push_back(h.incident.id);
  return ids;
}

}  // namespace

// A view answers Get and Search as the store does when nothing changes.
TEST_P(StoreConformance, ReadViewAnswersAsTheStore) {
  PutCorpus();
  auto view = store_->OpenReadView();
  ASSERT_TRUE(view.ok()) << view.status().ToString();
  EXPECT_EQ((*view)->generation(), *store_->Generation());
  for (const IngestItem& item : Corpus()) {
    auto from_view = (*view)->Get(item.incident.id);
    auto from_store = store_->Get(item.incident.id);
    ASSERT_TRUE(from_view.ok() && from_store.ok()) << from_view.status().ToString();
    ASSERT_TRUE(from_view->has_value()) << item.incident.id;
    EXPECT_EQ((*from_view)->incident, (*from_store)->incident);
    EXPECT_EQ((*from_view)->provenance, (*from_store)->provenance);
    EXPECT_EQ((*from_view)->reports, (*from_store)->reports);
    EXPECT_EQ((*from_view)->updated_at, (*from_store)->updated_at);
  }
  auto missing = (*view)->Get("no-such-incident");
  ASSERT_TRUE(missing.ok()) << missing.status().ToString();
  EXPECT_FALSE(missing->has_value());
  for (SearchQuery q : ViewQueries()) {
    for (int page = 0; page < 2; ++page) {
      auto a = (*view)->Search(q);
      auto b = store_->Search(q);
      ASSERT_TRUE(a.ok() && b.ok()) << a.status().ToString();
      ASSERT_FALSE(a->hits.empty()) << q.text;
      ExpectSamePage(*a, *b);
      if (a->next_cursor.empty()) break;
      q.cursor = a->next_cursor;
    }
  }
}

// Writes after a view was opened are not seen by it; a new view sees them.
TEST_P(StoreConformance, ReadViewKeepsTheStateItWasOpenedOn) {
  PutCorpus();
  auto before = store_->OpenReadView();
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  const std::int64_t generation = (*before)->generation();

  std::vector<IngestItem> changes = {Corpus()[0], Corpus()[0]};
  ASSERT_EQ(changes[0].incident.id, "a-nishinari");
  const std::string old_title = changes[0].incident.title;
  changes[0].incident.title = "改訂されたタイトル";
  changes[0].provenance.text = record::ToJsonLine(changes[0].incident);
  changes[1].incident.id = "a-nishinari-2";
  changes[1].incident.announced_date = "2030-01-01";
  changes[1].provenance.text = record::ToJsonLine(changes[1].incident);
  ASSERT_TRUE(store_->Put(changes, nullptr).ok());

  SearchQuery related;
  related.region = "大阪府";
  related.sort = SortOrder::kDateDesc;
  related.count_total = false;
  related.fields = HitFields::kSummary;
  SearchQuery text;
  text.text = "改訂";

  auto old_record = (*before)->Get("a-nishinari");
  ASSERT_TRUE(old_record.ok() && old_record->has_value());
  EXPECT_EQ((*old_record)->incident.title, old_title);
  auto added = (*before)->Get("a-nishinari-2");
  ASSERT_TRUE(added.ok());
  EXPECT_FALSE(added->has_value());
  auto old_listing = (*before)->Search(related);
  ASSERT_TRUE(old_listing.ok()) << old_listing.status().ToString();
  EXPECT_EQ(HitIds(*old_listing), (Ids{"g-hospital", "a-nishinari"}));
  EXPECT_EQ(old_listing->hits[1].incident.title, old_title);
  auto old_text = (*before)->Search(text);
  ASSERT_TRUE(old_text.ok()) << old_text.status().ToString();
  EXPECT_EQ(HitIds(*old_text), Ids{});
  EXPECT_EQ((*before)->generation(), generation);

  auto after = store_->OpenReadView();
  ASSERT_TRUE(after.ok()) << after.status().ToString();
  EXPECT_GT((*after)->generation(), generation);
  EXPECT_EQ((*after)->generation(), *store_->Generation());
  auto new_record = (*after)->Get("a-nishinari");
  ASSERT_TRUE(new_record.ok() && new_record->has_value());
  EXPECT_EQ((*new_record)->incident.title, "改訂されたタイトル");
  auto new_listing = (*after)->Search(related);
  ASSERT_TRUE(new_listing.ok());
  EXPECT_EQ(HitIds(*new_listing), (Ids{"a-nishinari-2", "g-hospital", "a-nishinari"}));
  EXPECT_EQ(new_listing->hits[2].incident.title, "改訂されたタイトル");
  auto new_text = (*after)->Search(text);
  ASSERT_TRUE(new_text.ok());
  EXPECT_EQ(HitIds(*new_text), Ids{"a-nishinari"});
  // The old view still answers from its state.
  auto still_old = (*before)->Get("a-nishinari");
  ASSERT_TRUE(still_old.ok() && still_old->has_value());
  EXPECT_EQ((*still_old)->incident.title, old_title);
}

TEST_P(StoreConformance, ReadViewRefusesBadQueriesAsSearchDoes) {
  PutCorpus();
  auto view = store_->OpenReadView();
  ASSERT_TRUE(view.ok()) << view.status().ToString();
  SearchQuery q;
  q.limit = 0;
  EXPECT_EQ((*view)->Search(q).status().code(), StatusCode::kInvalidArgument);
  q.limit = 5;
  q.cursor = "not a cursor";
  EXPECT_EQ((*view)->Search(q).status().code(), StatusCode::kInvalidArgument);
  // The view still reads after a refused query.
  auto got = (*view)->Get("b-usb");
  ASSERT_TRUE(got.ok() && got->has_value());
}

// Views on several threads while a writer changes a record: within one view
// the record and the listings agree (one state), whichever state that is.
TEST_P(StoreConformance, ReadViewsAreConsistentWhileAWriterWrites) {
  PutCorpus();
  IngestItem item = Corpus()[1];
  ASSERT_EQ(item.incident.id, "b-usb");
  std::atomic<bool> done{false}, failed{false};
  std::thread writer([&] {
    for (int i = 0; i < 40; ++i) {
      IngestItem it = item;
      it.incident.title = "版 " + std::to_string(i);
      it.provenance.text = record::ToJsonLine(it.incident);
      if (!store_->Put(std::span(&it, 1), nullptr).ok()) failed = true;
    }
    done = true;
  });
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      SearchQuery q;
      q.type = item.incident.incident_type;
      q.sort = SortOrder::kDateDesc;
      q.count_total = false;
      q.fields = HitFields::kSummary;
      for (int i = 0; i < 200 && !(done && i > 20); ++i) {
        auto view = store_->OpenReadView();
        if (!view.ok()) {
          failed = true;
          continue;
        }
        auto got = (*view)->Get("b-usb");
        auto page = (*view)->Search(q);
        if (!got.ok() || !got->has_value() || !page.ok()) {
          failed = true;
          continue;
        }
        bool listed = false;
        for (const auto& hit : page->hits) {
          if (hit.incident.id != "b-usb") continue;
          listed = true;
          if (hit.incident.title != (*got)->incident.title) failed = true;
        }
        if (!listed) failed = true;
      }
    });
  }
  writer.join();
  for (auto& r : readers) r.join();
  EXPECT_FALSE(failed);
}

// SearchQuery::snippets = false gives the same hits, records and order, with
// empty snippets, for text and value queries, summaries and whole records.
TEST_P(StoreConformance, HitsWithoutSnippetsAreTheSameHitsWithEmptySnippets) {
  PutCorpus();
  // A record with fields a summary leaves out, so that summaries differ.
  IngestItem full = Corpus()[0];
  full.incident.id = "a-nishinari-full";
  full.incident.response = {"再発送した"};
  full.incident.contact = "区役所保険年金課";
  full.incident.timeline = {{"2011-10-18", "誤送付が判明"}};
  full.provenance.text = record::ToJsonLine(full.incident);
  ASSERT_NE(Summary(full.incident), full.incident);
  ASSERT_TRUE(store_->Put(std::span(&full, 1), nullptr).ok());
  std::vector<SearchQuery> queries = ViewQueries();
  queries.push_back(SearchQuery{});
  for (SearchQuery q : queries) {
    for (HitFields fields : {HitFields::kSummary, HitFields::kAll}) {
      for (int round = 0; round < 2; ++round) {  // the second round may come from caches
        q.fields = fields;
        q.snippets = true;
        auto with = store_->Search(q);
        q.snippets = false;
        auto without = store_->Search(q);
        ASSERT_TRUE(with.ok() && without.ok()) << without.status().ToString();
        ASSERT_FALSE(with->hits.empty()) << q.text;
        ASSERT_EQ(HitIds(*with), HitIds(*without)) << q.text;
        bool any_snippet = false;
        for (size_t i = 0; i < with->hits.size(); ++i) {
          EXPECT_EQ(with->hits[i].incident, without->hits[i].incident) << i;
          if (with->hits[i].incident.id == full.incident.id)
            EXPECT_EQ(without->hits[i].incident,
                      fields == HitFields::kAll ? full.incident : Summary(full.incident));
          EXPECT_DOUBLE_EQ(with->hits[i].score, without->hits[i].score) << i;
          EXPECT_EQ(without->hits[i].snippet, "") << i;
          any_snippet |= !with->hits[i].snippet.empty();
        }
        EXPECT_TRUE(any_snippet) << q.text;
        EXPECT_EQ(with->total, without->total);
        EXPECT_EQ(with->next_cursor, without->next_cursor);
      }
    }
  }
  // In a view too.
  auto view = store_->OpenReadView();
  ASSERT_TRUE(view.ok()) << view.status().ToString();
  SearchQuery related = ViewQueries()[1];
  related.snippets = false;
  auto page = (*view)->Search(related);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_FALSE(page->hits.empty());
  for (const SearchHit& hit : page->hits) EXPECT_EQ(hit.snippet, "");
}

}  // namespace leakwatch::store
