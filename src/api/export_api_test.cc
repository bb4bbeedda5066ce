// GET /api/v1/export/{format} over a SQLite store file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/routes.h"
#include "interop/csv.h"
#include "store/scratch_store.h"

namespace leakwatch::api {
namespace {

class ExportApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(store_.Open().ok());
    ASSERT_TRUE(Add("hhs-1", "Clinic, Inc.", "2020-01-02", record::IncidentType::kTheft).ok());
    services_.store = store_.get();
    auto routes = ExportRoutes();
    ASSERT_EQ(routes.size(), 1u);
    EXPECT_EQ(routes[0].pattern, "/api/v1/export/{format}");
    handler_ = routes[0].handler;
  }
  Status Add(std::string id, std::string org, std::string date, record::IncidentType type) {
    record::Incident r;
    r.id = std::move(id);
    r.language = record::Language::kEn;
    r.title = org + ": " + std::string(record::ToString(type));
    r.organization.name = std::move(org);
    r.announced_date = std::move(date);
    r.incident_type = type;
    std::vector<store::IngestItem> items = {{r, {"hhs", "x.csv", "raw"}}};
    return store_->Put(items, nullptr);
  }
  Response Get(std::string format, std::vector<std::pair<std::string, std::string>> query = {}) {
    Request req;
    req.method = "GET";
    req.path = "/api/v1/export/" + format;
    req.path_params["format"] = format;
    req.query = std::move(query);
    return handler_(services_, req);
  }
  store::ScratchStore store_;
  Services services_;
  Handler handler_;
};

TEST_F(ExportApiTest, ServesEachFormat) {
  auto csv = Get("csv");
  EXPECT_EQ(csv.status, 200);
  EXPECT_NE(csv.content_type.find("text/csv"), std::string::npos);
  auto rows = interop::ParseCsv(csv.body);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1].fields[2], "Clinic, Inc.");
  EXPECT_EQ(Get("csv", {{"bom", "1"}}).body.substr(0, 3), "\xEF\xBB\xBF");

  auto jsonl = Get("jsonl");
  EXPECT_EQ(jsonl.status, 200);
  EXPECT_EQ(nlohmann::json::parse(jsonl.body)["id"], "hhs-1");
  for (const char* f : {"veris", "hibp"}) {
    auto res = Get(f);
    EXPECT_EQ(res.status, 200) << f;
    auto j = nlohmann::json::parse(res.body);
    ASSERT_TRUE(j.is_array()) << f;
    EXPECT_EQ(j.size(), 1u) << f;
  }
}

TEST_F(ExportApiTest, SearchParametersNarrowTheExport) {
  ASSERT_TRUE(Add("hhs-2", "Hospital", "2021-01-02", record::IncidentType::kLoss).ok());
  auto all = Get("jsonl");
  EXPECT_EQ(std::count(all.body.begin(), all.body.end(), '\n'), 2);
  auto loss = Get("jsonl", {{"type", "loss"}});
  ASSERT_EQ(loss.status, 200);
  EXPECT_EQ(std::count(loss.body.begin(), loss.body.end(), '\n'), 1);
  EXPECT_EQ(nlohmann::json::parse(loss.body)["id"], "hhs-2");
  EXPECT_EQ(Get("jsonl", {{"type", "lost"}}).status, 400);
}

TEST_F(ExportApiTest, RejectsBadRequests) {
  EXPECT_EQ(Get("xml").status, 404);
  EXPECT_EQ(Get("csv", {{"bom", "yes"}}).status, 400);
  EXPECT_EQ(Get("jsonl", {{"bom", "1"}}).status, 400);
  services_.store = nullptr;
  EXPECT_EQ(Get("csv").status, 503);
}

}  // namespace
}  // namespace leakwatch::api
