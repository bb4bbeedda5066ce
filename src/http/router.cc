#include "http/router.h"

#include <algorithm>
#include <array>
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

// Calls emit(segment) for each '/'-separated segment of `path` (a leading '/'
// dropped) in order, until emit returns false. Returns whether it got to the end.
template <class Emit>
bool ForEachSegment(std::string_view path, Emit emit) {
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    size_t slash = path.find('/');
    if (!emit(path.substr(0, slash))) return false;
    if (slash == std::string_view::npos) return true;
    path.remove_prefix(slash + 1);
  }
}

}  // namespace

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> out;
  ForEachSegment(path, [&](std::string_view segment) {
    out.push_back(segment);
    return true;
  });
  return out;
}

Router::Router(std::vector<api::Route> routes) : routes_(std::move(routes)) {
  for (const auto& r : routes_) {
    Compiled c;
    for (auto seg : SplitPath(r.pattern)) c.segments.emplace_back(seg);
    max_segments_ = std::max(max_segments_, c.segments.size());
    compiled_.push_back(std::move(c));
  }
  for (std::size_t i = 0; i < compiled_.size(); ++i) {
    const std::string& first = compiled_[i].segments.front();
    if (IsPlaceholder(first)) {
      any_first_.push_back(i);
      for (auto& [literal, list] : by_first_) list.push_back(i);
    } else if (auto it = by_first_.find(first); it != by_first_.end()) {
      it->second.push_back(i);
    } else {
      by_first_.emplace(first, any_first_).first->second.push_back(i);
    }
  }
}

const std::vector<std::size_t>& Router::Candidates(std::string_view first) const {
  auto it = by_first_.find(first);
  return it == by_first_.end() ? any_first_ : it->second;
}

bool Router::MatchPattern(const Compiled& c, std::span<const std::string_view> segs,
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
  // The segments as SplitPath gives them, without allocating for tables of
  // short patterns. A path with more segments than any pattern matches nothing.
  std::array<std::string_view, 16> buffer;
  std::vector<std::string_view> long_table;
  std::span<const std::string_view> segs;
  if (max_segments_ <= buffer.size()) {
    std::size_t n = 0;
    const bool whole = ForEachSegment(path, [&](std::string_view segment) {
      if (n == max_segments_) return false;
      buffer[n++] = segment;
      return true;
    });
    if (!whole) return m;
    segs = std::span<const std::string_view>(buffer.data(), n);
  } else {
    long_table = SplitPath(path);
    segs = long_table;
  }
  std::vector<std::string> allowed;
  bool path_matched = false;
  for (size_t i : Candidates(segs.front())) {
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
