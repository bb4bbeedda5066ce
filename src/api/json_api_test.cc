// The JSON API handlers against a fake Store (the SQLite store is exercised
// end to end by tests/http): status mapping, body shapes, parameter errors.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "api/routes.h"
#include "store/result_cache.h"
#include "store/store.h"

namespace leakwatch::api {
namespace {

class FakeStore : public store::Store {
 public:
  std::map<std::string, store::StoredIncident> rows;
  store::SearchQuery last_query;
  Status fail = Status::Ok();

  Status Put(std::span<const store::IngestItem>, store::PutSummary*) override {
    return Status::Internal("read-only fake");
  }
  Result<std::optional<store::StoredIncident>> Get(std::string_view id) override {
    if (!fail.ok()) return fail;
    auto it = rows.find(std::string(id));
    if (it == rows.end()) return std::optional<store::StoredIncident>();
    return std::optional<store::StoredIncident>(it->second);
  }
  // Reads through to the fake: its rows change only between requests.
  Result<std::unique_ptr<store::ReadView>> OpenReadView() override {
    class View final : public store::ReadView {
     public:
      explicit View(FakeStore* fake) : fake_(fake) {}
      std::int64_t generation() const override { return fake_->generation; }
      Result<std::optional<store::StoredIncident>> Get(std::string_view id) override {
        return fake_->Get(id);
      }
      Result<store::SearchPage> Search(const store::SearchQuery& q) override {
        return fake_->Search(q);
      }

     private:
      FakeStore* fake_;
    };
    if (!fail.ok()) return fail;
    return std::unique_ptr<store::ReadView>(std::make_unique<View>(this));
  }
  Result<store::SearchPage> Search(const store::SearchQuery& q) override {
    last_query = q;
    ++searches;
    if (!fail.ok()) return fail;
    store::SearchPage page;
    for (const auto& [id, row] : rows) {
      if (q.type && row.incident.incident_type != *q.type) continue;
      if (static_cast<int>(page.hits.size()) < q.limit) page.hits.push_back({row.incident, "", 0});
      ++page.total;
    }
    if (page.total > q.limit) page.next_cursor = "next";
    return page;
  }
  Result<store::Facets> ComputeFacets(const store::SearchQuery& q) override {
    last_query = q;
    store::Facets f;
    f.type = {{"loss", 2}, {"theft", 1}};
    f.year = {{"2020", 3}};
    return f;
  }
  Result<store::Statistics> ComputeStatistics() override {
    store::Statistics s;
    s.incidents = 3;
    s.persons_affected = 150;
    s.per_year_type[2020] = {{"loss", 2}, {"theft", 1}};
    s.persons_per_year[2020] = 150;
    s.per_sector = {{"healthcare", 3}};
    return s;
  }
  Status ForEach(const std::function<Status(const store::StoredIncident&)>&) override {
    return Status::Ok();
  }
  Status Merge(const record::Incident&, std::span<const std::string>) override {
    return Status::Ok();
  }
  Result<std::int64_t> Count() override { return static_cast<std::int64_t>(rows.size()); }
  Result<std::int64_t> Generation() override { return generation; }
  std::int64_t generation = 1;
  int searches = 0;
};

record::Incident MakeIncident(std::string id, record::IncidentType type) {
  record::Incident i;
  i.id = std::move(id);
  i.title = "書類の紛失について";
  i.incident_type = type;
  i.organization.name = "テスト市";
  i.announced_date = "2020-04-01";
  return i;
}

class JsonApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int n = 0; n < 3; ++n) {
      auto inc = MakeIncident("jp-2020-00" + std::to_string(n),
                              n < 2 ? record::IncidentType::kLoss : record::IncidentType::kTheft);
      store_.rows[inc.id].incident = inc;
    }
    services_.store = &store_;
    for (auto& r : JsonApiRoutes()) routes_[r.pattern] = r;
  }

  Response Call(const std::string& pattern, std::vector<std::pair<std::string, std::string>> query,
                std::map<std::string, std::string> params = {}) {
    Response r = CallUnflattened(pattern, std::move(query), std::move(params));
    r.FlattenBody();  // a listing from the page cache comes as a shared tail
    return r;
  }
  Response CallUnflattened(const std::string& pattern,
                           std::vector<std::pair<std::string, std::string>> query,
                           std::map<std::string, std::string> params = {}) {
    Request req;
    req.method = "GET";
    req.path = pattern;
    req.target = pattern;
    for (size_t i = 0; i < query.size(); ++i)
      req.target += (i ? "&" : "?") + query[i].first + "=" + query[i].second;
    req.query = std::move(query);
    req.path_params = std::move(params);
    return routes_.at(pattern).handler(services_, req);
  }

  FakeStore store_;
  Services services_;
  std::map<std::string, Route> routes_;
};

TEST_F(JsonApiTest, RoutesDeclared) {
  for (const char* p : {"/healthz", "/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/stats",
                        "/api/v1/facets", "/api/v1/openapi.json"}) {
    EXPECT_EQ(routes_.count(p), 1u) << p;
  }
  EXPECT_FALSE(routes_.at("/healthz").blocking);
  EXPECT_TRUE(routes_.at("/api/v1/incidents").blocking);
}

