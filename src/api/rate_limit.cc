#include "api/rate_limit.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace leakwatch::api {

namespace {
// Beyond this many tracked clients, buckets that have refilled are dropped.
constexpr std::size_t kSweepAbove = 100000;
}  // namespace

RateLimiter::RateLimiter(int per_minute, bool limit_loopback)
    : capacity_(std::max(1, per_minute)),
      per_second_(std::max(1, per_minute) / 60.0),
      limit_loopback_(limit_loopback) {}

int RateLimiter::Acquire(std::string_view client, bool is_loopback, Clock::time_point now) {
  if (is_loopback && !limit_loopback_) return 0;
  std::lock_guard<std::mutex> lock(mu_);
  if (buckets_.size() > kSweepAbove && now - last_sweep_ > std::chrono::seconds(1)) Sweep(now);
  auto [it, inserted] = buckets_.try_emplace(std::string(client), Bucket{capacity_, now});
  Bucket& b = it->second;
  if (!inserted) {
    double elapsed = std::chrono::duration<double>(now - b.last).count();
    if (elapsed > 0) b.tokens = std::min(capacity_, b.tokens + elapsed * per_second_);
    b.last = std::max(b.last, now);
  }
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return 0;
  }
  double wait = (1.0 - b.tokens) / per_second_;
  return std::max(1, static_cast<int>(std::ceil(wait)));
}

void RateLimiter::Sweep(Clock::time_point now) {
  last_sweep_ = now;
  std::erase_if(buckets_, [&](const auto& kv) {
    double elapsed = std::chrono::duration<double>(now - kv.second.last).count();
    return kv.second.tokens + elapsed * per_second_ >= capacity_;
  });
}

std::size_t RateLimiter::tracked() const {
  std::lock_guard<std::mutex> lock(mu_);
  return buckets_.size();
}

Response RateLimiter::TooManyRequests(int n) {
  Response r;
  r.status = 429;
  r.content_type = "application/json";
  r.body = "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in " +
           std::to_string(n) + " seconds.\"}";
  r.SetHeader("retry-after", std::to_string(n));
  r.etag = false;
  r.cache_control = "no-store";
  return r;
}

}  // namespace leakwatch::api
