#include "http/router.h"

#include <algorithm>
#include <set>

namespace leakwatch::http {
namespace {

bool IsPlaceholder(std::string_view s) {
  return s.size() >= 3 && s.front() == '{' && s.back() == '}';
}

bool AcceptsMethod(const api::Route& r, std::string_view method) {
  for (const auto& m : r.methods) {
    if (m == method || (method == "HEAD" && m == "GET")) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> out;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    size_t slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

Router::Router(std::vector<api::Route> routes) : routes_(std::move(routes)) {
  for (const auto& r : routes_) {
    Compiled c;
    for (auto seg : SplitPath(r.pattern)) c.segments.emplace_back(seg);
    compiled_.push_back(std::move(c));
  }
}

bool Router::MatchPattern(const Compiled& c, const std::vector<std::string_view>& segs,
                          std::map<std::string, std::string>* params) {
  if (c.segments.size() != segs.size()) return false;
  for (size_t i = 0; i < segs.size(); ++i) {
    const std::string& p = c.segments[i];
    if (IsPlaceholder(p)) {
      if (segs[i].empty()) return false;
      if (params) (*params)[p.substr(1, p.size() - 2)] = std::string(segs[i]);
    } else if (p != segs[i]) {
      return false;
    }
  }
  return true;
}

RouteMatch Router::Match(std::string_view method, std::string_view path) const {
  RouteMatch m;
  auto segs = SplitPath(path);
  std::vector<std::string> allowed;
  bool path_matched = false;
  for (size_t i = 0; i < routes_.size(); ++i) {
    if (!MatchPattern(compiled_[i], segs, nullptr)) continue;
    path_matched = true;
    if (AcceptsMethod(routes_[i], method)) {
      m.kind = RouteMatch::Kind::kFound;
      m.route = &routes_[i];
      MatchPattern(compiled_[i], segs, &m.params);
      return m;
    }
    for (const auto& meth : routes_[i].methods) {
      allowed.push_back(meth);
      if (meth == "GET") allowed.push_back("HEAD");
    }
  }
  if (!path_matched) return m;
  m.kind = RouteMatch::Kind::kMethodNotAllowed;
  // Stable, readable order: GET, HEAD, then the rest alphabetically.
  std::set<std::string> unique(allowed.begin(), allowed.end());
  std::vector<std::string> order;
  for (const char* first : {"GET", "HEAD"}) {
    if (unique.erase(first)) order.emplace_back(first);
  }
  order.insert(order.end(), unique.begin(), unique.end());
  for (size_t i = 0; i < order.size(); ++i) m.allow += (i ? ", " : "") + order[i];
  return m;
}

}  // namespace leakwatch::http