TEST_F(JsonApiTest, GetIncidentIsExactlyTheRecord) {
  Response r = Call("/api/v1/incidents/{id}", {}, {{"id", "jp-2020-001"}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(r.body, record::ToJsonLine(store_.rows["jp-2020-001"].incident));
}

TEST_F(JsonApiTest, UnknownIncidentIs404Json) {
  Response r = Call("/api/v1/incidents/{id}", {}, {{"id", "nope"}});
  EXPECT_EQ(r.status, 404);
  auto j = nlohmann::json::parse(r.body);
  EXPECT_EQ(j["error"]["code"], "not_found");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("nope"), std::string::npos);
}

TEST_F(JsonApiTest, ListingsComeFromTheCacheUntilTheGenerationChanges) {
  store::ResultCache<CachedBody> cache(8);
  services_.page_cache = &cache;
  const std::string first = Call("/api/v1/incidents", {{"type", "loss"}}).body;
  EXPECT_EQ(store_.searches, 1);
  EXPECT_EQ(Call("/api/v1/incidents", {{"type", "loss"}}).body, first);
  EXPECT_EQ(store_.searches, 1);  // served from the cache
  Call("/api/v1/incidents", {{"type", "theft"}});
  EXPECT_EQ(store_.searches, 2);  // another query is another entry
  store_.generation = 2;          // the stored data changed
  EXPECT_EQ(Call("/api/v1/incidents", {{"type", "loss"}}).body, first);
  EXPECT_EQ(store_.searches, 3);
}

TEST_F(JsonApiTest, CachedListingsShareTheKeptBodyAndItsETag) {
  store::ResultCache<CachedBody> cache(8);
  services_.page_cache = &cache;
  Response rendered = CallUnflattened("/api/v1/incidents", {{"type", "loss"}});
  Response kept = CallUnflattened("/api/v1/incidents", {{"type", "loss"}});
  EXPECT_EQ(store_.searches, 1);
  for (const Response* r : {&rendered, &kept}) {
    EXPECT_EQ(r->status, 200);
    EXPECT_TRUE(r->body.empty());
    ASSERT_NE(r->body_tail.owner, nullptr);
    EXPECT_EQ(r->content_type, "application/json; charset=utf-8");
  }
  // Both point into the one kept string: nothing was copied.
  EXPECT_EQ(rendered.body_tail.owner, kept.body_tail.owner);
  EXPECT_EQ(rendered.body_tail.bytes.data(), kept.body_tail.bytes.data());
  const std::string body(kept.body_tail.bytes);
  EXPECT_NE(body.find("\"items\""), std::string::npos);
  std::string etag;
  for (const auto& [name, value] : kept.headers)
    if (name == "ETag") etag = value;
  EXPECT_EQ(etag, ETagOf(body));
  // An error is not kept.
  store_.fail = Status::Unavailable("busy");
  Response failed = CallUnflattened("/api/v1/incidents", {{"type", "theft"}});
  EXPECT_EQ(failed.status, 503);
  EXPECT_EQ(failed.body_tail.owner, nullptr);
}

TEST_F(JsonApiTest, StoreFailureIs500WithoutDetails) {
  store_.fail = Status::Corruption("page 7 of /secret/path.db is damaged");
  Response r = Call("/api/v1/incidents/{id}", {}, {{"id", "jp-2020-001"}});
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("secret"), std::string::npos);
  store_.fail = Status::Unavailable("busy");
  EXPECT_EQ(Call("/api/v1/incidents", {}).status, 503);
}

TEST_F(JsonApiTest, ListShapeAndParameters) {
  Response r = Call("/api/v1/incidents", {{"type", "loss"}, {"limit", "1"}, {"sort", "date"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = nlohmann::json::parse(r.body);
  EXPECT_EQ(j["total"], 2);
  ASSERT_EQ(j["items"].size(), 1u);
  EXPECT_EQ(j["items"][0]["id"], "jp-2020-000");
  EXPECT_EQ(j["next_cursor"], "next");
  EXPECT_EQ(store_.last_query.sort, store::SortOrder::kDateDesc);
  EXPECT_EQ(store_.last_query.limit, 1);

  j = nlohmann::json::parse(Call("/api/v1/incidents", {{"type", "theft"}}).body);
  EXPECT_EQ(j["total"], 1);
  EXPECT_TRUE(j["next_cursor"].is_null());
}

TEST_F(JsonApiTest, BadParameterIs400NamingIt) {
  Response r = Call("/api/v1/incidents", {{"from", "2020-02-31"}});
  EXPECT_EQ(r.status, 400);
  auto j = nlohmann::json::parse(r.body);
  EXPECT_EQ(j["error"]["code"], "invalid_argument");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("'from'"), std::string::npos);
  EXPECT_EQ(Call("/api/v1/facets", {{"limit", "0"}}).status, 400);
}

TEST_F(JsonApiTest, StatsAndFacets) {
  auto s = nlohmann::json::parse(Call("/api/v1/stats", {}).body);
  EXPECT_EQ(s["incidents"], 3);
  EXPECT_EQ(s["persons_affected"], 150);
  EXPECT_EQ(s["per_year"][0]["year"], 2020);
  EXPECT_EQ(s["per_year"][0]["incidents"], 3);
  EXPECT_EQ(s["per_year"][0]["types"]["loss"], 2);
  EXPECT_EQ(s["per_sector"][0]["value"], "healthcare");
  auto f = nlohmann::json::parse(Call("/api/v1/facets", {{"q", "保険"}}).body);
  EXPECT_EQ(store_.last_query.text, "保険");
  EXPECT_EQ(f["type"][0]["value"], "loss");
  EXPECT_EQ(f["type"][0]["count"], 2);
  EXPECT_TRUE(f["sector"].is_array());
}

TEST_F(JsonApiTest, NoStoreIs503) {
  services_.store = nullptr;
  EXPECT_EQ(Call("/api/v1/stats", {}).status, 503);
}

TEST_F(JsonApiTest, HealthAndOpenApi) {
  EXPECT_EQ(Call("/healthz", {}).status, 200);
  auto doc = nlohmann::json::parse(Call("/api/v1/openapi.json", {}).body);
  EXPECT_EQ(doc["openapi"], "3.1.0");
}

}  // namespace
}  // namespace leakwatch::api
