// The counting helpers of FacetTally against the plain loops they replace.
#include "store/facet_tally.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace leakwatch::store {
namespace {

TEST(FacetTallyTest, AddBitsCountsEveryBitSet) {
  std::mt19937_64 rng(7);
  std::int64_t fast[64] = {}, slow[64] = {};
  std::vector<std::uint64_t> inputs = {0, 1, 1ull << 63, ~0ull, 0x8000000000000001ull};
  for (int i = 0; i < 20000; ++i) {
    std::uint64_t v = rng();
    inputs.push_back(i % 3 == 0 ? v : i % 3 == 1 ? v & rng() & rng() : v >> (v % 64));
  }
  for (std::uint64_t bits : inputs) {
    AddBits(bits, fast);
    for (std::uint64_t b = 0; b < 64; ++b) slow[b] += (bits >> b) & 1;
  }
  for (int b = 0; b < 64; ++b) EXPECT_EQ(fast[b], slow[b]) << "bit " << b;
}

TEST(FacetTallyTest, YearCountsEqualAMapOfTheYears) {
  std::mt19937 rng(11);
  const std::string alphabet = "0123456789-/x 年";
  std::vector<std::string> years = {"2020", "0000", "9999", "0999", "1999", "20a0",
                                    "202",  "",     "٢٠٢٠", "20-1", " 202", "２０２０"};
  for (int i = 0; i < 30000; ++i) {
    std::string y;
    if (i % 2 == 0) {
      y = std::to_string(1900 + rng() % 150);
    } else {
      for (std::size_t n = rng() % 6; n > 0; --n) y += alphabet[rng() % alphabet.size()];
    }
    years.push_back(y);
  }
  YearCounts fast;
  std::map<std::string, std::int64_t> slow;
  for (const std::string& y : years) {
    fast.Add(y);
    ++slow[y];
  }
  auto counts = fast.Counts();
  std::sort(counts.begin(), counts.end());
  using Counts = std::vector<std::pair<std::string, std::int64_t>>;
  EXPECT_EQ(counts, Counts(slow.begin(), slow.end()));
}

}  // namespace
}  // namespace leakwatch::store
