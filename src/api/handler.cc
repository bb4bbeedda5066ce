#include "api/handler.h"

#include <algorithm>
#include <cctype>
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

Response CachedResponse(const Services& services, const std::string& key,
                        const std::function<Response()>& render,
                        const std::function<Response(const std::string& body)>& rebuild) {
  if (services.page_cache == nullptr || services.store == nullptr) return render();
  auto generation = services.store->Generation();
  if (!generation.ok()) return render();
  if (auto body = services.page_cache->Find(key, *generation)) return rebuild(*body);
  Response r = render();
  r.FlattenBody();  // the cache keeps one string
  if (r.status == 200)
    services.page_cache->Insert(key, *generation, std::make_shared<const std::string>(r.body));
  return r;
}

}  // namespace leakwatch::api
