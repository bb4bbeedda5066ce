// What the server does to every response after the handler: ETag and 304,
// Cache-Control, gzip, and the security headers. Pure functions over plain
// structs so the policy is tested without a socket. Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/handler.h"

namespace leakwatch::http {

// The Content-Security-Policy sent on every response: no inline script.
inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

// Bodies smaller than this are sent uncompressed.
inline constexpr size_t kGzipMinBytes = 1024;

// Views into the request; they must outlive the Finish call.
struct RequestFacts {
  std::string_view method;           // "GET", "HEAD", ...
  std::string_view if_none_match;    // header value or empty
  std::string_view accept_encoding;  // header value or empty
};

struct Outgoing {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // all headers but Content-Length
  std::string body;                                          // empty for HEAD and 304
  // Sent after `body` as it is (the handler's Response::body_tail) when the
  // body goes out uncompressed; empty when it was joined to `body`, for HEAD and 304.
  api::SharedBytes body_tail;
  size_t content_length = 0;        // what Content-Length says (the GET body size for HEAD)
  bool send_content_length = true;  // false for 304
};

// Applies the server policy to a handler's response:
// The body is res.body followed by res.body_tail; the two are joined only when
// the server needs the body as one string (a computed ETag, gzip).
//  - ETag (weak, from the uncompressed body) on 200 GET/HEAD responses unless
//    res.etag is false; a matching If-None-Match gives 304 without a body;
//  - Cache-Control: res.cache_control or "no-cache";
//  - gzip when res.compressible, the type is textual, the body is at least
//    kGzipMinBytes and Accept-Encoding allows it (then Vary: Accept-Encoding),
//    Huffman coding only if res.gzip_huffman_only;
//  - the security headers, replacing any the handler set.
Outgoing Finish(api::Response res, const RequestFacts& req);

// The security headers FinishInto sends on every response, as header lines:
// "Content-Security-Policy: ...\r\n" ... "X-Frame-Options: DENY\r\n".
std::string_view SecurityHeaderLines();

// Receives the response headers of FinishInto in order. The views are valid
// only during the call (FinishInto reuses a buffer for a merged Vary value).
class HeaderSink {
 public:
  virtual void Add(std::string_view name, std::string_view value) = 0;
  // The security headers, each through Add unless a sink takes them as the
  // lines of SecurityHeaderLines() in one piece.
  virtual void AddSecurityHeaders();

 protected:
  ~HeaderSink() = default;
};

// The same policy as Finish without building the header list: the headers
// go to `sink` (all but Content-Length), the body (empty for HEAD and 304) to
// `*body` and out->body_tail; `out` gets status, content_length and
// send_content_length too.
void FinishInto(api::Response& res, const RequestFacts& req, HeaderSink& sink, std::string* body,
                Outgoing* out);

// A server-generated error (404, 405, 400, 413, 431, 500, 503): JSON
// `{"error": {...}}` for API paths (/api/, /range/, /healthz), plain text otherwise.
api::Response ServerError(int status, std::string_view code, std::string_view message,
                          std::string_view path);

// True if an Accept-Encoding value accepts gzip (q > 0).
bool AcceptsGzip(std::string_view accept_encoding);

// gzip-compresses `in` (level 6, or Huffman coding only: no LZ77 matching,
// for random text); false on zlib failure.
bool Gzip(std::string_view in, std::string* out, bool huffman_only = false);

// True if an If-None-Match value ("*", or a list of tags) matches `etag`
// by weak comparison.
bool ETagMatches(std::string_view if_none_match, std::string_view etag);

}  // namespace leakwatch::http
