// ScanFts against what it replaces: `SELECT rowid, rank ... MATCH` with the
// rank the store's migrations configure (lw_bm25), on a real SQLite file.
#include "store/fts_scan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "store/fts_query.h"
#include "store/fts_rank.h"
#include "store/fts_tokenizer.h"
#include "store/migrations.h"
#include "util/scratch_dir_test_util.h"

namespace leakwatch::store {
namespace {

// Best rank first, then rowid: the order of a relevance page.
bool ByRank(const FtsMatch& a, const FtsMatch& b) {
  return a.rank != b.rank ? a.rank < b.rank : a.rowid < b.rowid;
}

// Expects `best` (in any order) to hold the first `keep` of `all` (sorted
// ByRank), with the same ranks.
void ExpectHoldsFirst(std::vector<FtsMatch> best, const std::vector<FtsMatch>& all,
                      std::size_t keep) {
  std::sort(best.begin(), best.end(), ByRank);
  const std::size_t n = std::min(keep, all.size());
  ASSERT_GE(best.size(), n);
  for (std::size_t i = 0; i < n; ++i) {
    EXPECT_EQ(best[i].rowid, all[i].rowid) << i;
    EXPECT_EQ(best[i].rank, all[i].rank) << i;
  }
}

class FtsScanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = (dir_ / "t.db").string();
    auto db = Db::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db).value();
    ASSERT_TRUE(RegisterFtsTokenizer(db_.get()).ok());
    ASSERT_TRUE(RegisterFtsRank(db_.get()).ok());
    ASSERT_TRUE(RegisterFtsScan(db_.get()).ok());
    ASSERT_TRUE(Migrate(db_, path, -1).ok());  // incident_text as the store has it
    Fill();
  }
  void TearDown() override { db_ = Db(); }

  // Documents of a few words each, drawn so that frequencies differ between
  // rows and columns (ties too), some terms are rare and one is everywhere.
  void Fill() {
    const std::vector<std::string> words = {
        "保険",   "保険",   "保険",   "誤送付",      "個人情報", "メール", "顧客",   "保管",
        "laptop", "laptop", "stolen", "information", "email",    "保険金", "送付先",
    };
    std::mt19937 rng(20261202);
    auto pick = [&](int n) {
      std::string s = "common";
      for (int i = 0; i < n; ++i) s += " " + words[rng() % words.size()];
      return s;
    };
    ASSERT_TRUE(db_.Exec("BEGIN").ok());
    auto insert = db_.Prepare("INSERT INTO incident_text(rowid, title, body) VALUES(?1, ?2, ?3)");
    ASSERT_TRUE(insert.ok());
    for (std::int64_t rowid = 1; rowid <= 600; ++rowid) {
      insert->Reset();
      // Gaps in the rowids, as deletions and merged reports leave them.
      insert->Bind(1, rowid * 3 + static_cast<std::int64_t>(rng() % 3))
          .Bind(2, pick(static_cast<int>(rng() % 4)))
          // Every 25th body is long: offsets past 126 take two-byte varints.
          .Bind(3, pick(rowid % 25 == 0 ? 300 : static_cast<int>(rng() % 12)));
      ASSERT_TRUE(insert->Run().ok());
    }
    ASSERT_TRUE(db_.Exec("COMMIT").ok());
  }

  // What the store ran before ScanFts: rowid order, rank from the table.
  std::vector<FtsMatch> Select(const std::string& match) {
    std::vector<FtsMatch> out;
    auto stmt = db_.Prepare("SELECT rowid, rank FROM incident_text WHERE incident_text MATCH ?1");
    EXPECT_TRUE(stmt.ok());
    stmt->Bind(1, match);
    while (true) {
      auto row = stmt->Step();
      EXPECT_TRUE(row.ok()) << row.status().ToString();
      if (!row.ok() || !*row) break;
      out.push_back({stmt->Int(0), stmt->Double(1)});
    }
    return out;
  }

  util::ScratchDir dir_{"lw-fts-scan-test"};
  Db db_;
};

const char* const kQueries[] = {
    "保険",
    "laptop",
    "誤送付",
    "保険 laptop",
    "\"個人情報 メール\"",
    "保",
    "送",
    "common",
    "common 保険",
    "メール 顧客 email",
    "stolen information",
    "保険金",
    "送付",
    "absent",
    "保険 absent",
    "l",
};

TEST_F(FtsScanTest, RanksEveryMatchAsTheTableRankDoes) {
  for (const char* text : kQueries) {
    SCOPED_TRACE(text);
    const std::string match = BuildFtsQuery(text).match;
    std::vector<FtsMatch> expected = Select(match);
    std::vector<FtsMatch> got;
    ASSERT_TRUE(
        ScanFts(db_, "incident_text", match, /*ranked=*/true, kTitleWeight, kBodyWeight, &got)
            .ok());
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].rowid, expected[i].rowid) << i;
      EXPECT_EQ(got[i].rank, expected[i].rank) << "rowid " << got[i].rowid;  // the same double
    }
  }
}

