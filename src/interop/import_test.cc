// Unit tests for the per-format mappings on small inline records.
#include <gtest/gtest.h>

#include "interop/import_internal.h"
#include "interop/interop.h"
#include "interop/mappings.h"
#include "interop/memory_store.h"
#include "text/extract.h"

namespace leakwatch::interop {
namespace {

using record::DataItem;
using record::IncidentType;
using record::Sector;

constexpr std::string_view kVeris = R"({
  "schema_version": "1.3.7", "incident_id": "ABC", "security_incident": "Confirmed",
  "summary": "Hospital mailed letters to the wrong patients. More text follows.",
  "reference": "https://a.example/1; https://b.example/2",
  "action": {"error": {"variety": ["Misdelivery"], "vector": ["Carelessness"]}},
  "attribute": {"confidentiality": {"data": [{"variety": "Medical", "amount": 10},
      {"variety": "Personal"}, {"variety": "Unknown"}], "data_total": 1200,
      "data_disclosure": "Yes"}},
  "timeline": {"incident": {"year": 2019, "month": 3, "day": 4}},
  "plus": {"timeline": {"notification": {"year": 2019, "month": 4}}},
  "victim": {"victim_id": "General Hospital", "industry": "622110", "country": ["US"],
             "state": "OH", "employee_count": "Unknown", "government": ["NA"]}
})";

TEST(VerisImport, MapsTheFieldsLeakwatchModels) {
  auto item = VerisToItem("dir/004BC977-E210-4AF8-8778-572E168A7B9E.JSON", kVeris);
  ASSERT_TRUE(item.ok()) << item.status().ToString();
  const auto& r = item->incident;
  EXPECT_EQ(r.id, "vcdb-004bc977-e210-4af8-8778-572e168a7b9e");
  EXPECT_EQ(r.incident_type, IncidentType::kMisdeliveryMail);
  EXPECT_EQ(r.organization.name, "General Hospital");
  EXPECT_EQ(r.organization.sector, Sector::kHealthcare);
  EXPECT_EQ(r.organization.country, "US");
  EXPECT_EQ(r.organization.region, "OH");
  EXPECT_EQ(r.incident_date, "2019-03-04");
  EXPECT_FALSE(r.announced_date.has_value());  // month only: kept in the timeline
  ASSERT_EQ(r.timeline.size(), 2u);
  EXPECT_EQ(r.timeline[1].text, std::string(kVerisNoticePartial) + "2019-04");
  EXPECT_EQ(r.affected.records, 1200);
  EXPECT_EQ(r.data_items, (std::vector<DataItem>{DataItem::kHealthInformation, DataItem::kOther}));
  EXPECT_EQ(r.data_items_raw, (std::vector<std::string>{"Medical", "Personal"}));
  ASSERT_EQ(r.sources.size(), 2u);
  EXPECT_EQ(r.sources[1].url, "https://b.example/2");
  EXPECT_EQ(r.title, "Hospital mailed letters to the wrong patients.");
  EXPECT_EQ(item->provenance.kind, "veris");
  EXPECT_EQ(item->provenance.text, kVeris);
}

TEST(VerisImport, RejectsBadInputWithAReason) {
  const struct {
    std::string text, reason;
  } cases[] = {
      {std::string(kVeris.substr(0, 200)), "malformed JSON"},
      {"[]", "not a JSON object"},
      {R"({"schema_version":"1.3.7","action":{"error":{"variety":["Oops"]}},
          "timeline":{"incident":{"year":2019}}})",
       "unknown action.error.variety"},
      {R"({"schema_version":"1.3.7","action":{"error":{"variety":["Loss"]}},
          "timeline":{"incident":{"year":2019,"month":13,"day":45}}})",
       "is not a date"},
      {R"({"schema_version":"1.3.7","action":{"error":{"variety":["Loss"]}},
          "timeline":{"incident":{"year":2019,"month":2,"day":30}}})",
       "does not exist"},
      {R"({"schema_version":"1.3.7","action":{"error":{"variety":["Loss"]}},
          "timeline":{}})",
       "year is missing"},
      {R"({"schema_version":"1.3.7","action":{"error":{"variety":["Loss"]}},
          "timeline":{"incident":{"year":"2019"}}})",
       "not an integer"},
      {R"({"schema_version":"1.3.7","action":{"error":{"variety":["Loss"]}},
          "attribute":{"confidentiality":{"data":[{"variety":"Shoes"}]}},
          "timeline":{"incident":{"year":2019}}})",
       "unknown confidentiality.data variety"},
  };
  for (const auto& c : cases) {
    auto item = VerisToItem("x.json", c.text);
    ASSERT_FALSE(item.ok()) << c.text;
    EXPECT_NE(item.status().message().find(c.reason), std::string::npos) << item.status().message();
  }
}

