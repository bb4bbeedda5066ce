// Intra-query parallelism in the SQLite back end (sqlite_split_scan.cc):
// split scans answer exactly as whole ones, on every sort, filter, page and
// facet, and a scan thread never mixes another state of the file into a
// search. (The conformance suite also runs with every search split: see
// sqlite_store_test.cc.)
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <set>
#include <thread>

#include "store/fts_scan.h"
#include "store/sqlite_store.h"
#include "store/store_conformance.h"
#include "util/scratch_dir_test_util.h"

namespace leakwatch::store {
namespace {

TEST(SplitRowids, RangesHoldEveryRowidOnceInOrder) {
  for (std::int64_t max_rowid : {0, 1, 2, 3, 7, 100, 1000003}) {
    for (int parts : {1, 2, 3, 4, 8}) {
      for (double first : {1.0, 1.4, 3.0}) {
        SCOPED_TRACE(std::to_string(max_rowid) + " in " + std::to_string(parts));
        std::vector<RowidRange> r = SplitRowids(max_rowid, parts, first);
        ASSERT_EQ(r.size(), static_cast<std::size_t>(parts));
        EXPECT_EQ(r.front().lo, std::numeric_limits<std::int64_t>::min());
        EXPECT_EQ(r.back().hi, std::numeric_limits<std::int64_t>::max());
        for (std::size_t i = 0; i + 1 < r.size(); ++i) {
          EXPECT_EQ(r[i].hi, r[i + 1].lo);  // no gap, no overlap
          EXPECT_LE(r[i].lo, r[i].hi);
        }
        // Nearly equal shares for equal weights.
        if (first == 1.0 && max_rowid >= 1000 && parts > 1) {
          const std::int64_t share = max_rowid / parts;
          for (std::size_t i = 1; i + 1 < r.size(); ++i)
            EXPECT_NEAR(static_cast<double>(r[i].hi - r[i].lo), static_cast<double>(share), 2.0);
          EXPECT_NEAR(static_cast<double>(r[1].lo - 1), static_cast<double>(share), 2.0);
        }
      }
    }
  }
}

class SplitScanTest : public ::testing::Test {
 protected:
  // Opens the file; `split`: every one-phrase search splits over one thread.
  std::unique_ptr<SqliteStore> OpenStore(bool split) {
    OpenOptions o;
    o.result_cache_entries = 0;
    o.search_threads = split ? 1 : 0;
    o.parallel_search_min_micros = 0;
    auto s = SqliteStore::Open(path_, o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }

  // `n` incidents made from the conformance corpus, ids from `first`, with
  // 保険 / laptop / 誤送付 a varying number of times (different ranks, ties).
  static std::vector<IngestItem> Items(int first, int n) {
    const std::vector<IngestItem> corpus = Corpus();
    std::vector<IngestItem> out;
    for (int i = first; i < first + n; ++i) {
      IngestItem it = corpus[static_cast<std::size_t>(i) % corpus.size()];
      it.incident.id = "s" + std::to_string(i);
      std::string extra;
      for (int k = 0; k < i % 4; ++k) extra += " 保険";
      if (i % 3 == 0) extra += " laptop";
      if (i % 5 == 1) extra += " 書類の誤送付";
      it.incident.title += extra;
      if (i % 7 == 0) it.incident.cause = "保険証 laptop 保険";
      it.provenance.text = record::ToJsonLine(it.incident);
      out.push_back(it);
    }
    return out;
  }

  util::ScratchDir dir_{"lw-split-scan-test"};
  const std::string path_ = (dir_ / "t.db").string();
};

// A page as text: ids, scores bit for bit, total, cursor.
std::string Dump(const SearchPage& p) {
  std::string s = std::to_string(p.total) + " " + p.next_cursor + "\n";
  for (const SearchHit& h : p.hits) {
    char score[64];
    std::snprintf(score, sizeof score, "%a", h.score);
    s += h.incident.id + " " + score + " " + h.snippet + "\n";
  }
  return s;
}

std::string Dump(const Facets& f) {
  std::string s;
  for (const auto* v : {&f.type, &f.sector, &f.country, &f.region, &f.item, &f.year}) {
    for (const auto& [k, n] : *v) s += k + "=" + std::to_string(n) + " ";
    s += "\n";
  }
  return s;
}

TEST_F(SplitScanTest, SplitAndWholeScansAnswerTheSame) {
  {
    auto writer = OpenStore(false);
    ASSERT_TRUE(writer->Put(Items(0, 400), nullptr).ok());
  }
  auto whole = OpenStore(false);
  auto split = OpenStore(true);
  int compared = 0;
  for (const char* text : {"保険", "laptop", "誤送付", "保険 laptop", "保", "absent", "誤送"}) {
    for (int filter = 0; filter < 3; ++filter) {
      for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kDateDesc, SortOrder::kDateAsc,
                             SortOrder::kSizeDesc}) {
        SearchQuery q;
        q.text = text;
        q.sort = sort;
        q.limit = 7;
        if (filter == 1) q.country = "JP";
        if (filter == 2) q.type = record::IncidentType::kMisdeliveryMail;
        // Three pages by cursor, each with facets and without.
        for (int page = 0; page < 3; ++page) {
          SCOPED_TRACE(std::string(text) + " filter " + std::to_string(filter) + " sort " +
                       std::to_string(static_cast<int>(sort)) + " page " + std::to_string(page));
          auto a = whole->Search(q);
          auto b = split->Search(q);
          ASSERT_TRUE(a.ok() && b.ok());
          EXPECT_EQ(Dump(*a), Dump(*b));
          Facets fa, fb;
          auto c = whole->SearchWithFacets(q, &fa);
          auto d = split->SearchWithFacets(q, &fb);
          ASSERT_TRUE(c.ok() && d.ok());
          EXPECT_EQ(Dump(*c), Dump(*d));
          EXPECT_EQ(Dump(fa), Dump(fb));
          ++compared;
          if (a->next_cursor.empty()) break;
          q.cursor = a->next_cursor;
        }
      }
    }
  }
  EXPECT_GT(compared, 150);
  // The comparison is between split and whole scans, not two whole ones.
  EXPECT_EQ(whole->split_stats().searches, 0);
  // (A search splits only when the scan thread is free at that moment, and
  // the caller may scan every chunk before the thread starts: on a busy
  // machine, fewer than all.)
  EXPECT_GT(split->split_stats().searches, 10);
  EXPECT_GT(split->split_stats().parts, 0);  // chunks the scan thread took
  EXPECT_EQ(split->split_stats().declined, 0);
}

TEST_F(SplitScanTest, AScanThreadThatSeesALaterWriteLeavesItsChunksToTheCaller) {
  auto store = OpenStore(true);
  ASSERT_TRUE(store->Put(Items(0, 2000), nullptr).ok());
  SearchQuery q;
  q.text = "保険";
  q.limit = 5;
  // A view, then a write: new matching rows (in the last chunks), and every
  // row changed. The view's searches must not see any of it. Again until a
  // scan thread started before the caller had scanned every chunk itself
  // (the caller takes back a task whose thread has not started).
  int declined = 0;
  for (int round = 0; round < 300 && declined < 3; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    auto before = store->Search(q);
    ASSERT_TRUE(before.ok());
    auto view = store->OpenReadView();
    ASSERT_TRUE(view.ok());
    std::vector<IngestItem> more = Items(10000 + 10 * round, 10);
    std::vector<IngestItem> changed = Items(0, 2000);
    for (IngestItem& it : changed) {
      it.incident.title = "保険 " + std::to_string(round) + " " + it.incident.title;
      it.provenance.text = record::ToJsonLine(it.incident);
    }
    more.insert(more.end(), changed.begin(), changed.end());
    ASSERT_TRUE(store->Put(more, nullptr).ok());
    const auto stats = store->split_stats();
    auto seen = (*view)->Search(q);
    ASSERT_TRUE(seen.ok()) << seen.status().ToString();
    EXPECT_EQ(Dump(*seen), Dump(*before));  // the view's state, nothing of the write
    EXPECT_EQ(store->split_stats().searches, stats.searches + 1);
    EXPECT_EQ(store->split_stats().parts, stats.parts);  // the thread took no chunk
    declined += static_cast<int>(store->split_stats().declined - stats.declined);
    view->reset();
    auto after = store->Search(q);
    ASSERT_TRUE(after.ok());
    EXPECT_GT(after->total, before->total);
  }
  EXPECT_GE(declined, 3);  // a thread did start and see the later generation
}

TEST_F(SplitScanTest, OnlyTextsThatTookLongEnoughLastTimeSplit) {
  {
    auto writer = OpenStore(false);
    ASSERT_TRUE(writer->Put(Items(0, 300), nullptr).ok());
  }
  for (std::int64_t min_micros : {std::int64_t{1}, std::int64_t{1} << 40}) {
    OpenOptions o;
    o.result_cache_entries = 0;
    o.search_threads = 1;
    o.parallel_search_min_micros = min_micros;
    auto opened = SqliteStore::Open(path_, o);
    ASSERT_TRUE(opened.ok());
    SqliteStore& store = **opened;
    SearchQuery q;
    q.text = "保険";
    ASSERT_TRUE(store.Search(q).ok());
    EXPECT_EQ(store.split_stats().searches, 0);  // the first search of a text: whole
    for (int i = 0; i < 20; ++i) ASSERT_TRUE(store.Search(q).ok());
    if (min_micros == 1)
      EXPECT_GT(store.split_stats().searches, 0);  // (unless the thread was always busy)
    else
      EXPECT_EQ(store.split_stats().searches, 0);  // never took that long
    q.text = "保 laptop";                          // not one phrase: never split
    const auto before = store.split_stats().searches;
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(store.Search(q).ok());
    EXPECT_EQ(store.split_stats().searches, before);
  }
}

TEST_F(SplitScanTest, SearchesDuringWritesEachSeeOneState) {
  auto store = OpenStore(true);
  const int kBase = 150;
  ASSERT_TRUE(store->Put(Items(0, kBase), nullptr).ok());
  SearchQuery q;
  q.text = "laptop";
  q.limit = 3;
  std::int64_t base_total = -1, g0 = -1;
  {
    auto view = store->OpenReadView();
    ASSERT_TRUE(view.ok());
    g0 = (*view)->generation();
    auto page = (*view)->Search(q);
    ASSERT_TRUE(page.ok());
    base_total = page->total;
  }
  // The writer adds one incident with laptop per transaction (one generation
  // each); a view of generation g must count base_total + (g - g0) matches,
  // from every range.
  std::atomic<bool> done{false};
  std::thread writer([&] {
    for (int i = 0; i < 60; ++i) {
      std::vector<IngestItem> one = Items(999 + 3 * i, 1);  // a multiple of 3: laptop
      ASSERT_TRUE(store->Put(one, nullptr).ok());
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    done = true;
  });
  int checked = 0;
  std::set<std::int64_t> generations;
  while (!done || checked < 50) {
    auto view = store->OpenReadView();
    ASSERT_TRUE(view.ok()) << view.status().ToString();
    const std::int64_t g = (*view)->generation();
    auto page = (*view)->Search(q);
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    EXPECT_EQ(page->total, base_total + (g - g0)) << "generation " << g;
    auto plain = store->Search(q);  // a read transaction of its own
    ASSERT_TRUE(plain.ok()) << plain.status().ToString();
    EXPECT_GE(plain->total, base_total);
    generations.insert(g);
    ++checked;
  }
  writer.join();
  EXPECT_GT(generations.size(), 3u);  // searches ran while the writer wrote
  EXPECT_GT(store->split_stats().searches, 0);
}

}  // namespace
}  // namespace leakwatch::store