TEST_F(FtsScanTest, RanksAsLwBm25DoesWithOtherWeights) {
  // Whole weights take the counting path, the others the sum of weights: both
  // must give lw_bm25's double, whichever weights a table is ranked with.
  const std::pair<double, double> weights[] = {{1.0, 1.0}, {7.0, 3.0}, {0.0, 2.0},
                                               {0.3, 1.7}, {4.5, 1.0}, {1e-3, 0.1}};
  for (const auto& [title, body] : weights) {
    for (const char* text : kQueries) {
      SCOPED_TRACE(std::string(text) + " weights " + std::to_string(title) + "," +
                   std::to_string(body));
      const std::string match = BuildFtsQuery(text).match;
      auto stmt = db_.Prepare(
          "SELECT rowid, lw_bm25(incident_text, ?2, ?3) FROM incident_text "
          "WHERE incident_text MATCH ?1");
      ASSERT_TRUE(stmt.ok());
      stmt->Bind(1, match).Bind(2, title).Bind(3, body);
      std::vector<FtsMatch> expected;
      while (true) {
        auto row = stmt->Step();
        ASSERT_TRUE(row.ok()) << row.status().ToString();
        if (!*row) break;
        expected.push_back({stmt->Int(0), stmt->Double(1)});
      }
      std::vector<FtsMatch> got;
      ASSERT_TRUE(ScanFts(db_, "incident_text", match, true, title, body, &got).ok());
      ASSERT_EQ(got.size(), expected.size());
      for (std::size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].rowid, expected[i].rowid) << i;
        EXPECT_EQ(got[i].rank, expected[i].rank) << "rowid " << got[i].rowid;
      }
    }
  }
}

TEST_F(FtsScanTest, KeepBestKeepsTheBestAndCountsEveryMatch) {
  int pruned = 0;
  for (const char* text : kQueries) {
    for (std::size_t keep : {1, 2, 5, 21, 1000}) {
      SCOPED_TRACE(std::string(text) + " keep " + std::to_string(keep));
      const std::string match = BuildFtsQuery(text).match;
      std::vector<FtsMatch> all, best;
      ASSERT_TRUE(ScanFts(db_, "incident_text", match, true, kTitleWeight, kBodyWeight, &all).ok());
      std::int64_t matched = -1;
      ASSERT_TRUE(ScanFts(db_, "incident_text", match, true, kTitleWeight, kBodyWeight, &best, keep,
                          &matched)
                      .ok());
      EXPECT_EQ(matched, static_cast<std::int64_t>(all.size()));
      // What is kept is a subset of all, with the same ranks, in rowid order.
      std::size_t j = 0;
      for (const FtsMatch& m : best) {
        while (j < all.size() && all[j].rowid < m.rowid) ++j;
        ASSERT_LT(j, all.size());
        EXPECT_EQ(all[j].rowid, m.rowid);
        EXPECT_EQ(all[j].rank, m.rank);
      }
      // And holds the first `keep` of all.
      std::sort(all.begin(), all.end(), ByRank);
      ExpectHoldsFirst(best, all, keep);
      if (best.size() < all.size()) ++pruned;
    }
  }
  EXPECT_GE(pruned, 20);  // rows were left out, for most queries and sizes
}

TEST_F(FtsScanTest, TheQueriesRankDistinctFrequenciesAndMatchSomeRows) {
  // Guards the test above against vacuity: most queries match, and ranks differ.
  int matching = 0;
  for (const char* text : kQueries) {
    std::vector<FtsMatch> got;
    ASSERT_TRUE(ScanFts(db_, "incident_text", BuildFtsQuery(text).match, true, kTitleWeight,
                        kBodyWeight, &got)
                    .ok());
    if (got.empty()) continue;
    ++matching;
    std::vector<double> ranks;
    for (const FtsMatch& m : got) ranks.push_back(m.rank);
    std::sort(ranks.begin(), ranks.end());
    if (got.size() > 20 && std::string(text) != "common") {  // "common": once a column
      EXPECT_GT(std::unique(ranks.begin(), ranks.end()) - ranks.begin(), 3) << text;
    }
  }
  EXPECT_GE(matching, 13);
}

TEST_F(FtsScanTest, UnrankedGivesTheSameRowsWithoutRank) {
  for (const char* text : kQueries) {
    SCOPED_TRACE(text);
    const std::string match = BuildFtsQuery(text).match;
    std::vector<FtsMatch> expected = Select(match);
    std::vector<FtsMatch> got = {{42, 1.0}};  // replaced, not appended to
    ASSERT_TRUE(
        ScanFts(db_, "incident_text", match, /*ranked=*/false, kTitleWeight, kBodyWeight, &got)
            .ok());
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].rowid, expected[i].rowid);
      EXPECT_EQ(got[i].rank, 0.0);
    }
  }
}

