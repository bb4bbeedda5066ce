#include "lookup/lookup_table.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "lookup/catalog.h"
#include "lookup/table_builder.h"
#include "util/scratch_dir_test_util.h"

namespace leakwatch::lookup {
namespace {

namespace fs = std::filesystem;

// A path in one scratch directory for the whole run, removed at exit.
std::string TempPath(const std::string& name) {
  static const util::ScratchDir dir("lw-lookup-test");
  return (dir / name).string();
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

using Hash = std::array<unsigned char, 20>;

// Builds a store from `items` and returns its path.
std::string Build(HashKind kind, const std::vector<std::pair<Hash, std::uint64_t>>& items,
                  std::uint64_t budget, BuildSummary* summary, const std::string& name) {
  BuildOptions o;
  o.kind = kind;
  o.memory_budget = budget;
  o.created_unix = 1700000000;
  TableBuilder b(o);
  for (const auto& [h, c] : items) EXPECT_TRUE(b.AddCount(h.data(), c).ok());
  std::string path = TempPath(name);
  Status s = b.Finish(path, summary);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return path;
}

TEST(LookupTable, RoundTripsRandomHashesThroughExternalSort) {
  std::mt19937_64 rng(42);
  std::vector<std::pair<Hash, std::uint64_t>> items;
  std::map<Hash, std::uint64_t> want;
  for (int i = 0; i < 20000; ++i) {
    Hash h;
    for (auto& x : h) x = static_cast<unsigned char>(rng());
    if (i % 7 == 0) h[0] = h[1] = 0xAB, h[2] = 0xC0 | (h[2] & 15);  // crowd one bucket
    std::uint64_t c = 1 + rng() % 1000;
    if (i % 1000 == 0) c = 5'000'000'000ull;  // over the 20-bit field: overflow table
    if (i == 1) c = 0xFFFFF;                  // exactly the escape value
    items.push_back({h, c});
    want[h] += c;
    if (i % 500 == 0) {  // a duplicate: counts add up
      items.push_back({h, 3});
      want[h] += 3;
    }
  }
  BuildSummary sum;
  std::string path = Build(HashKind::kSha1, items, 64 * 1024, &sum, "random.lwh");
  EXPECT_GT(sum.runs, 5u);  // the small budget forced an external sort
  EXPECT_EQ(sum.entries, want.size());
  EXPECT_EQ(sum.file_bytes, fs::file_size(path));
  auto t = LookupTable::Open(path);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ((*t)->info().entries, want.size());
  EXPECT_GT((*t)->info().overflow_values, 0u);
  EXPECT_EQ((*t)->info().created_unix, 1700000000);
  EXPECT_TRUE((*t)->Verify().ok());
  std::map<Hash, std::uint64_t> got;
  for (std::uint32_t p = 0; p < (1u << 20); ++p) {
    ASSERT_TRUE((*t)->ForEachInBucket(p,
                                      [&](const Entry& e) {
                                        Hash h;
                                        std::copy(e.hash, e.hash + 20, h.begin());
                                        EXPECT_EQ(Prefix20(e.hash), p);
                                        got[h] = e.value;
                                      })
                    .ok());
  }
  EXPECT_EQ(got, want);
  // Bytes per entry: 20 plus the fixed index, plus 16 per overflow value.
  EXPECT_EQ(fs::file_size(path),
            128 + 4 * ((1u << 20) + 1) + 20 * want.size() + 16 * (*t)->info().overflow_values + 16);
}

TEST(LookupTable, RangeBodyIsUpperCaseCrlfWithoutTrailingLineEnd) {
  Hash a{}, b{};
  ParseHex("21BD10018A45C4D1DEF81644B54AB7F969B88D65", a.data());  // "password1"? any value
  b = a;
  b[19] = 0x01;
  std::string path = Build(HashKind::kSha1, {{a, 7}, {b, 123456789}}, 1 << 20, nullptr, "r.lwh");
  auto t = LookupTable::Open(path);
  ASSERT_TRUE(t.ok());
  std::string body;
  auto n = (*t)->AppendRange(Prefix20(a.data()), &body);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 2u);
  EXPECT_EQ(
      body,
      "0018A45C4D1DEF81644B54AB7F969B88D01:123456789\r\n0018A45C4D1DEF81644B54AB7F969B88D65:7");
  body.clear();
  EXPECT_EQ(*(*t)->AppendRange(0, &body), 0u);
  EXPECT_EQ(body, "");
}

TEST(LookupTable, NtlmSuffixesHave27Characters) {
  Hash h{};
  ParseHex("8846F7EAEE8FB117AD06BDD830B7586C", h.data());
  std::string path = Build(HashKind::kNtlm, {{h, 2}}, 1 << 20, nullptr, "n.lwh");
  auto t = LookupTable::Open(path);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ((*t)->info().file_bytes, 128 + 4 * ((1u << 20) + 1) + 16 + 16);
  std::string body;
  ASSERT_TRUE((*t)->AppendRange(0x8846F, &body).ok());
  EXPECT_EQ(body, "7EAEE8FB117AD06BDD830B7586C:2");
}

TEST(LookupTable, IdentifiersLinkIncidentSets) {
  BuildOptions o;
  o.kind = HashKind::kIdentifier;
  TableBuilder b(o);
  Hash x{}, y{};
  x[0] = 1;
  y[0] = 2;
  ASSERT_TRUE(b.AddIdentifier(x.data(), "inc-b").ok());
  ASSERT_TRUE(b.AddIdentifier(x.data(), "inc-a").ok());
  ASSERT_TRUE(b.AddIdentifier(x.data(), "inc-b").ok());
  ASSERT_TRUE(b.AddIdentifier(y.data(), "inc-a").ok());
  EXPECT_FALSE(b.AddCount(y.data(), 1).ok());
  std::string path = TempPath("ids.lwh");
  ASSERT_TRUE(b.Finish(path, nullptr).ok());
  auto t = LookupTable::Open(path);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ((*t)->info().incidents, 2u);
  EXPECT_TRUE((*t)->Verify().ok());
  std::vector<std::vector<std::string>> got;
  for (std::uint32_t p : {Prefix20(x.data()), Prefix20(y.data())}) {
    ASSERT_TRUE((*t)->ForEachInBucket(p,
                                      [&](const Entry& e) {
                                        auto names = (*t)->IncidentsOf(e.value);
                                        ASSERT_TRUE(names.ok());
                                        got.emplace_back(names->begin(), names->end());
                                      })
                    .ok());
  }
  std::sort(got[0].begin(), got[0].end());
  EXPECT_EQ(got, (std::vector<std::vector<std::string>>{{"inc-a", "inc-b"}, {"inc-a"}}));
  std::string body;
  EXPECT_FALSE((*t)->AppendRange(0, &body).ok());
}

class Damaged : public ::testing::Test {
 protected:
  void SetUp() override {
    Hash h{};
    std::vector<std::pair<Hash, std::uint64_t>> items;
    for (int i = 0; i < 50; ++i) {
      h[0] = static_cast<unsigned char>(i * 5);
      h[19] = static_cast<unsigned char>(i);
      items.push_back({h, i == 3 ? 9'000'000ull : static_cast<std::uint64_t>(i + 1)});
    }
    path_ = Build(HashKind::kSha1, items, 1 << 20, nullptr, "good.lwh");
    good_ = ReadAll(path_);
  }
  Status OpenModified(const std::string& bytes) {
    std::string p = TempPath("bad.lwh");
    std::ofstream(p, std::ios::binary) << bytes;
    auto t = LookupTable::Open(p);
    auto m = LookupTable::OpenBytes(bytes);
    EXPECT_EQ(t.ok(), m.ok());
    return t.status();
  }
  std::string path_, good_;
};

TEST_F(Damaged, GoodFileOpens) { EXPECT_TRUE(OpenModified(good_).ok()); }

TEST_F(Damaged, EveryTruncationIsRefused) {
  for (std::size_t len :
       {std::size_t{0}, std::size_t{7}, std::size_t{127}, std::size_t{128}, std::size_t{4096},
        good_.size() / 2, good_.size() - 17, good_.size() - 1}) {
    Status s = OpenModified(good_.substr(0, len));
    EXPECT_EQ(s.code(), StatusCode::kCorruption) << len;
    EXPECT_NE(s.message().find("truncated"), std::string::npos) << len << " " << s.message();
  }
  Status s = OpenModified(good_ + "x");
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
}

TEST_F(Damaged, FlippedByteInAnySectionIsRefused) {
  // magic, version, counts, header crc, index, entries, overflow table, names offsets
  for (std::size_t at :
       {std::size_t{0}, std::size_t{8}, std::size_t{24}, std::size_t{125}, std::size_t{128 + 4 * 3},
        std::size_t{128 + 4 * ((1u << 20) + 1) + 5}, good_.size() - 20, good_.size() - 1}) {
    std::string bad = good_;
    bad[at] ^= 0x10;
    Status s = OpenModified(bad);
    EXPECT_EQ(s.code(), StatusCode::kCorruption) << at;
    EXPECT_FALSE(s.message().empty());
  }
}

TEST_F(Damaged, MessagesSayWhatIsWrong) {
  std::string bad = good_;
  bad[0] = 'X';
  EXPECT_NE(OpenModified(bad).message().find("bad magic"), std::string::npos);
  Status missing = LookupTable::Open(TempPath("does-not-exist.lwh")).status();
  EXPECT_EQ(missing.code(), StatusCode::kIoError);
  EXPECT_NE(missing.message().find("does-not-exist.lwh"), std::string::npos);
}

TEST(Catalog, OneStorePerKind) {
  Hash h{};
  std::string a = Build(HashKind::kSha1, {{h, 1}}, 1 << 20, nullptr, "c1.lwh");
  std::string b = Build(HashKind::kSha1, {{h, 2}}, 1 << 20, nullptr, "c2.lwh");
  std::string n = Build(HashKind::kNtlm, {{h, 2}}, 1 << 20, nullptr, "c3.lwh");
  auto c = Catalog::Open({a, n});
  ASSERT_TRUE(c.ok());
  EXPECT_NE((*c)->Find(HashKind::kSha1), nullptr);
  EXPECT_NE((*c)->Find(HashKind::kNtlm), nullptr);
  EXPECT_EQ((*c)->Find(HashKind::kIdentifier), nullptr);
  EXPECT_EQ(Catalog::Open({a, b}).status().code(), StatusCode::kInvalidArgument);
  auto empty = Catalog::Open({});
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ((*empty)->Find(HashKind::kSha1), nullptr);
}

}  // namespace
}  // namespace leakwatch::lookup
