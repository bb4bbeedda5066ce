#include "api/hibp_range.h"

#include <gtest/gtest.h>

#include <set>

#include "api/rate_limit.h"
#include "lookup/catalog.h"

namespace leakwatch::api {
namespace {

Request Get(std::string prefix, std::string param = "prefix") {
  Request r;
  r.method = "GET";
  r.path_params[param] = std::move(prefix);
  return r;
}

TEST(HibpRange, PaddingIsAtLeast800LinesPlusUpTo200) {
  std::set<std::size_t> seen;
  for (int i = 0; i < 300; ++i) {
    std::size_t n = PaddingLinesFor(10);
    EXPECT_GE(n, 790u);
    EXPECT_LE(n, 990u);
    seen.insert(n);
    EXPECT_LE(PaddingLinesFor(5000), 200u);
  }
  EXPECT_GT(seen.size(), 50u);  // random, not a constant
}

TEST(HibpRange, PaddingLinesAreUpperHexWithZeroCount) {
  std::string body = "AAAA:1";
  AppendPadding(3, 35, &body);
  auto lines = std::vector<std::string>();
  std::size_t start = 0, pos;
  while ((pos = body.find("\r\n", start)) != std::string::npos) {
    lines.push_back(body.substr(start, pos - start));
    start = pos + 2;
  }
  lines.push_back(body.substr(start));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "AAAA:1");
  for (std::size_t i = 1; i < 4; ++i) {
    ASSERT_EQ(lines[i].size(), 37u) << lines[i];
    EXPECT_EQ(lines[i].substr(35), ":0");
    for (char c : lines[i].substr(0, 35))
      EXPECT_TRUE(std::isdigit(c) || (c >= 'A' && c <= 'F')) << c;
  }
  std::string empty;
  AppendPadding(2, 27, &empty);
  EXPECT_EQ(empty.size(), 2 * 29 + 2u);  // no leading CRLF on an empty body
  EXPECT_NE(empty.substr(0, 27), empty.substr(31, 27));
}

TEST(HibpRange, BadPrefixesAndMissingStores) {
  Services none;
  for (std::string bad : {"", "1234", "123456", "12G45", "12 45"}) {
    Response r = HandlePasswordRange(none, Get(bad));
    EXPECT_EQ(r.status, 400) << bad;
    EXPECT_EQ(r.body, "The hash prefix was not in a valid format");
    EXPECT_EQ(r.content_type, "text/plain");
  }
  EXPECT_EQ(HandleIdentifierRange(none, Get("12345", "prefix6")).status, 400);
  // A valid prefix without a loaded store is 503, never an empty "not pwned" 200.
  EXPECT_EQ(HandlePasswordRange(none, Get("abcde")).status, 503);
  EXPECT_EQ(HandleIdentifierRange(none, Get("abcdef", "prefix6")).status, 503);
}

TEST(HibpRange, PreflightAndRateLimit) {
  Services s;
  Request options = Get("ABCDE");
  options.method = "OPTIONS";
  Response r = HandlePasswordRange(s, options);
  EXPECT_EQ(r.status, 204);
  RateLimiter limiter(1);
  s.rate_limiter = &limiter;
  Request req = Get("ABCDE");
  req.client_address = "192.0.2.9";
  EXPECT_EQ(HandlePasswordRange(s, req).status, 503);  // allowed, but no store
  Response limited = HandlePasswordRange(s, req);
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(limited.body,
            R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 60 seconds."})");
}

}  // namespace
}  // namespace leakwatch::api