// The parts of a scan split at `cuts` (ascending): [min, c0), [c0, c1), ...,
// [c_last, max), each scanned on its own, then joined.
Status ScanSplit(Db& db, const std::string& match, bool ranked,
                 const std::vector<std::int64_t>& cuts, std::size_t keep_best,
                 std::vector<FtsMatch>* out, std::int64_t* matched) {
  std::vector<FtsPart> parts(cuts.size() + 1);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    RowidRange range;
    if (i > 0) range.lo = cuts[i - 1];
    if (i < cuts.size()) range.hi = cuts[i];
    LW_RETURN_IF_ERROR(ScanFtsPart(db, "incident_text", match, ranked, kTitleWeight, kBodyWeight,
                                   range, keep_best, &parts[i]));
  }
  JoinFtsParts(parts, ranked, out, matched);
  return Status::Ok();
}

// Splits of the rowids (1..~1800 here): one cut, at a row and between rows,
// several, parts with no row at all, a cut before every row and after all.
const std::vector<std::vector<std::int64_t>> kCuts = {{},
                                                      {900},
                                                      {901},
                                                      {902},
                                                      {600, 1200},
                                                      {1, 2, 3, 4, 5, 6},
                                                      {-5},
                                                      {5000},
                                                      {300, 300, 301},
                                                      {3, 100, 500, 1000, 1500, 1799, 1800, 1801}};

TEST_F(FtsScanTest, SplitPartsJoinToTheWholeScan) {
  int split = 0;
  for (const char* text : kQueries) {
    const FtsQuery q = BuildFtsQuery(text);
    if (q.phrases != 1 || !q.prefixes.empty()) continue;  // what ScanFtsPart accepts
    for (bool ranked : {true, false}) {
      std::vector<FtsMatch> whole;
      ASSERT_TRUE(
          ScanFts(db_, "incident_text", q.match, ranked, kTitleWeight, kBodyWeight, &whole).ok());
      // And cuts at matching rows: each a part's first row and the one
      // after the part before it.
      std::vector<std::vector<std::int64_t>> all_cuts = kCuts;
      if (whole.size() >= 3)
        all_cuts.push_back(
            {whole[whole.size() / 3].rowid, whole[2 * whole.size() / 3].rowid, whole.back().rowid});
      for (const auto& cuts : all_cuts) {
        SCOPED_TRACE(std::string(text) + (ranked ? " ranked" : "") + " cuts " +
                     std::to_string(cuts.size()) +
                     (cuts.empty() ? "" : " from " + std::to_string(cuts[0])));
        std::vector<FtsMatch> got;
        std::int64_t matched = -1;
        ASSERT_TRUE(ScanSplit(db_, q.match, ranked, cuts, 0, &got, &matched).ok());
        EXPECT_EQ(matched, static_cast<std::int64_t>(whole.size()));  // no row counted twice
        ASSERT_EQ(got.size(), whole.size());                          // no row lost, none twice
        for (std::size_t i = 0; i < got.size(); ++i) {
          EXPECT_EQ(got[i].rowid, whole[i].rowid) << i;
          EXPECT_EQ(got[i].rank, whole[i].rank) << "rowid " << got[i].rowid;  // global idf
        }
        if (cuts.size() == 1 && cuts[0] == 900 && !whole.empty()) ++split;
      }
    }
  }
  EXPECT_GE(split, 10);  // the queries above matched rows on both sides
}

TEST_F(FtsScanTest, SplitPartsKeepTheBestOfAll) {
  for (const char* text : {"保険", "laptop", "誤送付", "common", "email"}) {
    const std::string match = BuildFtsQuery(text).match;
    std::vector<FtsMatch> all;
    ASSERT_TRUE(ScanFts(db_, "incident_text", match, true, kTitleWeight, kBodyWeight, &all).ok());
    std::sort(all.begin(), all.end(), ByRank);
    for (std::size_t keep : {1, 5, 21}) {
      for (const auto& cuts : kCuts) {
        SCOPED_TRACE(std::string(text) + " keep " + std::to_string(keep));
        std::vector<FtsMatch> best;
        std::int64_t matched = -1;
        ASSERT_TRUE(ScanSplit(db_, match, true, cuts, keep, &best, &matched).ok());
        EXPECT_EQ(matched, static_cast<std::int64_t>(all.size()));
        EXPECT_TRUE(std::is_sorted(best.begin(), best.end(),
                                   [](const auto& a, const auto& b) { return a.rowid < b.rowid; }));
        ExpectHoldsFirst(best, all, keep);
      }
    }
  }
}

TEST_F(FtsScanTest, APartNeedsOnePhrase) {
  FtsPart part;
  for (RowidRange range : {RowidRange{}, RowidRange{100, 200}}) {
    EXPECT_FALSE(ScanFtsPart(db_, "incident_text", BuildFtsQuery("保険 laptop").match, true,
                             kTitleWeight, kBodyWeight, range, 0, &part)
                     .ok());
  }
}

TEST_F(FtsScanTest, AMalformedExpressionIsAnError) {
  std::vector<FtsMatch> got;
  EXPECT_FALSE(
      ScanFts(db_, "incident_text", "\"unclosed", true, kTitleWeight, kBodyWeight, &got).ok());
}

}  // namespace
}  // namespace leakwatch::store
