#include "api/hibp_range_padding.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "api/hibp_range_test_util.h"

namespace leakwatch::api {
namespace {

using testing::IsPaddingLine;
using testing::SplitCrlf;

TEST(HibpRangePadding, SecureUniformCoversTheRangeEvenly) {
  EXPECT_EQ(SecureUniform(0), 0u);
  EXPECT_EQ(SecureUniform(1), 0u);
  std::array<int, 3> hits{};
  for (int i = 0; i < 3000; ++i) {
    std::uint32_t v = SecureUniform(3);
    ASSERT_LT(v, 3u);
    ++hits[v];
  }
  for (int h : hits) {  // 1,000 expected each; sd ~26
    EXPECT_GT(h, 850);
    EXPECT_LT(h, 1150);
  }
  std::set<std::uint32_t> wide;
  for (int i = 0; i < 1000; ++i) wide.insert(SecureUniform(0xFFFFFFFFu));
  EXPECT_GT(wide.size(), 990u);  // 32 random bits, not a short cycle
  // Across several 4 KiB blocks: each block from its own key, none repeated.
  std::set<std::uint32_t> blocks;
  for (int i = 0; i < 4000; ++i) blocks.insert(SecureUniform(0xFFFFFFFFu));
  EXPECT_GT(blocks.size(), 3990u);
}

TEST(HibpRangePadding, AForkedChildDrawsOtherValuesThanItsParent) {
  SecureUniform(1000);  // the parent's block holds unused bytes now
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::array<std::uint32_t, 16> draws;
    for (auto& d : draws) d = SecureUniform(0xFFFFFFFFu);
    ssize_t n = ::write(fds[1], draws.data(), sizeof draws);
    ::_exit(n == sizeof draws ? 0 : 1);
  }
  std::array<std::uint32_t, 16> mine, theirs;
  for (auto& d : mine) d = SecureUniform(0xFFFFFFFFu);
  std::size_t got = 0;
  while (got < sizeof theirs) {
    ssize_t n = ::read(fds[0], reinterpret_cast<char*>(theirs.data()) + got, sizeof theirs - got);
    ASSERT_GT(n, 0);
    got += static_cast<std::size_t>(n);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(fds[0]);
  ::close(fds[1]);
  EXPECT_EQ(status, 0);
  EXPECT_NE(mine, theirs);
}

TEST(HibpRangePadding, LinesForIsAtLeast800PlusUpTo200) {
  std::set<std::size_t> seen;
  for (int i = 0; i < 300; ++i) {
    std::size_t n = PaddingLinesFor(10);
    EXPECT_GE(n, 790u);
    EXPECT_LE(n, 990u);
    seen.insert(n);
    EXPECT_LE(PaddingLinesFor(5000), 200u);
    EXPECT_GE(PaddingLinesFor(0), 800u);
  }
  EXPECT_GT(seen.size(), 50u);  // random, not a constant
}

TEST(HibpRangePadding, PoolTextIsWholeUpperHexLines) {
  for (std::size_t chars : {35u, 27u}) {
    PaddingPool pool(chars, {.lines = 500, .uses = 10});
    EXPECT_EQ(pool.line_bytes(), chars + 4);
    ASSERT_EQ(pool.text().size(), 500 * (chars + 4));
    ASSERT_EQ(pool.text().substr(0, 2), "\r\n");
    auto lines = SplitCrlf(std::string_view(pool.text()).substr(2));
    ASSERT_EQ(lines.size(), 500u);
    std::set<std::string_view> distinct;
    for (auto l : lines) {
      EXPECT_TRUE(IsPaddingLine(l, chars)) << l;
      distinct.insert(l);
    }
    EXPECT_EQ(distinct.size(), 500u);  // 108+ random bits each: no repeats
  }
}

TEST(HibpRangePadding, AppendAddsWholeLinesAfterTheRealOnes) {
  PaddingPool pool(35, {.lines = 1000, .uses = 100});
  std::string body =
      "0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2";
  const std::string real = body;
  pool.Append(850, &body);
  ASSERT_EQ(body.substr(0, real.size() + 2), real + "\r\n");
  auto lines = SplitCrlf(body);
  ASSERT_EQ(lines.size(), 852u);
  for (std::size_t i = 2; i < lines.size(); ++i) EXPECT_TRUE(IsPaddingLine(lines[i], 35)) << i;
  // A slice of the pool: consecutive pool lines, as they are in the pool.
  EXPECT_NE(pool.text().find(body.substr(real.size())), std::string::npos);

  // An empty body (an empty bucket) starts with a padding line, not a CRLF.
  std::string empty;
  pool.Append(800, &empty);
  EXPECT_EQ(empty.size(), 800 * 39 - 2u);
  auto padding = SplitCrlf(empty);
  ASSERT_EQ(padding.size(), 800u);
  for (auto l : padding) EXPECT_TRUE(IsPaddingLine(l, 35)) << l;

  std::string none = "AB:1";
  pool.Append(0, &none);
  EXPECT_EQ(none, "AB:1");
}

TEST(HibpRangePadding, MoreLinesThanThePoolTakesSeveralSlices) {
  PaddingPool pool(27, {.lines = 100, .uses = 1000});
  std::string body;
  pool.Append(950, &body);
  auto lines = SplitCrlf(body);
  ASSERT_EQ(lines.size(), 950u);
  for (auto l : lines) EXPECT_TRUE(IsPaddingLine(l, 27)) << l;
}

TEST(HibpRangePadding, SlicesStartAtRandomLines) {
  PaddingPool pool(35, {.lines = 4096, .uses = 1000000});
  std::set<std::string> firsts;
  for (int i = 0; i < 50; ++i) {
    std::string body;
    pool.Append(900, &body);
    firsts.insert(body.substr(0, 35));
  }
  // 50 draws among 3,197 start lines: all alike only if the start is fixed.
  EXPECT_GT(firsts.size(), 40u);
}

TEST(HibpRangePadding, RenewsAfterItsUsesAndKeepsAnsweringCorrectly) {
  PaddingPool pool(35, {.lines = 900, .uses = 3});
  EXPECT_EQ(pool.generation(), 1u);
  const std::string first = pool.text();
  for (int i = 0; i < 10; ++i) {
    std::string body = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:7";
    pool.Append(880, &body);
    auto lines = SplitCrlf(body);
    ASSERT_EQ(lines.size(), 881u) << i;
    EXPECT_EQ(lines[0], "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:7");
    for (std::size_t k = 1; k < lines.size(); ++k) ASSERT_TRUE(IsPaddingLine(lines[k], 35)) << i;
    // Cut from the pool as it is now (renewed before this use when due).
    EXPECT_NE(pool.text().find(body.substr(37)), std::string::npos) << i;
  }
  // Uses 1-3 on generation 1, 4-6 on 2, 7-9 on 3, 10 on 4.
  EXPECT_EQ(pool.generation(), 4u);
  EXPECT_NE(pool.text(), first);
  EXPECT_EQ(pool.text().size(), first.size());
}

TEST(HibpRangePadding, ShareGivesTheLinesAppendWouldWithoutCopying) {
  PaddingPool pool(35, {.lines = 1000, .uses = 100});
  // After real lines: every line with its leading CRLF.
  SharedBytes after = pool.Share(850, false);
  ASSERT_EQ(after.bytes.size(), 850 * 39u);
  ASSERT_EQ(after.bytes.substr(0, 2), "\r\n");
  auto lines = SplitCrlf(after.bytes.substr(2));
  ASSERT_EQ(lines.size(), 850u);
  for (auto l : lines) ASSERT_TRUE(IsPaddingLine(l, 35)) << l;
  // A view into the pool's own text (no copy), which it shares.
  ASSERT_EQ(after.owner.get(), &pool.text());
  EXPECT_GE(after.bytes.data(), pool.text().data());
  EXPECT_LE(after.bytes.data() + after.bytes.size(), pool.text().data() + pool.text().size());
  EXPECT_EQ((after.bytes.data() - pool.text().data()) % 39, 0);  // whole lines
  EXPECT_EQ(after.owner.use_count(), 2);

  // As a whole body (an empty bucket): no CRLF first, none last.
  SharedBytes alone = pool.Share(800, true);
  EXPECT_EQ(alone.bytes.size(), 800 * 39 - 2u);
  auto padding = SplitCrlf(alone.bytes);
  ASSERT_EQ(padding.size(), 800u);
  for (auto l : padding) ASSERT_TRUE(IsPaddingLine(l, 35)) << l;

  PaddingPool wide(35, {.lines = 4096, .uses = 1000000});
  std::set<const char*> starts;
  for (int i = 0; i < 50; ++i) starts.insert(wide.Share(900, false).bytes.data());
  EXPECT_GT(starts.size(), 40u);  // 50 draws among 3,197 start lines
}

TEST(HibpRangePadding, SharedSlicesOutliveTheRebuildOfTheirPool) {
  // What the server relies on: a response still being written keeps its
  // padding while the same thread's pool is rebuilt for later responses.
  PaddingPool pool(35, {.lines = 900, .uses = 1});
  std::vector<SharedBytes> held;
  std::vector<std::string> copies;
  for (int i = 0; i < 6; ++i) {  // every Share after the first rebuilds the pool
    held.push_back(pool.Share(880, i % 2 == 0));
    copies.emplace_back(held.back().bytes);
  }
  EXPECT_EQ(pool.generation(), 6u);
  for (std::size_t i = 0; i < held.size(); ++i) {
    // Rebuilt into new text, the old kept by its slices: freed and reused
    // memory would hold other random lines by now.
    EXPECT_EQ(held[i].bytes, copies[i]) << i;
    if (i + 1 < held.size()) EXPECT_NE(held[i].owner, held[i + 1].owner) << i;
  }
  EXPECT_NE(held.back().owner.get(), held.front().owner.get());
  EXPECT_EQ(held.back().owner.get(), &pool.text());
  std::weak_ptr<const std::string> first = held.front().owner;
  held.erase(held.begin());
  EXPECT_TRUE(first.expired());  // released with the last slice of it
}

TEST(HibpRangePadding, EachThreadHasItsOwnPool) {
  PaddingPool* main_sha1 = &ThreadPaddingPool(35);
  EXPECT_EQ(&ThreadPaddingPool(35), main_sha1);
  EXPECT_NE(&ThreadPaddingPool(27), main_sha1);
  EXPECT_EQ(ThreadPaddingPool(27).suffix_chars(), 27u);
  PaddingPool* other = nullptr;
  std::thread([&] { other = &ThreadPaddingPool(35); }).join();
  EXPECT_NE(other, main_sha1);
}

}  // namespace
}  // namespace leakwatch::api
