// The handler contract shared by every HTTP-facing component (api, web, the
// HIBP-compatible endpoints). Handlers are free functions of one signature:
// parse the request, validate, call a component, map the Status. They see plain
// structs, never Boost.Beast types, so they are tested without a socket.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/status.h"

namespace leakwatch::store {
class Store;
template <typename V>
class ResultCache;
}  // namespace leakwatch::store
namespace leakwatch::lookup {
class Catalog;
}

namespace leakwatch::api {

class RateLimiter;  // rate_limit.h: per-client limits for the exposure-check endpoints

struct Request {
  std::string method;  // upper case: "GET", "HEAD", ...
  std::string target;  // as received: path plus query
  std::string path;    // percent-decoded path, without the query
  std::vector<std::pair<std::string, std::string>> query;  // percent-decoded, in order
  std::map<std::string, std::string> headers;              // names lower-cased
  std::map<std::string, std::string> path_params;          // from {name} segments of the route
  std::string body;
  std::string client_address;  // for rate limiting only; never logged with a query
  bool client_is_loopback = false;

  // First value of query parameter `name` (exact match), or nullopt.
  std::optional<std::string> Query(std::string_view name) const;
  // First value of query parameter `name` compared case-insensitively.
  std::optional<std::string> QueryIgnoreCase(std::string_view name) const;
  // Header value by lower-case name, or nullopt.
  std::optional<std::string> Header(std::string_view lower_name) const;
  // Path parameter; empty if absent.
  std::string Param(std::string_view name) const;
};

// Bytes inside an immutable shared buffer, passed on without being copied.
// Every copy of a SharedBytes keeps `owner`, and so `bytes`, alive.
struct SharedBytes {
  std::shared_ptr<const std::string> owner;
  std::string_view bytes;  // within *owner (empty when owner is null)
};

struct Response {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  // The body is `body` followed by `body_tail.bytes`. The tail lets a handler
  // send shared bytes (e.g. Add-Padding lines cut from a pool) without copying
  // them: the server writes both parts as they are when it sends the body
  // unchanged, and joins them (FlattenBody) when it needs one string (gzip,
  // a computed ETag). Code that reads `body` alone must flatten first.
  std::string body;
  SharedBytes body_tail;
  // The server computes an ETag from the body and answers If-None-Match with
  // 304 unless this is false (e.g. padded responses that differ every time).
  bool etag = true;
  // Cache-Control value; empty means the server default ("no-cache").
  std::string cache_control;
  // gzip the body when the client accepts it.
  bool compressible = true;
  // The body is mostly random characters (e.g. Add-Padding lines): gzip it
  // with Huffman coding only. LZ77 finds no repeats in random text; searching
  // for them took 5x the time for a slightly larger result.
  bool gzip_huffman_only = false;

  void SetHeader(std::string name, std::string value);
  // Size of the whole body: body plus body_tail.
  std::size_t BodySize() const { return body.size() + body_tail.bytes.size(); }
  // Appends body_tail's bytes to body and drops the tail (and its reference).
  void FlattenBody();
};

// A body kept by the page cache with its ETag, computed once when it is kept.
struct CachedBody {
  std::string body;
  std::string etag;  // ETagOf(body)
};

// Weak ETag of a body: W/"<16 hex digits of a 64-bit hash><size in hex>"; not
// cryptographic, only a change detector. The server tags 200 responses with
// it unless the handler set an ETag (as CachedResponse does).
std::string ETagOf(std::string_view body);

// What handlers may use; owned by the app, outlives every request.
struct Services {
  store::Store* store = nullptr;
  const lookup::Catalog* hashes = nullptr;  // may be null: no hash stores loaded
  RateLimiter* rate_limiter = nullptr;      // may be null: no limits
  // Rendered pages by language and request target, tagged with the store
  // generation they were rendered at; may be null: render every time.
  store::ResultCache<CachedBody>* page_cache = nullptr;
};

using Handler = std::function<Response(const Services&, const Request&)>;

// One line of the route table. `pattern` is a path with optional {name}
// segments ("/api/v1/incidents/{id}"). `methods` lists the accepted methods
// ("GET" implies "HEAD"). Blocking handlers (database, extraction) run on the
// worker pool; non-blocking ones (in-memory lookups) on the I/O thread.
struct Route {
  std::vector<std::string> methods;
  std::string pattern;
  Handler handler;
  bool blocking = true;
};

// Maps a Status to an HTTP status: kInvalidArgument 400, kNotFound 404,
// kTooLarge 413, kUnavailable 503, everything else 500.
int HttpStatusFor(const Status& status);

// `{"error": {"code": "...", "message": "..."}}` with the mapped status.
Response JsonError(int http_status, std::string_view code, std::string_view message);
Response JsonError(const Status& status);
// A JSON body (application/json; charset=utf-8).
Response JsonResponse(std::string body, int status = 200);

// A response whose body depends only on `key` and the stored data: served
// from services.page_cache when it was rendered at the store's current
// generation, else `render()`, whose body is kept when the status is 200.
// `headers()` makes the response without its body (status, content type,
// headers) for a kept body. A kept body goes out as the response's
// body_tail, shared with the cache rather than copied, with the kept ETag
// (unless the response has etag == false). Without a cache or a store, just
// render().
Response CachedResponse(const Services& services, const std::string& key,
                        const std::function<Response()>& render,
                        const std::function<Response()>& headers);
// The same with the generation the caller read, for a body rendered from a
// store::ReadView: pass the view's generation, so that the body is kept under
// the generation of the state it shows (and no other read is made).
Response CachedResponse(const Services& services, std::int64_t generation, const std::string& key,
                        const std::function<Response()>& render,
                        const std::function<Response()>& headers);

}  // namespace leakwatch::api
