// ParseJson (simdjson) against ParseJsonReference (nlohmann): the same record
// or the same error for every input, and the fast reader really reads the
// records it should (it may step aside only for the cases its file names).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "record/incident.h"

namespace leakwatch::record {
namespace {

using OJson = nlohmann::ordered_json;

constexpr std::string_view kFull = R"json({
  "schema": "leakwatch.incident/1",
  "id": "2011-10-21-osaka-nishinari-hokensho",
  "language": "ja",
  "title": "国民健康保険被保険者証の誤送付について",
  "organization": {"name": "大阪市西成区役所", "sector": "government", "country": "JP",
                   "region": "大阪府", "locality": "大阪市西成区"},
  "announced_date": "2011-10-21",
  "incident_date": "2011-10-18",
  "incident_type": "misdelivery_mail",
  "affected": {"persons": 8, "households": 3, "records": null},
  "data_items": ["sex", "address", "name", "other", "name"],
  "data_items_raw": ["被保険者証番号", "氏名"],
  "cause": "確認が十分でなく",
  "timeline": [{"date": "2011-10-18", "text": "A世帯から電話"}, {"date": null, "text": "回収"}],
  "response": ["保険証を回収"],
  "prevention": ["ダブルチェック"],
  "contact": "06-6659-9945",
  "sources": [{"url": "http://www.city.osaka.lg.jp/x.html", "title": null, "published": "2011-10-21"}],
  "evidence": {"incident_date": {"start": 30, "end": 40}, "announced_date": {"start": 10, "end": 20}}
})json";

std::string Describe(const Result<Incident>& r) {
  return r.ok() ? ToJsonLine(*r) : "error: " + r.status().ToString();
}

// Both readers give the same answer for `text`; returns whether the fast
// reader answered by itself.
bool ExpectSameAnswer(const std::string& text) {
  Result<Incident> reference = ParseJsonReference(text);
  Result<Incident> fast = ParseJson(text);
  EXPECT_EQ(Describe(fast), Describe(reference)) << "input: " << text;
  if (fast.ok() && reference.ok()) EXPECT_TRUE(*fast == *reference) << "input: " << text;
  return ParseJsonFast(text).has_value();
}

TEST(IncidentReader, ReadsTheFullRecordItselfAndAgrees) {
  EXPECT_TRUE(ExpectSameAnswer(std::string(kFull)));
  auto r = ParseJsonFast(kFull);
  ASSERT_TRUE(r.has_value());
  ASSERT_TRUE(r->ok()) << r->status().ToString();
  EXPECT_EQ((*r)->evidence.size(), 2u);
  EXPECT_EQ((*r)->affected.households, 3);
  EXPECT_EQ((*r)->data_items.size(), 4u);  // sorted, duplicates removed
  EXPECT_EQ(**r, *ParseJsonReference(kFull));
}

// Every member, at every depth, replaced by values of each JSON kind, and
// removed: the same record or the same first error.
TEST(IncidentReader, AgreesOnEveryMemberReplacedOrRemoved) {
  const OJson base = OJson::parse(kFull);
  const std::vector<std::string> values = {"null",
                                           "true",
                                           "0",
                                           "-1",
                                           "7",
                                           "1.5",
                                           "-0",
                                           "1e3",
                                           "9223372036854775807",
                                           "9223372036854775808",
                                           "18446744073709551615",
                                           "\"\"",
                                           "\"x\"",
                                           "\"2011-02-29\"",
                                           "\"2012-02-29\"",
                                           "\"JP\"",
                                           "\"misdelivery_mail\"",
                                           "\"name\"",
                                           "[]",
                                           "[\"a\", 1]",
                                           "[{\"date\": null, \"text\": \"t\"}]",
                                           "{}",
                                           "{\"start\": 1, \"end\": 2}",
                                           "{\"start\": 3, \"end\": 2}"};
  std::vector<OJson::json_pointer> paths;
  std::function<void(const OJson&, const OJson::json_pointer&)> walk =
      [&](const OJson& j, const OJson::json_pointer& at) {
        if (!at.empty()) paths.push_back(at);
        if (j.is_object())
          for (auto& [k, v] : j.items()) walk(v, at / k);
        else if (j.is_array())
          for (std::size_t i = 0; i < j.size(); ++i) walk(j[i], at / i);
      };
  walk(base, OJson::json_pointer());
  ASSERT_GT(paths.size(), 40u);
  int cases = 0, fast = 0;
  for (const auto& path : paths) {
    for (const auto& v : values) {
      OJson j = base;
      j[path] = OJson::parse(v);
      fast += ExpectSameAnswer(j.dump());
      ++cases;
    }
    OJson j = base;
    OJson& parent = j.at(path.parent_pointer());
    if (parent.is_object()) {
      parent.erase(path.back());
    } else {
      parent.erase(std::stoul(path.back()));
    }
    fast += ExpectSameAnswer(j.dump());
    ++cases;
  }
  // It steps aside only for big or non-integer numbers in counts and spans.
  EXPECT_GT(fast, cases * 9 / 10) << fast << " of " << cases;
}

