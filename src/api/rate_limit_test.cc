#include "api/rate_limit.h"

#include <gtest/gtest.h>

namespace leakwatch::api {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

TEST(RateLimiter, BucketEmptiesThenRefills) {
  RateLimiter limiter(3);  // 3 per minute: one token every 20 s
  auto t0 = RateLimiter::Clock::time_point() + seconds(1000);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(limiter.Acquire("192.0.2.1", false, t0), 0) << i;
  EXPECT_EQ(limiter.Acquire("192.0.2.1", false, t0), 20);
  EXPECT_EQ(limiter.Acquire("192.0.2.1", false, t0 + seconds(5)), 15);
  EXPECT_EQ(limiter.Acquire("192.0.2.2", false, t0), 0);  // another client has its own bucket
  EXPECT_EQ(limiter.Acquire("192.0.2.1", false, t0 + seconds(20)), 0);
  EXPECT_EQ(limiter.Acquire("192.0.2.1", false, t0 + seconds(20) + milliseconds(1)), 20);
}

TEST(RateLimiter, LoopbackIsFreeUnlessAsked) {
  RateLimiter off(1), on(1, /*limit_loopback=*/true);
  auto t = RateLimiter::Clock::now();
  for (int i = 0; i < 10; ++i) EXPECT_EQ(off.Acquire("127.0.0.1", true, t), 0);
  EXPECT_EQ(off.tracked(), 0u);
  EXPECT_EQ(on.Acquire("127.0.0.1", true, t), 0);
  EXPECT_EQ(on.Acquire("127.0.0.1", true, t), 60);
}

TEST(RateLimiter, TooManyRequestsIsHibpShaped) {
  Response r = RateLimiter::TooManyRequests(7);
  EXPECT_EQ(r.status, 429);
  EXPECT_EQ(r.body,
            R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 7 seconds."})");
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0].first, "retry-after");
  EXPECT_EQ(r.headers[0].second, "7");
  EXPECT_FALSE(r.etag);
}

}  // namespace
}  // namespace leakwatch::api
