// Exports over a SQLite store: CSV parses back, JSONL round-trips, VERIS keeps
// the modelled fields, HIBP has the v3 shape.
#include "interop/export.h"

#include <gtest/gtest.h>

#include "interop/csv.h"
#include "interop/import_internal.h"
#include "interop/interop.h"
#include "store/scratch_store.h"

namespace leakwatch::interop {
namespace {

record::Incident Sample(std::string id) {
  record::Incident r;
  r.id = std::move(id);
  r.language = record::Language::kEn;
  r.title = "Clinic, \"Main\" site: lost laptop";
  r.organization.name = "Clinic, Inc.";
  r.organization.sector = record::Sector::kHealthcare;
  r.organization.country = "US";
  r.organization.region = "WI";
  r.announced_date = "2020-02-03";
  r.incident_type = record::IncidentType::kLoss;
  r.affected.persons = 1234;
  r.data_items = {record::DataItem::kHealthInformation, record::DataItem::kName};
  r.cause = "A laptop was lost,\nwith records on it.";
  r.sources = {{"https://a.example/x", std::nullopt, std::nullopt},
               {"https://b.example/y", std::nullopt, std::nullopt}};
  return r;
}

// Over a real SQLite file: the query export needs search, which MemoryStore
// does not have.
class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(store_.Open().ok());
    std::vector<store::IngestItem> items = {{Sample("b"), {"hhs", "f.csv", "raw"}},
                                            {Sample("a"), {"hhs", "f.csv", "raw"}}};
    items[1].incident.organization.name = "日本語 Org";
    ASSERT_TRUE(store_->Put(items, nullptr).ok());
  }
  store::ScratchStore store_;
};

TEST_F(ExportTest, CsvParsesBackWithTheDocumentedColumns) {
  auto doc = Export(*store_, ExportFormat::kCsv, {.bom = true});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->substr(0, 3), "\xEF\xBB\xBF");
  auto rows = ParseCsv(*doc);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].fields, CsvColumns());
  const auto& a = (*rows)[1].fields;
  ASSERT_EQ(a.size(), CsvColumns().size());
  EXPECT_EQ(a[0], "a");
  EXPECT_EQ(a[1], "Clinic, \"Main\" site: lost laptop");
  EXPECT_EQ(a[2], "日本語 Org");
  EXPECT_EQ(a[9], "loss");
  EXPECT_EQ(a[10], "1234");
  EXPECT_EQ(a[11], "");
  EXPECT_EQ(a[13], "health_information; name");
  EXPECT_EQ(a[14], "A laptop was lost,\nwith records on it.");
  EXPECT_EQ(a[15], "https://a.example/x; https://b.example/y");
  auto plain = Export(*store_, ExportFormat::kCsv);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->substr(0, 2), "id");
}

TEST_F(ExportTest, JsonlRoundTripsAndSkipsMergedReports) {
  ASSERT_TRUE(store_->Merge(Sample("a"), std::vector<std::string>{"b"}).ok());
  auto doc = Export(*store_, ExportFormat::kJsonl);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(std::count(doc->begin(), doc->end(), '\n'), 1);
  auto back = record::ParseJson(doc->substr(0, doc->size() - 1));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, Sample("a"));
}

TEST_F(ExportTest, VerisCarriesTheModelledFields) {
  auto got = store_->Get("a");
  ASSERT_TRUE(got.ok() && got->has_value());
  auto v = ToVeris(**got);
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ((*v)["schema_version"], "1.4.1");
  EXPECT_EQ((*v)["victim"]["victim_id"], "日本語 Org");
  EXPECT_EQ((*v)["victim"]["industry"], "62");
  EXPECT_EQ((*v)["victim"]["state"], "WI");
  EXPECT_EQ((*v)["action"]["error"]["variety"][0], "Loss");
  EXPECT_EQ((*v)["timeline"]["incident"]["year"], 2020);  // from the notice date
  EXPECT_EQ((*v)["plus"]["timeline"]["notification"]["day"], 3);
  EXPECT_EQ((*v)["attribute"]["confidentiality"]["data_total"], 1234);
  EXPECT_EQ((*v)["reference"], "https://a.example/x; https://b.example/y");
  EXPECT_EQ((*v)["attribute"]["confidentiality"]["data"].size(), 2u);  // Medical, Personal

  // A VERIS partial date comes back as a partial date.
  store::StoredIncident partial = **got;
  partial.incident.announced_date.reset();
  partial.incident.timeline = {{std::nullopt, std::string(kVerisIncidentPartial) + "2014-09"}};
  auto p = ToVeris(partial);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ((*p)["timeline"]["incident"], (nlohmann::ordered_json{{"year", 2014}, {"month", 9}}));
  // A malformed partial date in some other record is ignored, not a crash.
  partial.incident.timeline = {{std::nullopt, std::string(kVerisIncidentPartial) + "20x4-99"}};
  EXPECT_FALSE(ToVeris(partial).has_value());
  partial.incident.timeline.clear();
  EXPECT_FALSE(ToVeris(partial).has_value());  // no year: VERIS needs one, we do not guess
}