TEST(VerisMapping, ActionPrecedence) {
  using P = std::pair<std::string, std::string>;
  const struct {
    std::vector<P> actions;
    std::string summary;
    IncidentType want;
  } cases[] = {
      {{{"malware", "Ransomware"}, {"hacking", "Unknown"}}, "", IncidentType::kMalwareRansomware},
      {{{"error", "Misdelivery"}},
       "sent an e-mail to the wrong list",
       IncidentType::kMisdeliveryEmail},
      {{{"error", "Misdelivery"}}, "faxed to a wrong number", IncidentType::kMisdeliveryFax},
      {{{"error", "Loss"}}, "", IncidentType::kLoss},
      {{{"error", "Publishing error"}}, "", IncidentType::kMisconfigurationExposure},
      {{{"error", "Misconfiguration"}}, "", IncidentType::kMisconfigurationExposure},
      {{{"error", "Disposal error"}}, "", IncidentType::kImproperDisposal},
      {{{"physical", "Theft"}, {"hacking", "Unknown"}}, "", IncidentType::kTheft},
      {{{"misuse", "Privilege abuse"}}, "", IncidentType::kInsiderMisuse},
      {{{"hacking", "SQLi"}}, "", IncidentType::kUnauthorizedAccess},
      {{{"social", "Phishing"}}, "", IncidentType::kUnauthorizedAccess},
      {{{"environmental", "Fire"}}, "", IncidentType::kOther},
  };
  for (const auto& c : cases)
    EXPECT_EQ(IncidentTypeFromVeris(c.actions, c.summary), c.want) << c.actions[0].second;
  EXPECT_TRUE(IsVerisActionVariety("hacking", "MitM"));  // 1.3 name
  EXPECT_TRUE(IsVerisActionVariety("hacking", "AitM"));  // 1.4 name
  EXPECT_FALSE(IsVerisActionVariety("error", "Ransomware"));
}

TEST(Mappings, NaicsAndHhsVocabularies) {
  EXPECT_EQ(SectorFromNaics("622110"), Sector::kHealthcare);
  EXPECT_EQ(SectorFromNaics("921190"), Sector::kGovernment);
  EXPECT_EQ(SectorFromNaics("517311"), Sector::kTelecom);
  EXPECT_EQ(SectorFromNaics("541511"), Sector::kIt);
  EXPECT_EQ(SectorFromNaics("000"), std::nullopt);
  EXPECT_EQ(SectorFromNaics("x1"), std::nullopt);
  EXPECT_EQ(*SectorFromHhsEntityType("Health Plan"), Sector::kHealthcare);
  EXPECT_FALSE(SectorFromHhsEntityType("Bakery").ok());
  EXPECT_EQ(*IncidentTypeFromHhs("Loss, Theft", ""), IncidentType::kTheft);
  EXPECT_EQ(*IncidentTypeFromHhs("Hacking/IT Incident", "a Ransomware attack"),
            IncidentType::kMalwareRansomware);
  EXPECT_FALSE(IncidentTypeFromHhs("Alien abduction", "").ok());
  EXPECT_EQ(*DateFromUsDate("04/26/2024"), "2024-04-26");
  for (auto bad : {"13/45/2019", "02/30/2023", "2019-01-01", "1/2/2019", ""})
    EXPECT_FALSE(DateFromUsDate(bad).ok()) << bad;
  EXPECT_EQ(Slug("Bay Oral Surgery & Implant Center"), "bay-oral-surgery-implant-center");
  EXPECT_EQ(StableHash("a"), StableHash("a"));
  EXPECT_NE(StableHash("a"), StableHash("b"));
  EXPECT_EQ(FirstSentence("One. Two."), "One.");
  EXPECT_EQ(Utf8Prefix("日本", 4), "日");
}

constexpr std::string_view kHhsCsv =
    "\"Name of Covered Entity\",\"State\",\"Covered Entity Type\",\"Individuals Affected\","
    "\"Breach Submission Date\",\"Type of Breach\",\"Location of Breached Information\","
    "\"Business Associate Present\",\"Web Description\"\n"
    "\"Clinic, Inc.\",\"WI\",\"Healthcare Provider\",\"13055\",\"04/26/2024\","
    "\"Hacking/IT Incident\",\"Email\",\"No\",\"A \"\"phishing\"\" attack,\nover two lines.\"\n"
    "\"Bad Date\",\"WI\",\"Healthcare "
    "Provider\",\"5\",\"13/45/2019\",\"Theft\",\"Laptop\",\"No\",\"\"\n"
    "\"Bad Type\",\"WI\",\"Healthcare "
    "Provider\",\"5\",\"01/02/2019\",\"Meteor\",\"Laptop\",\"No\",\"\"\n"
    "\"Broken \"quote\",\"WI\"\n"
    "\"Plan\",\"TX\",\"Health Plan\",\"700\",\"01/02/2019\",\"Loss\",\"Paper/Films\",\"No\",\"\"\n";

