// Matches a method and a decoded path against the route table.
//
// A pattern is a path whose segments are literals or `{name}` placeholders;
// a placeholder matches exactly one non-empty segment. Routes are tried in
// table order. "GET" in a route's methods implies "HEAD". Immutable after
// construction; Match is thread-safe.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "api/handler.h"

namespace leakwatch::http {

struct RouteMatch {
  enum class Kind { kFound, kNotFound, kMethodNotAllowed };
  Kind kind = Kind::kNotFound;
  const api::Route* route = nullptr;          // set when kFound; owned by the Router
  std::map<std::string, std::string> params;  // {name} -> segment, when kFound
  std::string allow;                          // "GET, HEAD, OPTIONS" when kMethodNotAllowed
};

class Router {
 public:
  explicit Router(std::vector<api::Route> routes);

  // kFound with the first route whose pattern and method match; else
  // kMethodNotAllowed (with the Allow value) if some pattern matches the path;
  // else kNotFound.
  RouteMatch Match(std::string_view method, std::string_view path) const;

  const std::vector<api::Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // literal, or "{name}"
  };
  static bool MatchPattern(const Compiled& c, std::span<const std::string_view> segs,
                           std::map<std::string, std::string>* params);
  // Indices of the routes a path with this first segment can match, in table
  // order: those whose first segment is `first` or a placeholder.
  const std::vector<std::size_t>& Candidates(std::string_view first) const;

  std::vector<api::Route> routes_;
  std::vector<Compiled> compiled_;
  std::size_t max_segments_ = 0;  // of any pattern; longer paths match none
  std::map<std::string, std::vector<std::size_t>, std::less<>> by_first_;
  std::vector<std::size_t> any_first_;  // routes whose first segment is a placeholder
};

// Splits "/a/b/" into {"a", "b", ""}; "/" into {""}.
std::vector<std::string_view> SplitPath(std::string_view path);

}  // namespace leakwatch::http
