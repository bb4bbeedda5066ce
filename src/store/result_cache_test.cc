#include "store/result_cache.h"

#include <gtest/gtest.h>

namespace leakwatch::store {
namespace {

TEST(ResultCacheTest, HitsOnlyAtTheSameGeneration) {
  ResultCache<int> cache(4);
  cache.Insert("a", 7, std::make_shared<const int>(1));
  ASSERT_NE(cache.Find("a", 7), nullptr);
  EXPECT_EQ(*cache.Find("a", 7), 1);
  EXPECT_EQ(cache.Find("a", 8), nullptr);
  EXPECT_EQ(cache.Find("b", 7), nullptr);
  // A result computed on an older state is not kept once a newer one is in.
  cache.Insert("b", 8, std::make_shared<const int>(2));
  cache.Insert("c", 7, std::make_shared<const int>(3));
  EXPECT_EQ(cache.Find("c", 7), nullptr);
  EXPECT_EQ(cache.Find("a", 7), nullptr);
  EXPECT_EQ(*cache.Find("b", 8), 2);
}

TEST(ResultCacheTest, EvictsTheLeastRecentlyUsed) {
  ResultCache<int> cache(2);
  cache.Insert("a", 1, std::make_shared<const int>(1));
  cache.Insert("b", 1, std::make_shared<const int>(2));
  ASSERT_NE(cache.Find("a", 1), nullptr);  // "b" is now the least recently used
  cache.Insert("c", 1, std::make_shared<const int>(3));
  EXPECT_EQ(cache.Find("b", 1), nullptr);
  EXPECT_NE(cache.Find("a", 1), nullptr);
  EXPECT_NE(cache.Find("c", 1), nullptr);
}

TEST(ResultCacheTest, CapacityZeroKeepsNothing) {
  ResultCache<int> cache(0);
  cache.Insert("a", 1, std::make_shared<const int>(1));
  EXPECT_EQ(cache.Find("a", 1), nullptr);
}

}  // namespace
}  // namespace leakwatch::store
