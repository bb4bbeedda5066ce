// Per-client limits for the exposure-check endpoints (/range/...,
// /api/v3/breachedaccount/range/...): a token bucket per client address that
// holds `per_minute` tokens and refills continuously at per_minute / 60 s.
// Loopback clients are not limited unless `limit_loopback`.
//
// Privacy: the limiter keeps client addresses only in memory, keyed with no
// request data, and never logs anything.
//
// Thread safety: every method may be called from any thread at once.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "api/handler.h"

namespace leakwatch::api {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // `per_minute` >= 1 requests per client per minute (values below 1 act as 1).
  explicit RateLimiter(int per_minute, bool limit_loopback = false);

  // Takes one token for the request's client. Returns 0 when allowed, else
  // the whole seconds (>= 1) until a token is available again.
  int Acquire(const Request& request) {
    return Acquire(request.client_address, request.client_is_loopback);
  }
  int Acquire(std::string_view client, bool is_loopback, Clock::time_point now = Clock::now());

  // The HIBP-style answer: 429, `retry-after: N`, JSON body
  // {"statusCode":429,"message":"Rate limit is exceeded. Try again in N seconds."}.
  static Response TooManyRequests(int retry_after_seconds);

  // Clients currently tracked (for tests).
  std::size_t tracked() const;

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  void Sweep(Clock::time_point now);  // drops full buckets; REQUIRES: mu_ held

  const double capacity_;
  const double per_second_;
  const bool limit_loopback_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Bucket> buckets_;
  Clock::time_point last_sweep_{};
};

}  // namespace leakwatch::api
