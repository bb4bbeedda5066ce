#include "api/hibp_range.h"

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/hibp_range_padding.h"
#include "api/hibp_range_test_util.h"
#include "api/rate_limit.h"
#include "lookup/catalog.h"
#include "lookup/table_builder.h"
#include "util/scratch_dir_test_util.h"

namespace leakwatch::api {
namespace {

Request Get(std::string prefix, std::string param = "prefix") {
  Request r;
  r.method = "GET";
  r.path_params[param] = std::move(prefix);
  return r;
}

using testing::IsPaddingLine;
using testing::SplitCrlf;

// The body as the server sends it: the real lines, then the shared tail.
std::string WholeBody(const Response& r) { return r.body + std::string(r.body_tail.bytes); }

// A SHA-1 store with 3 hashes in bucket ABCDE and one in 00000, and an NTLM
// store with one hash in 8846F, opened as a catalog.
class HibpRangeStore : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<util::ScratchDir>("lw-hibp-range-test");
    auto build = [](lookup::HashKind kind, std::vector<std::string> hex, std::string name) {
      lookup::BuildOptions o;
      o.kind = kind;
      o.created_unix = 1700000000;
      lookup::TableBuilder b(o);
      std::uint64_t count = 1;
      for (const auto& h : hex) {
        unsigned char bytes[20];
        EXPECT_TRUE(lookup::ParseHex(h, bytes));
        EXPECT_TRUE(b.AddCount(bytes, count++).ok());
      }
      std::string path = (*dir_ / name).string();
      lookup::BuildSummary summary;
      EXPECT_TRUE(b.Finish(path, &summary).ok());
      return path;
    };
    std::vector<std::string> paths = {
        build(
            lookup::HashKind::kSha1,
            {"ABCDE0000000000000000000000000000000000A", "ABCDE1111111111111111111111111111111111B",
             "ABCDEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC",
             "0000012345678901234567890123456789012345"},
            "pw.lwh"),
        build(lookup::HashKind::kNtlm, {"8846F7EAEE8FB117AD06BDD830B7586C"}, "ntlm.lwh")};
    auto catalog = lookup::Catalog::Open(paths);
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = std::move(*catalog).release();
  }
  static void TearDownTestSuite() {
    delete catalog_;
    dir_.reset();
  }

  Response Padded(std::string prefix, bool ntlm = false) {
    Request req = Get(std::move(prefix));
    req.headers["add-padding"] = "True";
    if (ntlm) req.query.emplace_back("mode", "ntlm");
    Services s;
    s.hashes = catalog_;
    return HandlePasswordRange(s, req);
  }

  static inline std::unique_ptr<util::ScratchDir> dir_;
  static inline lookup::Catalog* catalog_ = nullptr;
};

TEST_F(HibpRangeStore, PaddedBodyIsTheRealLinesThenAtLeast800InAll) {
  Services s;
  s.hashes = catalog_;
  Response plain = HandlePasswordRange(s, Get("abcde"));
  ASSERT_EQ(plain.status, 200);
  EXPECT_FALSE(plain.gzip_huffman_only);
  EXPECT_EQ(plain.body,
            "0000000000000000000000000000000000A:1\r\n"
            "1111111111111111111111111111111111B:2\r\n"
            "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC:3");
  for (int i = 0; i < 20; ++i) {
    Response r = Padded("ABCDE");
    ASSERT_EQ(r.status, 200);
    EXPECT_FALSE(r.etag);              // a body that differs every time gets no body ETag
    EXPECT_TRUE(r.gzip_huffman_only);  // random hex: no LZ77 search
    EXPECT_EQ(r.cache_control, "public, max-age=2678400");
    // The real lines are the handler's own; the padding is a shared slice
    // of the thread's pool (not copied), CRLF first.
    EXPECT_EQ(r.body, plain.body);
    ASSERT_TRUE(r.body_tail.owner);
    EXPECT_EQ(r.body_tail.owner.get(), &ThreadPaddingPool(35).text());
    ASSERT_EQ(r.body_tail.bytes.substr(0, 2), "\r\n");
    const std::string body = WholeBody(r);
    auto lines = SplitCrlf(body);
    EXPECT_GE(lines.size(), 800u);
    EXPECT_LE(lines.size(), 1000u);
    for (std::size_t k = 3; k < lines.size(); ++k) ASSERT_TRUE(IsPaddingLine(lines[k], 35)) << k;
  }
}

TEST_F(HibpRangeStore, PaddedEmptyBucketAndNtlm) {
  Response empty = Padded("FEDCB");
  ASSERT_EQ(empty.status, 200);
  EXPECT_EQ(empty.body, "");
  const std::string empty_body = WholeBody(empty);
  auto lines = SplitCrlf(empty_body);
  EXPECT_GE(lines.size(), 800u);
  for (auto l : lines) ASSERT_TRUE(IsPaddingLine(l, 35)) << l;

  Response ntlm = Padded("8846f", true);
  ASSERT_EQ(ntlm.status, 200);
  const std::string ntlm_body = WholeBody(ntlm);
  lines = SplitCrlf(ntlm_body);
  EXPECT_GE(lines.size(), 800u);
  EXPECT_EQ(lines[0], "7EAEE8FB117AD06BDD830B7586C:1");
  for (std::size_t k = 1; k < lines.size(); ++k) ASSERT_TRUE(IsPaddingLine(lines[k], 27)) << k;
}

TEST_F(HibpRangeStore, PaddedSizesVaryAcrossRequests) {
  // 50 requests for one bucket: sizes drawn from 201 values; all equal only if
  // the count were fixed (chance 201^-49 otherwise).
  std::set<std::size_t> sizes;
  for (int i = 0; i < 50; ++i) sizes.insert(Padded("00000").BodySize());
  EXPECT_GT(sizes.size(), 1u);
  EXPECT_GT(sizes.size(), 25u);  // ~ 45 expected; far fewer means a skewed draw
}

TEST_F(HibpRangeStore, PaddingSurvivesManyPoolRenewals) {
  // More responses on one thread than a pool serves before it is rebuilt.
  // Some responses are kept alive across the rebuilds, as responses still
  // being written are: their bodies must not change.
  const std::uint64_t before = ThreadPaddingPool(35).generation();
  std::vector<std::pair<Response, std::string>> kept;
  for (int i = 0; i < 25000; ++i) {
    Response r = Padded("ABCDE");
    ASSERT_EQ(r.body.compare(0, 39, "0000000000000000000000000000000000A:1\r\n"), 0);
    if (i % 1000 == 0) {
      std::string body = WholeBody(r);
      auto lines = SplitCrlf(body);
      ASSERT_GE(lines.size(), 800u);
      for (std::size_t k = 3; k < lines.size(); ++k) ASSERT_TRUE(IsPaddingLine(lines[k], 35)) << i;
      kept.emplace_back(std::move(r), std::move(body));
    }
  }
  EXPECT_GE(ThreadPaddingPool(35).generation(), before + 2);
  for (const auto& [r, body] : kept) EXPECT_EQ(WholeBody(r), body);
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
