// The SQLite back end: the conformance suite on real temporary files, plus
// what only SQLite has (migrations, the file itself).
#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <tuple>

#include "store/fts_tokenizer.h"
#include "store/migrations.h"
#include "store/store_conformance.h"

namespace leakwatch::store {
namespace {

namespace fs = std::filesystem;

// A database path in a fresh directory under the temp dir (RemovePath deletes it).
std::string NewPath() {
  static std::atomic<int> n{0};
  fs::path dir = fs::temp_directory_path() /
                 ("lw-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return (dir / "store.db").string();
}

Result<std::unique_ptr<Store>> OpenPath(const std::string& path, const OpenOptions& options) {
  return Open(path, options);
}

void RemovePath(const std::string& path) { fs::remove_all(fs::path(path).parent_path()); }

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreConformance,
                         ::testing::Values(StoreFactory{"sqlite", NewPath, OpenPath, RemovePath}),
                         [](const auto&) { return std::string("sqlite"); });

// Every one-phrase search split over a scan thread, however small the store.
Result<std::unique_ptr<Store>> OpenSplitting(const std::string& path, const OpenOptions& options) {
  OpenOptions o = options;
  o.search_threads = 1;
  o.parallel_search_min_micros = 0;
  return Open(path, o);
}

INSTANTIATE_TEST_SUITE_P(SqliteSplit, StoreConformance,
                         ::testing::Values(StoreFactory{"sqlite_split", NewPath, OpenSplitting,
                                                        RemovePath}),
                         [](const auto&) { return std::string("sqlite_split"); });

class SqliteStoreTest : public ::testing::Test {
 protected:
  void TearDown() override { RemovePath(path_); }
  std::string path_ = NewPath();
};

TEST_F(SqliteStoreTest, MigratesAnOldVersionFile) {
  {
    // Today's code writes today's schema: store the corpus, then take the
    // file back to version 1 by undoing migrations 2-4.
    auto latest = SqliteStore::Open(path_, {});
    ASSERT_TRUE(latest.ok()) << latest.status().ToString();
    auto corpus = Corpus();
    ASSERT_TRUE((*latest)->Put(corpus, nullptr).ok());
  }
  {
    auto db = Db::Open(path_, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("DROP INDEX incidents_by_gen; ALTER TABLE incidents DROP COLUMN gen;"
                         "DROP TABLE store_meta; DROP INDEX incidents_by_date;"
                         "DROP INDEX incidents_by_size; DROP INDEX incidents_by_organization;"
                         "DROP INDEX incidents_by_merged_into; PRAGMA user_version = 1;")
                    .ok());
  }
  {
    auto db = Db::Open(path_, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), 1);
    EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                            "name = 'incidents_by_date'"),
              0);
  }
  auto store = Open(path_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(*(*store)->Count(), 8);
  SearchQuery q;
  q.text = "保険";
  EXPECT_EQ((*store)->Search(q)->total, 1);
  auto db = Db::Open(path_, SQLITE_OPEN_READONLY);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sqlite_master WHERE name = 'incidents_by_date'"),
            1);
  EXPECT_EQ(*db->QueryInt("PRAGMA journal_mode = WAL"), 0);  // a string "wal": reads as 0
}

