#include "http/router.h"

#include <gtest/gtest.h>

namespace leakwatch::http {
namespace {

api::Response Named(const char* name) {
  api::Response r;
  r.body = name;
  return r;
}

std::vector<api::Route> Table() {
  auto h = [](const char* name) {
    return [name](const api::Services&, const api::Request&) { return Named(name); };
  };
  return {
      {{"GET"}, "/", h("home")},
      {{"GET"}, "/api/v1/incidents", h("list")},
      {{"GET"}, "/api/v1/incidents/{id}", h("one")},
      {{"GET", "OPTIONS"}, "/range/{prefix}", h("range")},
      {{"GET"}, "/range/search/{prefix}", h("search")},
      {{"POST"}, "/check", h("check-post")},
      {{"GET"}, "/check", h("check-get")},
  };
}

std::string HandlerOf(const RouteMatch& m) {
  return m.route->handler(api::Services{}, api::Request{}).body;
}

TEST(RouterTest, MatchesLiteralsAndPlaceholders) {
  Router router(Table());
  auto m = router.Match("GET", "/api/v1/incidents/jp-2020-001");
  ASSERT_EQ(m.kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(HandlerOf(m), "one");
  EXPECT_EQ(m.params.at("id"), "jp-2020-001");
  m = router.Match("GET", "/");
  ASSERT_EQ(m.kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(HandlerOf(m), "home");
  m = router.Match("GET", "/range/search/ABCDEF");
  ASSERT_EQ(m.kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(HandlerOf(m), "search");
  EXPECT_EQ(m.params.at("prefix"), "ABCDEF");
  m = router.Match("POST", "/check");
  ASSERT_EQ(m.kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(HandlerOf(m), "check-post");
}

TEST(RouterTest, HeadImpliedByGet) {
  Router router(Table());
  auto m = router.Match("HEAD", "/api/v1/incidents");
  ASSERT_EQ(m.kind, RouteMatch::Kind::kFound);
  EXPECT_EQ(HandlerOf(m), "list");
}

TEST(RouterTest, UnknownPathsAre404) {
  Router router(Table());
  for (const char* path : {"/nope", "/api/v1/incidents/a/b", "/api/v1/incidents/", "/api/v1",
                           "/range/", "/api/v1/incidentsx"}) {
    EXPECT_EQ(router.Match("GET", path).kind, RouteMatch::Kind::kNotFound) << path;
  }
}

TEST(RouterTest, WrongMethodIs405WithAllow) {
  Router router(Table());
  auto m = router.Match("DELETE", "/api/v1/incidents/x");
  EXPECT_EQ(m.kind, RouteMatch::Kind::kMethodNotAllowed);
  EXPECT_EQ(m.allow, "GET, HEAD");
  m = router.Match("PUT", "/range/ABCDE");
  EXPECT_EQ(m.allow, "GET, HEAD, OPTIONS");
  m = router.Match("PUT", "/check");
  EXPECT_EQ(m.allow, "GET, HEAD, POST");
  // OPTIONS only where a route lists it.
  EXPECT_EQ(router.Match("OPTIONS", "/api/v1/incidents").kind, RouteMatch::Kind::kMethodNotAllowed);
  EXPECT_EQ(router.Match("OPTIONS", "/range/ABCDE").kind, RouteMatch::Kind::kFound);
}

TEST(RouterTest, PlaceholderFirstSegmentsKeepTableOrder) {
  auto h = [](const char* name) {
    return [name](const api::Services&, const api::Request&) { return Named(name); };
  };
  Router router({
      {{"GET"}, "/lit/a", h("lit-a")},
      {{"GET"}, "/{x}/a", h("any-a")},
      {{"POST"}, "/lit/b", h("lit-b")},
      {{"GET"}, "/{x}/b", h("any-b")},
      {{"GET"}, "/other/{y}/c", h("other-c")},
  });
  EXPECT_EQ(HandlerOf(router.Match("GET", "/lit/a")), "lit-a");  // listed first
  EXPECT_EQ(HandlerOf(router.Match("GET", "/zzz/a")), "any-a");  // an unknown first segment
  EXPECT_EQ(HandlerOf(router.Match("GET", "/lit/b")), "any-b");  // wrong method for lit-b
  EXPECT_EQ(HandlerOf(router.Match("POST", "/lit/b")), "lit-b");
  auto m = router.Match("DELETE", "/lit/b");  // both patterns match the path
  EXPECT_EQ(m.kind, RouteMatch::Kind::kMethodNotAllowed);
  EXPECT_EQ(m.allow, "GET, HEAD, POST");
  EXPECT_EQ(HandlerOf(router.Match("GET", "/other/b")), "any-b");
  EXPECT_EQ(HandlerOf(router.Match("GET", "/other/1/c")), "other-c");
  EXPECT_EQ(router.Match("GET", "/zzz/1/c").kind, RouteMatch::Kind::kNotFound);
  EXPECT_EQ(router.Match("GET", "/other/1/c/d").kind, RouteMatch::Kind::kNotFound);  // too long
  EXPECT_EQ(router.Match("GET", "/").kind, RouteMatch::Kind::kNotFound);
  EXPECT_EQ(Router({}).Match("GET", "/").kind, RouteMatch::Kind::kNotFound);
}

TEST(RouterTest, SplitPath) {
  EXPECT_EQ(SplitPath("/"), (std::vector<std::string_view>{""}));
  EXPECT_EQ(SplitPath("/a/b/"), (std::vector<std::string_view>{"a", "b", ""}));
}

}  // namespace
}  // namespace leakwatch::http