TEST(HhsImport, ParsesRowsAndReportsBadOnes) {
  Parsed p;
  ImportOptions opts;
  ASSERT_TRUE(ParseInput(Format::kHhs, "t.csv", kHhsCsv, opts, &p).ok());
  EXPECT_EQ(p.read, 5);
  ASSERT_EQ(p.items.size(), 2u);
  const auto& r = p.items[0].incident;
  EXPECT_EQ(r.organization.name, "Clinic, Inc.");
  EXPECT_EQ(r.organization.region, "WI");
  EXPECT_EQ(r.affected.persons, 13055);
  EXPECT_EQ(r.announced_date, "2024-04-26");
  EXPECT_EQ(r.incident_type, IncidentType::kUnauthorizedAccess);
  EXPECT_EQ(r.cause, "A \"phishing\" attack,\nover two lines.");
  EXPECT_EQ(r.id.rfind("hhs-2024-04-26-clinic-inc-", 0), 0u) << r.id;
  EXPECT_NE(p.items[0].provenance.text.find("\"Clinic, Inc.\""), std::string::npos);
  EXPECT_EQ(p.items[0].provenance.text.find("Bad Date"), std::string::npos);
  EXPECT_EQ(p.items[1].incident.incident_type, IncidentType::kLoss);
  ASSERT_EQ(p.skips.size(), 3u);
  EXPECT_EQ(p.skips[0].position, "line 4");
  EXPECT_NE(p.skips[0].reason.find("13/45/2019"), std::string::npos);
  EXPECT_NE(p.skips[1].reason.find("Meteor"), std::string::npos);
  EXPECT_EQ(p.skips[2].position, "line 6");
  // The extractor is not built yet or failed: counted, CSV fields kept.
  EXPECT_LE(p.extract_failed, 1);

  Parsed strict;
  opts.strict = true;
  Status st = ParseInput(Format::kHhs, "t.csv", kHhsCsv, opts, &strict);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("t.csv: line 4"), std::string::npos) << st.message();
}

TEST(ImportReport, TextIsUtf8WhateverTheInputQuoted) {
  // An HHS row whose Type of Breach has a byte that is no UTF-8 ("Thef\xBA", as fuzzing
  // found), in a file whose name has one too.
  const std::string csv =
      "Name of Covered Entity,State,Covered Entity Type,Individuals Affected,Breach Submission "
      "Date,Type of Breach,Location of Breached Information,Business Associate Present,Web "
      "Description\n"
      "Clinic,WI,Healthcare Provider,500,04/26/2024,Thef\xBA,Laptop,No,\n";
  Parsed p;
  ImportOptions opts;
  opts.extract = false;
  ASSERT_TRUE(ParseInput(Format::kHhs, "t\xFF.csv", csv, opts, &p).ok());
  ASSERT_EQ(p.skips.size(), 1u);
  ImportReport report;
  report.skips = p.skips;
  const std::string text = report.ToText();
  EXPECT_NE(text.find("unknown Type of Breach 'Thef\xEF\xBF\xBD'"), std::string::npos) << text;
  EXPECT_NE(text.find("skipped: t\xEF\xBF\xBD.csv: line 2"), std::string::npos) << text;
  EXPECT_EQ(text.find('\xBA'), std::string::npos);
  EXPECT_EQ(text.find('\xFF'), std::string::npos);
}

