#include "http/finish.h"

#include <fmt/format.h>
#include <zlib.h>

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace leakwatch::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII case-insensitive comparison; `lower` is already lower case.
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (LowerAscii(s[i]) != lower[i]) return false;
  return true;
}

bool StartsWithLower(std::string_view s, std::string_view lower) {
  return s.size() >= lower.size() && EqualsLower(s.substr(0, lower.size()), lower);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsTextual(std::string_view content_type) {
  for (std::string_view p :
       {"text/", "application/json", "application/xml", "application/atom+xml",
        "application/javascript", "image/svg+xml", "application/x-ndjson", "application/jsonl"}) {
    if (StartsWithLower(content_type, p)) return true;
  }
  return false;
}

bool IsSecurityHeader(std::string_view name) {
  return EqualsLower(name, "content-security-policy") ||
         EqualsLower(name, "x-content-type-options") || EqualsLower(name, "referrer-policy") ||
         EqualsLower(name, "x-frame-options");
}

constexpr std::pair<std::string_view, std::string_view> kSecurityHeaders[] = {
    {"Content-Security-Policy", kContentSecurityPolicy},
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "no-referrer"},
    {"X-Frame-Options", "DENY"},
};

bool IsApiPath(std::string_view path) {
  return path.rfind("/api/", 0) == 0 || path.rfind("/range/", 0) == 0 || path == "/healthz";
}

}  // namespace

std::string_view SecurityHeaderLines() {
  static const std::string lines = [] {
    std::string out;
    for (const auto& [name, value] : kSecurityHeaders)
      out.append(name).append(": ").append(value).append("\r\n");
    return out;
  }();
  return lines;
}

void HeaderSink::AddSecurityHeaders() {
  for (const auto& [name, value] : kSecurityHeaders) Add(name, value);
}

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

bool Gzip(std::string_view in, std::string* out, bool huffman_only) {
  z_stream zs{};
  if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8,
                   huffman_only ? Z_HUFFMAN_ONLY : Z_DEFAULT_STRATEGY) != Z_OK)
    return false;
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

void FinishInto(api::Response& res, const RequestFacts& req, HeaderSink& sink, std::string* body,
                Outgoing* out) {
  out->status = res.status;
  out->content_length = 0;
  out->send_content_length = true;
  bool head = req.method == "HEAD";
  bool get_like = head || req.method == "GET";
  bool textual = res.compressible && IsTextual(res.content_type);

  // ETag: a handler may set its own (e.g. from the data's version); else hash the body.
  std::string computed_tag;
  bool not_modified = false;
  if (res.etag && get_like && res.status == 200) {
    std::string_view tag;
    for (const auto& [name, value] : res.headers)
      if (EqualsLower(name, "etag")) tag = value;
    if (tag.empty()) {
      res.FlattenBody();
      computed_tag = api::ETagOf(res.body);
      tag = computed_tag;
    }
    not_modified = !req.if_none_match.empty() && ETagMatches(req.if_none_match, tag);
  }

  if (!not_modified) sink.Add("Content-Type", res.content_type);
  // One Vary header: extend the handler's (e.g. Accept-Language) if it set one.
  bool vary_merged = false;
  thread_local std::string merged;  // keeps its capacity: no allocation per response
  for (const auto& [name, value] : res.headers) {
    if (IsSecurityHeader(name)) continue;
    if (textual && !vary_merged && EqualsLower(name, "vary")) {
      vary_merged = true;
      merged.assign(value).append(", Accept-Encoding");
      sink.Add(name, merged);
      continue;
    }
    sink.Add(name, value);
  }
  sink.Add("Cache-Control",
           res.cache_control.empty() ? std::string_view("no-cache") : res.cache_control);
  sink.AddSecurityHeaders();
  if (textual && !vary_merged) sink.Add("Vary", "Accept-Encoding");
  if (!computed_tag.empty()) sink.Add("ETag", computed_tag);
  if (not_modified) {
    out->status = 304;
    out->send_content_length = false;
    body->clear();
    out->body_tail = api::SharedBytes();
    return;
  }
  if (textual && res.BodySize() >= kGzipMinBytes && AcceptsGzip(req.accept_encoding)) {
    res.FlattenBody();  // rare for tailed bodies, and dearer than the copy anyway
    std::string gz;
    if (Gzip(res.body, &gz, res.gzip_huffman_only)) {
      res.body = std::move(gz);
      sink.Add("Content-Encoding", "gzip");
    }
  }
  out->content_length = res.BodySize();
  if (head) {
    body->clear();
    out->body_tail = api::SharedBytes();
  } else {
    *body = std::move(res.body);
    out->body_tail = std::move(res.body_tail);
  }
}

Outgoing Finish(api::Response res, const RequestFacts& req) {
  struct ListSink final : HeaderSink {
    explicit ListSink(Outgoing* o) : out(o) {}
    void Add(std::string_view name, std::string_view value) override {
      out->headers.emplace_back(std::string(name), std::string(value));
    }
    Outgoing* out;
  };
  Outgoing out;
  ListSink sink(&out);
  FinishInto(res, req, sink, &out.body, &out);
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
