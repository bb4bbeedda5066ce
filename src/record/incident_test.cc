#include "record/incident.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace leakwatch::record {
namespace {

// The spec's example (shared/spec/incident.md), with the fields it leaves out.
constexpr std::string_view kExample = R"json({
  "schema": "leakwatch.incident/1",
  "id": "2011-10-21-osaka-nishinari-hokensho",
  "language": "ja",
  "title": "西成区役所窓口サービス課(保険年金)における国民健康保険被保険者証の誤送付について",
  "organization": {"name": "大阪市西成区役所", "sector": "government", "country": "JP",
                   "region": "大阪府", "locality": "大阪市西成区"},
  "announced_date": "2011-10-21",
  "incident_date": "2011-10-18",
  "incident_type": "misdelivery_mail",
  "affected": {"persons": 8, "households": 3, "records": null},
  "data_items": ["sex", "address", "date_of_birth", "insurance_number", "name", "other"],
  "data_items_raw": ["被保険者証番号", "氏名"],
  "cause": "確認が十分でなく",
  "timeline": [{"date": "2011-10-18", "text": "A世帯から電話"}, {"date": null, "text": "回収"}],
  "response": ["保険証を回収"],
  "prevention": ["別の職員によるダブルチェックを怠ることなく厳重に行う"],
  "contact": "西成区役所窓口サービス課(保険年金)(06-6659-9945)",
  "sources": [{"url": "http://www.city.osaka.lg.jp/hodoshiryo/nishinari/0000144339.html",
               "title": null, "published": "2011-10-21"}],
  "evidence": {"announced_date": {"start": 10, "end": 20}}
})json";

TEST(Incident, RoundTripsTheSpecExample) {
  auto r = ParseJson(kExample);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->organization.region, "大阪府");
  EXPECT_EQ(r->affected.persons, 8);
  EXPECT_FALSE(r->affected.records.has_value());
  // data_items come out sorted by wire name.
  EXPECT_EQ(ToString(r->data_items.front()), "address");
  EXPECT_EQ(ToString(r->data_items.back()), "sex");
  auto again = ParseJson(ToJsonLine(*r));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*again, *r);
}

TEST(Incident, EmitsEveryRequiredFieldInSpecOrder) {
  Incident r;
  r.id = "x";
  auto j = ToJson(r);
  std::vector<std::string> keys;
  for (auto& [k, v] : j.items()) keys.push_back(k);
  std::vector<std::string> want = {"schema", "id", "language", "title", "organization",
                                   "announced_date", "incident_date", "incident_type", "affected",
                                   "data_items", "data_items_raw", "cause", "timeline", "response",
                                   "prevention", "contact", "sources", "evidence"};
  EXPECT_EQ(keys, want);
  EXPECT_TRUE(j["cause"].is_null());
  EXPECT_TRUE(j["evidence"].is_object());
}

struct BadCase {
  const char* name;
  const char* json;
  const char* want_in_message;
};

class IncidentRejects : public testing::TestWithParam<BadCase> {};

TEST_P(IncidentRejects, WithAMessageNamingTheField) {
  auto r = ParseJson(GetParam().json);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find(GetParam().want_in_message), std::string::npos)
      << r.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Table, IncidentRejects,
    testing::Values(
        BadCase{"syntax", R"({"id": "a", )", "byte"},
        BadCase{"not_object", R"([1,2])", "object"},
        BadCase{"no_id", R"({"language":"ja","incident_type":"loss"})", "id"},
        BadCase{"bad_type", R"({"id":"a","language":"ja","incident_type":"lost"})",
                "unknown value 'lost'"},
        BadCase{"bad_lang", R"({"id":"a","language":"fr","incident_type":"loss"})", "language"},
        BadCase{"bad_date",
                R"({"id":"a","language":"ja","incident_type":"loss","announced_date":"2019-13-45"})",
                "announced_date"},
        BadCase{"bad_item",
                R"({"id":"a","language":"ja","incident_type":"loss","data_items":["names"]})",
                "data_items"},
        BadCase{"negative",
                R"({"id":"a","language":"ja","incident_type":"loss","affected":{"persons":-1}})",
                "affected.persons"},
        BadCase{"country",
                R"({"id":"a","language":"ja","incident_type":"loss","organization":{"country":"jpn"}})",
                "organization.country"},
        BadCase{"schema", R"({"schema":"other/2","id":"a","language":"ja","incident_type":"loss"})",
                "schema"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(IsIsoDate, Calendar) {
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_FALSE(IsIsoDate("2019-13-01"));
  EXPECT_FALSE(IsIsoDate("2019-1-01"));
  EXPECT_TRUE(IsIsoDate("2000-02-29"));
  EXPECT_FALSE(IsIsoDate("1900-02-29"));
}

// Validates emitted JSON with a real JSON Schema validator (python3-jsonschema)
// against shared/spec/incident.schema.json.
TEST(Incident, EmittedJsonValidatesAgainstTheSchema) {
  const char* shared = std::getenv("LEAKWATCH_SHARED");
  if (!shared) GTEST_SKIP() << "LEAKWATCH_SHARED not set: schema validation skipped";
  std::string schema = std::string(shared) + "/spec/incident.schema.json";
  auto r = ParseJson(kExample);
  ASSERT_TRUE(r.ok());
  Incident minimal;
  minimal.id = "minimal";
  auto dir = std::filesystem::temp_directory_path() / "lw_record_schema";
  std::filesystem::create_directories(dir);
  std::string doc = (dir / "records.jsonl").string();
  {
    std::ofstream out(doc);
    out << ToJsonLine(*r) << "\n" << ToJsonLine(minimal) << "\n";
  }
  std::string cmd = "/usr/bin/python3 -c \"import json,sys,jsonschema; s=json.load(open(sys.argv[1]));"
                    " v=jsonschema.Draft202012Validator(s);"
                    " [v.validate(json.loads(l)) for l in open(sys.argv[2]) if l.strip()]\" '" +
                    schema + "' '" + doc + "'";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  // And the validator can fail: a record with a bad enum is refused.
  {
    std::ofstream out(doc);
    auto j = ToJson(minimal);
    j["incident_type"] = "lost";
    out << j.dump() << "\n";
  }
  EXPECT_NE(std::system((cmd + " 2>/dev/null").c_str()), 0);
}

}  // namespace
}  // namespace leakwatch::record