// Rows are extracted text::kExtractBatch at a time: every row of a file long enough for
// several batches, with bad rows between them, maps as it does in a file of its own,
// and items and skips keep the file's order.
TEST(HhsImport, BatchedRowsMapAsRowsOnTheirOwn) {
  const std::string header(kHhsCsv.substr(0, kHhsCsv.find('\n') + 1));
  const char* const descriptions[] = {
      "A letter containing a member's name and ID number was mailed to the wrong address.",
      "An employee's laptop was stolen from a car. It held names and Social Security numbers.", "",
      "A phishing email gave an attacker access to two mailboxes with dates of birth."};
  std::string csv = header;
  std::vector<std::string> rows;
  // Rows for three batches, two of them bad: one in the second batch, one near the end of
  // the second or the start of the third.
  const int batch = static_cast<int>(text::kExtractBatch);
  const int n = 2 * batch + 16, bad_date = batch + 1, broken = 2 * batch;
  for (int i = 0; i < n; ++i) {
    std::string row;
    if (i == bad_date) {
      row = "\"Bad Date " + std::to_string(i) +
            "\",\"WI\",\"Health Plan\",\"5\",\"13/45/2019\",\"Theft\",\"Laptop\",\"No\",\"\"\n";
    } else if (i == broken) {
      row = "\"Broken \"quote " + std::to_string(i) + "\",\"WI\"\n";
    } else {
      row = "\"Entity " + std::to_string(i) + "\",\"TX\",\"Healthcare Provider\",\"" +
            std::to_string(100 + i) +
            "\",\"01/02/2019\",\"Unauthorized Access/Disclosure\",\"Paper/Films\",\"No\",\"" +
            descriptions[i % 4] + "\"\n";
    }
    rows.push_back(row);
    csv += row;
  }
  Parsed all;
  ASSERT_TRUE(ParseInput(Format::kHhs, "all.csv", csv, {}, &all).ok());
  EXPECT_EQ(all.read, n);
  ASSERT_EQ(all.items.size(), static_cast<size_t>(n - 2));
  ASSERT_EQ(all.skips.size(), 2u);
  // Row i is on line i + 2, after the header line.
  EXPECT_EQ(all.skips[0].position, "line " + std::to_string(bad_date + 2));
  EXPECT_EQ(all.skips[1].position, "line " + std::to_string(broken + 2));
  size_t item = 0;
  for (int i = 0; i < n; ++i) {
    if (i == bad_date || i == broken) continue;
    Parsed one;
    ASSERT_TRUE(ParseInput(Format::kHhs, "all.csv", header + rows[i], {}, &one).ok());
    ASSERT_EQ(one.items.size(), 1u) << i;
    EXPECT_EQ(all.positions[item], "line " + std::to_string(i + 2));
    EXPECT_EQ(all.items[item].incident, one.items[0].incident) << i;
    EXPECT_EQ(all.items[item].provenance, one.items[0].provenance) << i;
    ++item;
  }
  // The extractor ran: a misdirected letter is misdirected mail, not the column's access.
  EXPECT_EQ(all.items[0].incident.incident_type, IncidentType::kMisdeliveryMail);
  EXPECT_EQ(all.items[2].incident.incident_type, IncidentType::kUnauthorizedAccess);
}

TEST(HibpImport, MapsABreach) {
  Parsed p;
  std::string json = R"([{"Name":"Adobe","Title":"Adobe","Domain":"adobe.com",
    "BreachDate":"2013-10-04","AddedDate":"2013-12-04T00:00:00Z","PwnCount":152445165,
    "Description":"In October 2013, <a href=\"x\">Adobe was hacked</a>.",
    "DataClasses":["Email addresses","Password hints","Passwords","Usernames"]},
    {"Name":"Bad","BreachDate":"2019-13-45"}, {"Title":"no name"}])";
  ASSERT_TRUE(ParseInput(Format::kHibp, "b.json", json, {}, &p).ok());
  EXPECT_EQ(p.read, 3);
  ASSERT_EQ(p.items.size(), 1u);
  const auto& r = p.items[0].incident;
  EXPECT_EQ(r.id, "hibp-adobe");
  EXPECT_EQ(r.incident_date, "2013-10-04");
  EXPECT_EQ(r.announced_date, "2013-12-04");
  EXPECT_EQ(r.affected.records, 152445165);
  EXPECT_EQ(r.cause, "In October 2013, Adobe was hacked.");
  EXPECT_EQ(r.incident_type, IncidentType::kUnauthorizedAccess);
  EXPECT_NE(std::find(r.data_items.begin(), r.data_items.end(), DataItem::kEmail),
            r.data_items.end());
  EXPECT_EQ(r.sources[0].url, "https://adobe.com");
  ASSERT_EQ(p.skips.size(), 2u);
  EXPECT_EQ(p.skips[0].position, "[1]");
  EXPECT_EQ(p.skips[1].position, "[2]");

  Parsed truncated;
  ASSERT_TRUE(ParseInput(Format::kHibp, "t.json", json.substr(0, 50), {}, &truncated).ok());
  ASSERT_EQ(truncated.skips.size(), 1u);
  EXPECT_NE(truncated.skips[0].reason.find("malformed JSON"), std::string::npos);

  // 1e400 makes nlohmann throw out_of_range, not parse_error: a skip, not a crash.
  Parsed overflow;
  ASSERT_TRUE(
      ParseInput(Format::kHibp, "o.json", R"([{"Name": "x", "PwnCount": 1e400}])", {}, &overflow)
          .ok());
  ASSERT_EQ(overflow.skips.size(), 1u);
  EXPECT_NE(overflow.skips[0].reason.find("number overflow"), std::string::npos);
}

}  // namespace
}  // namespace leakwatch::interop