TEST_F(ExportTest, HibpListHasTheV3Shape) {
  auto doc = Export(*store_, ExportFormat::kHibp);
  ASSERT_TRUE(doc.ok());
  auto j = nlohmann::json::parse(*doc);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 2u);
  for (const char* key : {"Name", "Title", "Domain", "BreachDate", "AddedDate", "PwnCount",
                          "Description", "DataClasses", "IsVerified"})
    EXPECT_TRUE(j[0].contains(key)) << key;
  EXPECT_EQ(j[0]["Name"], "a");
  EXPECT_EQ(j[0]["PwnCount"], 1234);

  // A breach imported from HIBP is exported as it came.
  Parsed parsed;
  ASSERT_TRUE(ParseInput(Format::kHibp, "b.json",
                         R"([{"Name":"Adobe","Title":"Adobe","Domain":"adobe.com",
                             "BreachDate":"2013-10-04","PwnCount":5,"DataClasses":["Passwords"]}])",
                         {}, &parsed)
                  .ok());
  ASSERT_EQ(parsed.items.size(), 1u);
  store::StoredIncident s{parsed.items[0].incident, parsed.items[0].provenance, {}, "", 0};
  EXPECT_EQ(ToHibp(s)["Name"], "Adobe");
  EXPECT_EQ(ToHibp(s)["Domain"], "adobe.com");
}

// The streamed document is the same bytes however it is cut into pieces.
TEST_F(ExportTest, StreamedInSmallPiecesGivesTheSameDocument) {
  for (auto format :
       {ExportFormat::kJsonl, ExportFormat::kCsv, ExportFormat::kVeris, ExportFormat::kHibp}) {
    auto whole = Export(*store_, format);
    ASSERT_TRUE(whole.ok());
    ExportOptions options;
    options.chunk_bytes = 1;
    std::string joined;
    int pieces = 0;
    ASSERT_TRUE(ExportTo(*store_, format, options, [&](std::string_view piece) {
                  joined.append(piece);
                  ++pieces;
                  return Status::Ok();
                }).ok());
    EXPECT_EQ(joined, *whole) << ContentTypeFor(format);
    EXPECT_GE(pieces, 2) << ContentTypeFor(format);
  }
}

TEST_F(ExportTest, SinkErrorStopsTheExport) {
  ExportOptions options;
  options.chunk_bytes = 1;
  int calls = 0;
  Status s = ExportTo(*store_, ExportFormat::kJsonl, options, [&](std::string_view) {
    ++calls;
    return Status::IoError("disk full");
  });
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_EQ(calls, 1);
}

TEST_F(ExportTest, InMemoryExportHasASizeLimit) {
  auto whole = Export(*store_, ExportFormat::kJsonl);
  ASSERT_TRUE(whole.ok());
  ExportOptions options;
  options.chunk_bytes = 16;
  options.max_bytes = whole->size() - 1;
  EXPECT_EQ(Export(*store_, ExportFormat::kJsonl, options).status().code(), StatusCode::kTooLarge);
  options.max_bytes = whole->size();
  EXPECT_TRUE(Export(*store_, ExportFormat::kJsonl, options).ok());
}

TEST_F(ExportTest, QueryNarrowsTheExport) {
  std::vector<store::IngestItem> items = {{Sample("c"), {"hhs", "f.csv", "raw"}}};
  items[0].incident.incident_type = record::IncidentType::kTheft;
  ASSERT_TRUE(store_->Put(items, nullptr).ok());
  ExportOptions options;
  options.query.emplace();
  options.query->type = record::IncidentType::kTheft;
  auto theft = Export(*store_, ExportFormat::kJsonl, options);
  ASSERT_TRUE(theft.ok());
  EXPECT_EQ(std::count(theft->begin(), theft->end(), '\n'), 1);
  EXPECT_NE(theft->find("\"id\":\"c\""), std::string::npos);
  options.query->type = record::IncidentType::kLoss;
  auto loss = Export(*store_, ExportFormat::kJsonl, options);
  ASSERT_TRUE(loss.ok());
  EXPECT_EQ(std::count(loss->begin(), loss->end(), '\n'), 2);
  EXPECT_EQ(loss->find("\"id\":\"c\""), std::string::npos);
}

TEST(ExportFormats, ParseAndContentTypes) {
  EXPECT_EQ(ParseExportFormat("csv"), ExportFormat::kCsv);
  EXPECT_EQ(ParseExportFormat("xml"), std::nullopt);
  EXPECT_NE(ContentTypeFor(ExportFormat::kCsv).find("text/csv"), std::string_view::npos);
}

}  // namespace
}  // namespace leakwatch::interop
