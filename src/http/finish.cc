#include "http/finish.h"

#include <fmt/format.h>
#include <zlib.h>

#include <cctype>
#include <cstdint>
#include <cstdlib>

namespace leakwatch::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsTextual(std::string_view content_type) {
  std::string t = Lower(content_type);
  for (std::string_view p :
       {"text/", "application/json", "application/xml", "application/atom+xml",
        "application/javascript", "image/svg+xml", "application/x-ndjson", "application/jsonl"}) {
    if (t.rfind(p, 0) == 0) return true;
  }
  return false;
}

bool IsSecurityHeader(std::string_view name) {
  std::string n = Lower(name);
  return n == "content-security-policy" || n == "x-content-type-options" ||
         n == "referrer-policy" || n == "x-frame-options";
}

bool IsApiPath(std::string_view path) {
  return path.rfind("/api/", 0) == 0 || path.rfind("/range/", 0) == 0 || path == "/healthz";
}

}  // namespace

bool AcceptsGzip(std::string_view accept_encoding) {
  while (!accept_encoding.empty()) {
    size_t comma = accept_encoding.find(',');
    std::string_view item = Trim(accept_encoding.substr(0, comma));
    accept_encoding =
        comma == std::string_view::npos ? std::string_view() : accept_encoding.substr(comma + 1);
    size_t semi = item.find(';');
    std::string coding = Lower(Trim(item.substr(0, semi)));
    if (coding != "gzip" && coding != "*") continue;
    double q = 1.0;
    if (semi != std::string_view::npos) {
      std::string params = Lower(item.substr(semi + 1));
      size_t qpos = params.find("q=");
      if (qpos != std::string::npos) q = std::atof(params.c_str() + qpos + 2);
    }
    return q > 0;
  }
  return false;
}

bool Gzip(std::string_view in, std::string* out) {
  z_stream zs{};
  if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return false;
  out->resize(deflateBound(&zs, in.size()) + 32);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out->data());
  zs.avail_out = static_cast<uInt>(out->size());
  int rc = deflate(&zs, Z_FINISH);
  out->resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END;
}

std::string ETagOf(std::string_view body) {
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a 64
  for (unsigned char c : body) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("W/\"{:016x}{:x}\"", h, body.size());
}

bool ETagMatches(std::string_view if_none_match, std::string_view etag) {
  auto opaque = [](std::string_view t) {
    t = Trim(t);
    if (t.rfind("W/", 0) == 0) t.remove_prefix(2);
    return t;
  };
  std::string_view want = opaque(etag);
  while (!if_none_match.empty()) {
    size_t comma = if_none_match.find(',');
    std::string_view item = Trim(if_none_match.substr(0, comma));
    if_none_match =
        comma == std::string_view::npos ? std::string_view() : if_none_match.substr(comma + 1);
    if (item == "*" || (!item.empty() && opaque(item) == want)) return true;
  }
  return false;
}

Outgoing Finish(api::Response res, const RequestFacts& req) {
  Outgoing out;
  out.status = res.status;
  bool head = req.method == "HEAD";
  bool get_like = head || req.method == "GET";
  out.headers.emplace_back("Content-Type", res.content_type);
  for (auto& [name, value] : res.headers) {
    if (!IsSecurityHeader(name)) out.headers.emplace_back(name, value);
  }
  out.headers.emplace_back("Cache-Control",
                           res.cache_control.empty() ? "no-cache" : res.cache_control);
  out.headers.emplace_back("Content-Security-Policy", std::string(kContentSecurityPolicy));
  out.headers.emplace_back("X-Content-Type-Options", "nosniff");
  out.headers.emplace_back("Referrer-Policy", "no-referrer");
  out.headers.emplace_back("X-Frame-Options", "DENY");

  bool textual = res.compressible && IsTextual(res.content_type);
  if (textual) {  // one Vary header: extend the handler's (e.g. Accept-Language) if it set one
    bool merged = false;
    for (auto& [name, value] : out.headers) {
      if (Lower(name) == "vary" && !merged) {
        value += ", Accept-Encoding";
        merged = true;
      }
    }
    if (!merged) out.headers.emplace_back("Vary", "Accept-Encoding");
  }
  if (res.etag && get_like && res.status == 200) {
    // A handler may set its own ETag (e.g. from the data's version); else hash the body.
    std::string tag;
    for (const auto& [name, value] : out.headers)
      if (Lower(name) == "etag") tag = value;
    if (tag.empty()) {
      tag = ETagOf(res.body);
      out.headers.emplace_back("ETag", tag);
    }
    if (!req.if_none_match.empty() && ETagMatches(req.if_none_match, tag)) {
      out.status = 304;
      out.send_content_length = false;
      std::erase_if(out.headers, [](const auto& h) { return Lower(h.first) == "content-type"; });
      return out;
    }
  }
  std::string body = std::move(res.body);
  if (textual && body.size() >= kGzipMinBytes && AcceptsGzip(req.accept_encoding)) {
    std::string gz;
    if (Gzip(body, &gz)) {
      body = std::move(gz);
      out.headers.emplace_back("Content-Encoding", "gzip");
    }
  }
  out.content_length = body.size();
  if (!head) out.body = std::move(body);
  return out;
}

api::Response ServerError(int status, std::string_view code, std::string_view message,
                          std::string_view path) {
  if (IsApiPath(path)) return api::JsonError(status, code, message);
  api::Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = fmt::format("{} {}: {}\n", status, code, message);
  r.etag = false;
  return r;
}

}  // namespace leakwatch::http
