// The web component's route table: server-rendered pages, the Atom feed and
// the compiled-in static assets.
#include "web/pages.h"

#include "web/routes.h"
#include "web/static_assets.h"

namespace leakwatch::web {

namespace {

api::Response StyleSheet(const api::Services&, const api::Request&) {
  api::Response r;
  r.content_type = "text/css; charset=utf-8";
  r.body = std::string(kStyleCss);
  r.cache_control = "public, max-age=3600";
  r.SetHeader("X-Content-Type-Options", "nosniff");
  return r;
}

}  // namespace

std::vector<api::Route> PageRoutes() {
  return {
      {{"GET"}, "/", HomePage, true},
      {{"GET"}, "/search", SearchPage, true},
      {{"GET"}, "/incidents/{id}", IncidentPage, true},
      {{"GET"}, "/cases", CasesPage, true},
      {{"GET"}, "/stats", StatsPage, true},
      {{"GET"}, "/feeds/incidents.atom", IncidentFeed, true},
      {{"GET"}, "/static/style.css", StyleSheet, false},
  };
}

}  // namespace leakwatch::web