// A reader's in-memory columns (column_snapshot.h) follow what another Store
// on the same file (another process) writes: changed rows, new rows, merges.
TEST_F(SqliteStoreTest, SearchFollowsWritesOfAnotherStoreOnTheFile) {
  auto writer = Open(path_);
  auto reader = Open(path_);
  ASSERT_TRUE(writer.ok() && reader.ok());
  auto corpus = Corpus();
  ASSERT_TRUE((*writer)->Put(corpus, nullptr).ok());
  SearchQuery all;
  all.limit = 100;
  auto total = [&](const SearchQuery& q) {
    auto page = (*reader)->Search(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? page->total : -1;
  };
  auto facet = [&](const SearchQuery& q, const std::string& type) {
    auto f = (*reader)->ComputeFacets(q);
    EXPECT_TRUE(f.ok());
    for (const auto& [name, n] : f->type)
      if (name == type) return n;
    return std::int64_t{0};
  };
  const auto n = static_cast<std::int64_t>(corpus.size());
  EXPECT_EQ(total(all), n);
  SearchQuery loss;
  loss.type = record::IncidentType::kLoss;
  const std::int64_t losses = total(loss);
  ASSERT_NE(corpus[0].incident.incident_type, record::IncidentType::kLoss);

  IngestItem changed = corpus[0];
  changed.incident.incident_type = record::IncidentType::kLoss;
  IngestItem added = corpus[1];
  added.incident.id = "z-added";
  added.incident.incident_type = record::IncidentType::kLoss;
  std::vector<IngestItem> batch = {changed, added};
  ASSERT_TRUE((*writer)->Put(batch, nullptr).ok());
  EXPECT_EQ(total(loss), losses + 2);
  EXPECT_EQ(facet(all, "loss"), losses + 2);
  EXPECT_EQ(total(all), n + 1);

  std::vector<std::string> members = {corpus[2].incident.id, "z-added"};
  ASSERT_TRUE((*writer)->Merge(corpus[2].incident, members).ok());
  EXPECT_EQ(total(all), n);
  EXPECT_EQ(total(loss), losses + 1);
  auto page = (*reader)->Search(all);
  ASSERT_TRUE(page.ok());
  for (const auto& hit : page->hits) EXPECT_NE(hit.incident.id, "z-added");
}

TEST_F(SqliteStoreTest, CachedStatementsAreResetAndReusedOneBorrowerAtATime) {
  auto db = Db::Open(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(db->Exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2), (3);").ok());
  const char* sql = "SELECT x FROM t WHERE x >= ?1 ORDER BY x";
  {
    auto a = db->PrepareCached(sql);
    ASSERT_TRUE(a.ok());
    a->Bind(1, 2);
    ASSERT_TRUE(*a->Step());
    EXPECT_EQ(a->Int(0), 2);
    // Borrowed while `a` is: a second borrower gets a statement of its own.
    auto b = db->PrepareCached(sql);
    ASSERT_TRUE(b.ok());
    b->Bind(1, 1);
    ASSERT_TRUE(*b->Step());
    EXPECT_EQ(b->Int(0), 1);
    EXPECT_EQ(a->Int(0), 2);
  }
  {
    // Given back reset, with bindings cleared: NULL matches nothing.
    auto c = db->PrepareCached(sql);
    ASSERT_TRUE(c.ok());
    EXPECT_FALSE(*c->Step());
    c->Reset();
    c->Bind(1, 3);
    ASSERT_TRUE(*c->Step());
    EXPECT_EQ(c->Int(0), 3);
  }
}

TEST_F(SqliteStoreTest, RefusesAFileFromTheFuture) {
  {
    auto db = Db::Open(path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("PRAGMA user_version = 99").ok());
  }
  auto store = Open(path_);
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
  EXPECT_NE(store.status().message().find(path_), std::string::npos);
}

TEST_F(SqliteStoreTest, RefusesAFileThatIsNotADatabase) {
  std::ofstream(path_) << "this is not a database, just text long enough to be a header......";
  auto store = Open(path_);
  EXPECT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption) << store.status().ToString();
  EXPECT_NE(store.status().message().find(path_), std::string::npos);
}

TEST_F(SqliteStoreTest, LocationForms) {
  EXPECT_TRUE(Open("sqlite:" + path_).ok());
  auto pg = Open("postgresql://localhost/leakwatch");
  EXPECT_EQ(pg.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(pg.status().message().find("PostgreSQL"), std::string::npos);
  auto missing = Open("/nonexistent-dir/x/y.db");
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);
  OpenOptions no_create;
  no_create.create_if_missing = false;
  auto absent = Open(path_ + ".absent", no_create);
  EXPECT_EQ(absent.status().code(), StatusCode::kIoError);
}

TEST_F(SqliteStoreTest, ReadOnlyStoresReadButRefuseWrites) {
  {
    auto store = Open(path_);
    ASSERT_TRUE(store.ok());
    auto corpus = Corpus();
    ASSERT_TRUE((*store)->Put(corpus, nullptr).ok());
  }
  OpenOptions ro;
  ro.read_only = true;
  auto store = Open(path_, ro);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(*(*store)->Count(), 8);
  auto corpus = Corpus();
  EXPECT_FALSE((*store)->Put(corpus, nullptr).ok());
}

TEST_F(SqliteStoreTest, RelevancePrefersTitleHitsAndMoreHits) {
  auto store = Open(path_);
  ASSERT_TRUE(store.ok());
  std::vector<IngestItem> items;
  for (const auto& [id, title, cause] :
       {std::tuple{"body-once", "Notice", "a needle was found"},
        std::tuple{"title", "Needle lost", "nothing else"},
        std::tuple{"body-thrice", "Notice", "needle, needle and needle"},
        std::tuple{"none", "Notice", "hay"}}) {
    IngestItem it = Corpus()[2];
    it.incident.id = id;
    it.incident.title = title;
    it.incident.cause = cause;
    it.provenance.text = record::ToJsonLine(it.incident);
    items.push_back(it);
  }
  ASSERT_TRUE((*store)->Put(items, nullptr).ok());
  SearchQuery q;
  q.text = "needle";
  auto page = (*store)->Search(q);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  std::vector<std::string> ids;
  for (const auto& h : page->hits) ids.push_back(h.incident.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"title", "body-thrice", "body-once"}));
  EXPECT_GT(page->hits[0].score, page->hits[1].score);
  EXPECT_GT(page->hits[1].score, page->hits[2].score);
}

TEST_F(SqliteStoreTest, IntegrityCheckPassesAfterUpdatesAndMerges) {
  auto store = Open(path_);
  ASSERT_TRUE(store.ok());
  auto corpus = Corpus();
  ASSERT_TRUE((*store)->Put(corpus, nullptr).ok());
  for (auto& it : corpus) it.incident.title += " v2";
  ASSERT_TRUE((*store)->Put(corpus, nullptr).ok());
  std::vector<std::string> members = {"b-usb"};
  ASSERT_TRUE((*store)->Merge(corpus[0].incident, members).ok());
  auto db = Db::Open(path_, SQLITE_OPEN_READWRITE);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(RegisterFtsTokenizer(db->get()).ok());
  // The FTS index is consistent, and so is the file.
  Status fts = db->Exec("INSERT INTO incident_text(incident_text) VALUES('integrity-check')");
  EXPECT_TRUE(fts.ok()) << fts.ToString();
  auto check = db->Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.ok());
  ASSERT_TRUE(*check->Step());
  EXPECT_EQ(check->Text(0), "ok");
}

}  // namespace
}  // namespace leakwatch::store
