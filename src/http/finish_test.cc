#include "http/finish.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

namespace leakwatch::http {
namespace {

std::string HeaderOf(const Outgoing& o, std::string_view name) {
  for (const auto& [k, v] : o.headers)
    if (k == name) return v;
  return "";
}

int CountHeader(const Outgoing& o, std::string_view name) {
  int n = 0;
  for (const auto& [k, v] : o.headers) n += k == name;
  return n;
}

std::string Gunzip(const std::string& in) {
  z_stream zs{};
  EXPECT_EQ(inflateInit2(&zs, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  inflateEnd(&zs);
  return out;
}

api::Response Json(std::string body) { return api::JsonResponse(std::move(body)); }

TEST(FinishTest, SecurityHeadersOnEveryResponse) {
  for (int status : {200, 304, 400, 404, 500}) {
    api::Response r = Json("{}");
    r.status = status;
    r.SetHeader("X-Frame-Options", "ALLOWALL");  // a handler cannot weaken them
    Outgoing o = Finish(r, {"GET", "", ""});
    EXPECT_EQ(HeaderOf(o, "Content-Security-Policy"), kContentSecurityPolicy);
    EXPECT_EQ(HeaderOf(o, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(HeaderOf(o, "Referrer-Policy"), "no-referrer");
    EXPECT_EQ(HeaderOf(o, "X-Frame-Options"), "DENY");
    EXPECT_EQ(CountHeader(o, "X-Frame-Options"), 1);
  }
  EXPECT_EQ(kContentSecurityPolicy.find("unsafe-inline"), std::string_view::npos);
}

TEST(FinishTest, SecurityHeaderLinesAreTheHeadersSent) {
  // A sink that takes the block in one piece sends what Add would have.
  Outgoing o = Finish(Json("{}"), {"GET", "", ""});
  std::string from_list;
  for (const auto& [k, v] : o.headers)
    if (k == "Content-Security-Policy" || k == "X-Content-Type-Options" || k == "Referrer-Policy" ||
        k == "X-Frame-Options")
      from_list.append(k).append(": ").append(v).append("\r\n");
  EXPECT_EQ(SecurityHeaderLines(), from_list);
  EXPECT_EQ(SecurityHeaderLines().rfind("Content-Security-Policy: ", 0), 0u);
  EXPECT_EQ(std::count(from_list.begin(), from_list.end(), '\n'), 4);
}

TEST(FinishTest, ETagAndConditionalGet) {
  Outgoing first = Finish(Json(R"({"a":1})"), {"GET", "", ""});
  std::string tag = HeaderOf(first, "ETag");
  ASSERT_FALSE(tag.empty());
  EXPECT_EQ(first.status, 200);
  Outgoing again = Finish(Json(R"({"a":1})"), {"GET", tag, ""});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_FALSE(again.send_content_length);
  EXPECT_EQ(HeaderOf(again, "ETag"), tag);
  // A different body does not match.
  EXPECT_EQ(Finish(Json(R"({"a":2})"), {"GET", tag, ""}).status, 200);
  // Lists and * match; etag=false disables.
  EXPECT_EQ(Finish(Json(R"({"a":1})"), {"GET", "\"x\", " + tag, ""}).status, 304);
  EXPECT_EQ(Finish(Json(R"({"a":1})"), {"HEAD", "*", ""}).status, 304);
  api::Response padded = Json(R"({"a":1})");
  padded.etag = false;
  Outgoing o = Finish(padded, {"GET", tag, ""});
  EXPECT_EQ(o.status, 200);
  EXPECT_EQ(HeaderOf(o, "ETag"), "");
  // Errors get no ETag and no 304.
  api::Response err = Json("{}");
  err.status = 404;
  EXPECT_EQ(Finish(err, {"GET", "*", ""}).status, 404);
}

TEST(FinishTest, HandlerETagIsKept) {
  api::Response r = Json("{}");
  r.SetHeader("ETag", "\"v7\"");
  Outgoing o = Finish(r, {"GET", "", ""});
  EXPECT_EQ(CountHeader(o, "ETag"), 1);
  EXPECT_EQ(HeaderOf(o, "ETag"), "\"v7\"");
  EXPECT_EQ(Finish(r, {"GET", "\"v7\"", ""}).status, 304);
}

TEST(FinishTest, CacheControl) {
  EXPECT_EQ(HeaderOf(Finish(Json("{}"), {"GET", "", ""}), "Cache-Control"), "no-cache");
  api::Response r = Json("{}");
  r.cache_control = "public, max-age=60";
  EXPECT_EQ(HeaderOf(Finish(r, {"GET", "", ""}), "Cache-Control"), "public, max-age=60");
}

TEST(FinishTest, GzipWhenAcceptedAndWorthIt) {
  std::string big(5000, 'a');
  Outgoing o = Finish(Json(big), {"GET", "", "deflate, gzip;q=0.5"});
  EXPECT_EQ(HeaderOf(o, "Content-Encoding"), "gzip");
  EXPECT_EQ(HeaderOf(o, "Vary"), "Accept-Encoding");
  EXPECT_LT(o.body.size(), big.size());
  EXPECT_EQ(o.content_length, o.body.size());
  EXPECT_EQ(Gunzip(o.body), big);
  // Not accepted, refused, too small, not textual, not compressible.
  EXPECT_EQ(HeaderOf(Finish(Json(big), {"GET", "", ""}), "Content-Encoding"), "");
  EXPECT_EQ(HeaderOf(Finish(Json(big), {"GET", "", "gzip;q=0"}), "Content-Encoding"), "");
  EXPECT_EQ(HeaderOf(Finish(Json("{}"), {"GET", "", "gzip"}), "Content-Encoding"), "");
  api::Response png = Json(big);
  png.content_type = "image/png";
  EXPECT_EQ(HeaderOf(Finish(png, {"GET", "", "gzip"}), "Content-Encoding"), "");
  api::Response off = Json(big);
  off.compressible = false;
  EXPECT_EQ(HeaderOf(Finish(off, {"GET", "", "gzip"}), "Content-Encoding"), "");
}

TEST(FinishTest, GzipHuffmanOnlyForRandomText) {
  std::string big(5000, 'a');
  api::Response r = Json(big);
  r.gzip_huffman_only = true;
  Outgoing huffman = Finish(r, {"GET", "", "gzip"});
  Outgoing lz = Finish(Json(big), {"GET", "", "gzip"});
  EXPECT_EQ(HeaderOf(huffman, "Content-Encoding"), "gzip");
  EXPECT_EQ(Gunzip(huffman.body), big);
  // At least a bit per byte without LZ77; a few dozen bytes with it.
  EXPECT_GE(huffman.body.size(), big.size() / 8);
  EXPECT_LT(lz.body.size(), 100u);
}

TEST(FinishTest, HeadKeepsLengthDropsBody) {
  Outgoing o = Finish(Json("hello world"), {"HEAD", "", ""});
  EXPECT_TRUE(o.body.empty());
  EXPECT_EQ(o.content_length, 11u);
  EXPECT_TRUE(o.send_content_length);
}

// A response whose body is `head` + a shared tail `tail` (as padded /range answers).
api::Response WithTail(std::string head, std::string tail) {
  api::Response r;
  r.content_type = "text/plain";
  r.body = std::move(head);
  auto owner = std::make_shared<const std::string>("xx" + tail + "yy");
  r.body_tail = {owner, std::string_view(*owner).substr(2, tail.size())};
  return r;
}

TEST(FinishTest, SharedTailGoesOutAsItIsWhenNotCompressed) {
  const std::string tail(3000, 'T');
  api::Response r = WithTail("real", tail);
  r.etag = false;  // as padded responses: nothing needs the body as one string
  const std::string* owner = r.body_tail.owner.get();
  Outgoing o = Finish(std::move(r), {"GET", "", ""});
  EXPECT_EQ(o.body, "real");
  EXPECT_EQ(o.body_tail.owner.get(), owner);  // passed on, not copied
  EXPECT_EQ(o.body_tail.bytes, tail);
  EXPECT_EQ(o.content_length, 4 + tail.size());
  EXPECT_EQ(HeaderOf(o, "ETag"), "");

  // HEAD: the length of the whole body, no bytes.
  r = WithTail("real", tail);
  r.etag = false;
  Outgoing head = Finish(std::move(r), {"HEAD", "", ""});
  EXPECT_EQ(head.content_length, 4 + tail.size());
  EXPECT_TRUE(head.body.empty());
  EXPECT_TRUE(head.body_tail.bytes.empty());
  EXPECT_FALSE(head.body_tail.owner);
}

TEST(FinishTest, SharedTailIsJoinedForGzipAndComputedETags) {
  const std::string tail = "\r\n" + std::string(3000, 'T');
  api::Response r = WithTail("real", tail);
  r.gzip_huffman_only = true;
  r.etag = false;
  Outgoing gz = Finish(std::move(r), {"GET", "", "gzip"});
  EXPECT_EQ(HeaderOf(gz, "Content-Encoding"), "gzip");
  EXPECT_EQ(Gunzip(gz.body), "real" + tail);
  EXPECT_TRUE(gz.body_tail.bytes.empty());
  EXPECT_EQ(gz.content_length, gz.body.size());
  // Small in all but large with its tail: still worth compressing.
  api::Response small = WithTail("r", std::string(kGzipMinBytes, 'T'));
  EXPECT_EQ(HeaderOf(Finish(std::move(small), {"GET", "", "gzip"}), "Content-Encoding"), "gzip");

  // A computed ETag covers the tail too: the same as for the joined body.
  Outgoing tagged = Finish(WithTail("real", tail), {"GET", "", ""});
  api::Response joined;
  joined.content_type = "text/plain";
  joined.body = "real" + tail;
  EXPECT_EQ(HeaderOf(tagged, "ETag"), HeaderOf(Finish(joined, {"GET", "", ""}), "ETag"));
  EXPECT_EQ(HeaderOf(tagged, "ETag"), api::ETagOf("real" + tail));
  EXPECT_EQ(tagged.body + std::string(tagged.body_tail.bytes), "real" + tail);
  EXPECT_EQ(tagged.content_length, 4 + tail.size());
  Outgoing not_modified = Finish(WithTail("real", tail), {"GET", HeaderOf(tagged, "ETag"), ""});
  EXPECT_EQ(not_modified.status, 304);
  EXPECT_TRUE(not_modified.body.empty());
  EXPECT_TRUE(not_modified.body_tail.bytes.empty());
}

TEST(FinishTest, AcceptsGzipParsing) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("br, GZIP"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip("br, deflate"));
  EXPECT_FALSE(AcceptsGzip("gzip; q=0"));
  EXPECT_FALSE(AcceptsGzip(""));
}

TEST(FinishTest, ServerErrorShape) {
  api::Response j = ServerError(404, "not_found", "no such resource", "/api/v1/nope");
  EXPECT_EQ(j.status, 404);
  EXPECT_EQ(j.content_type, "application/json; charset=utf-8");
  EXPECT_NE(j.body.find("\"code\":\"not_found\""), std::string::npos);
  api::Response t = ServerError(404, "not_found", "no such resource", "/nope");
  EXPECT_EQ(t.content_type, "text/plain; charset=utf-8");
}

}  // namespace
}  // namespace leakwatch::http
