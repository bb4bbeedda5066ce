#include "api/handler.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>

#include "store/result_cache.h"
#include "store/store.h"

namespace leakwatch::api {

std::optional<std::string> Request::Query(std::string_view name) const {
  for (const auto& [k, v] : query)
    if (k == name) return v;
  return std::nullopt;
}

std::optional<std::string> Request::QueryIgnoreCase(std::string_view name) const {
  auto eq = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) ==
                    std::tolower(static_cast<unsigned char>(y));
           });
  };
  for (const auto& [k, v] : query)
    if (eq(k, name)) return v;
  return std::nullopt;
}

std::optional<std::string> Request::Header(std::string_view lower_name) const {
  auto it = headers.find(std::string(lower_name));
  if (it == headers.end()) return std::nullopt;
  return it->second;
}

std::string Request::Param(std::string_view name) const {
  auto it = path_params.find(std::string(name));
  return it == path_params.end() ? std::string() : it->second;
}

void Response::SetHeader(std::string name, std::string value) {
  for (auto& [k, v] : headers) {
    if (k == name) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

void Response::FlattenBody() {
  if (body_tail.bytes.empty() && !body_tail.owner) return;
  body.append(body_tail.bytes);
  body_tail = SharedBytes();
}

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kTooLarge:
      return 413;
    case StatusCode::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

Response JsonResponse(std::string body, int status) {
  Response r;
  r.status = status;
  r.content_type = "application/json; charset=utf-8";
  r.body = std::move(body);
  return r;
}

Response JsonError(int http_status, std::string_view code, std::string_view message) {
  nlohmann::json j = {{"error", {{"code", code}, {"message", message}}}};
  Response r =
      JsonResponse(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), http_status);
  r.etag = false;
  return r;
}

Response JsonError(const Status& status) {
  int http = HttpStatusFor(status);
  std::string code(StatusCodeName(status.code()));
  std::replace(code.begin(), code.end(), ' ', '_');
  if (http == 500) return JsonError(http, "internal", "internal error");  // no details leak
  return JsonError(http, code, status.message());
}

std::string ETagOf(std::string_view body) {
  // Four independent multiply-xorshift lanes over 8-byte words, folded and
  // finalised (murmur3's fmix64): several times faster than a byte-wise hash
  // on bodies of tens of KB, and every bit of the body reaches every bit.
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  auto mix = [](std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * kMul;
    return h ^ (h >> 29);
  };
  const char* p = body.data();
  std::size_t n = body.size();
  std::uint64_t lane[4] = {14695981039346656037ull, 0x243F6A8885A308D3ull, 0x13198A2E03707344ull,
                           0xA4093822299F31D0ull};
  std::size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    for (int k = 0; k < 4; ++k) {
      std::uint64_t w;
      std::memcpy(&w, p + i + 8 * k, 8);
      lane[k] = mix(lane[k], w);
    }
  }
  std::uint64_t h = lane[0];
  for (int k = 1; k < 4; ++k) h = mix(h, lane[k]);
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    h = mix(h, w);
  }
  for (; i < n; ++i) h = mix(h, static_cast<unsigned char>(p[i]));
  h = mix(h, n);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return fmt::format("W/\"{:016x}{:x}\"", h, body.size());
}

namespace {

// `r` without a body of its own, sending `kept` (and its ETag) instead.
Response WithKeptBody(Response r, std::shared_ptr<const CachedBody> kept) {
  if (r.etag) r.SetHeader("ETag", kept->etag);
  r.body.clear();
  std::string_view bytes = kept->body;
  r.body_tail = SharedBytes{std::shared_ptr<const std::string>(kept, &kept->body), bytes};
  return r;
}

}  // namespace

Response CachedResponse(const Services& services, const std::string& key,
                        const std::function<Response()>& render,
                        const std::function<Response()>& headers) {
  if (services.page_cache == nullptr || services.store == nullptr) return render();
  auto generation = services.store->Generation();
  if (!generation.ok()) return render();
  return CachedResponse(services, *generation, key, render, headers);
}

Response CachedResponse(const Services& services, std::int64_t generation, const std::string& key,
                        const std::function<Response()>& render,
                        const std::function<Response()>& headers) {
  if (services.page_cache == nullptr) return render();
  if (auto kept = services.page_cache->Find(key, generation))
    return WithKeptBody(headers(), std::move(kept));
  Response r = render();
  if (r.status != 200) return r;
  r.FlattenBody();  // the cache keeps one string
  auto kept = std::make_shared<CachedBody>();
  kept->etag = ETagOf(r.body);
  kept->body = std::move(r.body);
  services.page_cache->Insert(key, generation, kept);
  return WithKeptBody(std::move(r), std::move(kept));
}

}  // namespace leakwatch::api