// Duplicate keys: nlohmann keeps the last value; so must the fast reader,
// including inside nested objects and evidence.
TEST(IncidentReader, DuplicateKeysKeepTheLastValue) {
  std::string full(kFull);
  auto with = [&](std::string_view anchor, std::string_view insert) {
    std::string t = full;
    auto at = t.find(anchor);
    EXPECT_NE(at, std::string::npos) << anchor;
    t.insert(at, insert);
    return t;
  };
  for (const std::string& text : {
           with("\"id\"", "\"id\": \"first\", "),
           full.substr(0, full.rfind('}')) + ", \"id\": \"last\"}",
           full.substr(0, full.rfind('}')) + ", \"incident_type\": \"bogus\"}",
           with("\"incident_type\"", "\"incident_type\": \"bogus\", "),
           with("\"name\": \"大阪市", "\"name\": 5, "),
           with("\"persons\"", "\"persons\": -3, "),
           with("\"persons\"", "\"persons\": 1.5, "),
           with("\"start\": 30", "\"start\": \"x\", "),
           with("\"incident_date\": {", "\"incident_date\": 1, "),
       }) {
    EXPECT_TRUE(ExpectSameAnswer(text) || text.find("1.5") != std::string::npos) << text;
  }
  auto last = ParseJson(full.substr(0, full.rfind('}')) + ", \"id\": \"last\"}");
  ASSERT_TRUE(last.ok());
  EXPECT_EQ(last->id, "last");
}

TEST(IncidentReader, SyntaxErrorsKeepTheReferenceMessage) {
  for (const std::string& text :
       {std::string(""), std::string("   "), std::string("{"), std::string("[1, 2]"),
        std::string("\"x\""), std::string("{\"id\": \"a\",}"), std::string(kFull) + " {}",
        std::string("{\"id\": \"\xff\"}"), std::string("{\"id\": \"\\ud800\"}"),
        std::string(2000, '['),
        std::string("{\"id\": \"a\", \"language\": \"ja\", \"incident_type\": \"loss\", "
                    "\"affected\": {\"persons\": 1e400}}")}) {
    ExpectSameAnswer(text);
    EXPECT_FALSE(ParseJson(text).ok()) << text;
  }
  // A byte-order mark: nlohmann skips it, so the record reads.
  ExpectSameAnswer("\xEF\xBB\xBF" + std::string(kFull));
  EXPECT_TRUE(ParseJson("\xEF\xBB\xBF" + std::string(kFull)).ok());
}

// Every record the demo data holds, and each as ToJsonLine writes it (how
// the store keeps it).
TEST(IncidentReader, ReadsEveryDemoRecordItself) {
  const char* root = std::getenv("LEAKWATCH_SOURCE_DIR");
  ASSERT_NE(root, nullptr) << "LEAKWATCH_SOURCE_DIR is set by CMake for every test";
  int records = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(root) / "data/demo")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    ASSERT_TRUE(ExpectSameAnswer(text.str())) << entry.path();
    auto r = ParseJson(text.str());
    ASSERT_TRUE(r.ok()) << entry.path() << ": " << r.status().ToString();
    std::string line = ToJsonLine(*r);
    ASSERT_TRUE(ExpectSameAnswer(line)) << entry.path();
    EXPECT_EQ(**ParseJsonFast(line), *r);
    ++records;
  }
  EXPECT_GE(records, 40);
}

}  // namespace
}  // namespace leakwatch::record
