#include "store/split_governor.h"

#include <gtest/gtest.h>

namespace leakwatch::store {
namespace {

TEST(SplitGovernor, BacksOffAfterSplitsThatRanInTurnAndTriesAgainLater) {
  SplitGovernor g;
  EXPECT_TRUE(g.Allow());
  // Threads that ran at once: 10 ms of CPU in 5.5 ms.
  for (int i = 0; i < 10; ++i) g.Record(5500, 10000);
  EXPECT_TRUE(g.Allow());
  // Two misses, then an overlap: the count starts again.
  g.Record(10000, 10000);
  g.Record(10000, 10500);
  g.Record(5500, 10000);
  g.Record(10000, 10000);
  g.Record(9000, 10000);
  EXPECT_TRUE(g.Allow());
  g.Record(12000, 10000);  // the third miss in a row
  for (int i = 0; i < SplitGovernor::kSkip; ++i) EXPECT_FALSE(g.Allow()) << i;
  EXPECT_TRUE(g.Allow());
}

TEST(SplitGovernor, IgnoresEmptyMeasurements) {
  SplitGovernor g;
  for (int i = 0; i < 10; ++i) g.Record(0, 0);
  EXPECT_TRUE(g.Allow());
}

}  // namespace
}  // namespace leakwatch::store
