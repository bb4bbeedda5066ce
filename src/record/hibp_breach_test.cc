#include "record/hibp_breach.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <string>

namespace leakwatch::record {
namespace {

Incident Example() {
  Incident i;
  i.id = "2011-10-21-osaka-nishinari-hokensho";
  i.title = "国民健康保険被保険者証の誤送付について";
  i.organization.name = "大阪市西成区役所";
  i.announced_date = "2011-10-21";
  i.incident_date = "2011-10-18";
  i.incident_type = IncidentType::kMisdeliveryMail;
  i.affected.persons = 8;
  i.affected.households = 3;
  i.data_items = {DataItem::kAddress, DataItem::kDateOfBirth, DataItem::kInsuranceNumber,
                  DataItem::kName,    DataItem::kOther,       DataItem::kSex};
  i.cause = "確認が<十分>でなく";
  i.sources.push_back({"http://www.city.osaka.lg.jp/hodoshiryo/nishinari/0000144339.html",
                       std::nullopt, "2011-10-21"});
  return i;
}

TEST(HibpBreach, FieldsInContractOrder) {
  auto b = BreachFromIncident(Example());
  std::vector<std::string> keys;
  for (auto it = b.begin(); it != b.end(); ++it) keys.push_back(it.key());
  const std::vector<std::string> want = {
      "Name",          "Title",       "Domain",      "BreachDate",         "AddedDate",
      "ModifiedDate",  "PwnCount",    "Description", "LogoPath",           "Attribution",
      "DisclosureUrl", "DataClasses", "IsVerified",  "IsFabricated",       "IsSensitive",
      "IsRetired",     "IsSpamList",  "IsMalware",   "IsSubscriptionFree", "IsStealerLog"};
  EXPECT_EQ(keys, want);
}

TEST(HibpBreach, ValuesFromTheIncident) {
  auto b = BreachFromIncident(Example(), 1700000000);
  EXPECT_EQ(b["Name"], "2011-10-21-osaka-nishinari-hokensho");
  EXPECT_EQ(b["Domain"], "city.osaka.lg.jp");
  EXPECT_EQ(b["BreachDate"], "2011-10-18");
  EXPECT_EQ(b["AddedDate"], "2011-10-21T00:00:00Z");
  EXPECT_EQ(b["ModifiedDate"], "2023-11-14T22:13:20Z");
  EXPECT_EQ(b["PwnCount"], 8);
  EXPECT_EQ(b["DataClasses"],
            nlohmann::json({"Dates of birth", "Genders", "Health insurance information", "Names",
                            "Physical addresses"}));
  std::string desc = b["Description"];
  EXPECT_NE(desc.find("&lt;十分&gt;"), std::string::npos) << desc;
  EXPECT_NE(desc.find("/incidents/2011-10-21-osaka-nishinari-hokensho"), std::string::npos);
  EXPECT_EQ(b["IsMalware"], false);
  EXPECT_EQ(b["Attribution"], nullptr);
}

TEST(HibpBreach, MissingFieldsGiveNullsNotGuesses) {
  Incident i;
  i.id = "x";
  i.title = "t";
  i.affected.records = 12;
  i.incident_type = IncidentType::kMalwareRansomware;
  auto b = BreachFromIncident(i);
  EXPECT_EQ(b["Domain"], "");
  EXPECT_EQ(b["BreachDate"], nullptr);
  EXPECT_EQ(b["AddedDate"], nullptr);
  EXPECT_EQ(b["DisclosureUrl"], nullptr);
  EXPECT_EQ(b["PwnCount"], 12);
  EXPECT_EQ(b["IsMalware"], true);
  EXPECT_TRUE(b["DataClasses"].empty());
}

TEST(HibpBreach, ItemsRoundTripThroughClasses) {
  for (DataItem item : AllDataItems()) {
    auto name = HibpDataClass(item);
    if (item == DataItem::kOther) {
      EXPECT_FALSE(name.has_value());
      continue;
    }
    ASSERT_TRUE(name.has_value()) << ToString(item);
    EXPECT_EQ(DataItemFromHibpClass(*name), item) << *name;
  }
  EXPECT_EQ(DataItemFromHibpClass("  email ADDRESSES "), DataItem::kEmail);
  EXPECT_EQ(DataItemFromHibpClass("Astrological signs"), DataItem::kOther);
  EXPECT_EQ(DataItemFromHibpClass(""), DataItem::kOther);
  std::vector<std::string> classes = {"Passwords", "Astrological signs", "Partial credit card data",
                                      "Bios"};
  EXPECT_EQ(DataItemsFromHibpClasses(classes),
            (std::vector<DataItem>{DataItem::kCreditCard, DataItem::kOther, DataItem::kPassword}));
}

// Every class we emit is a real HIBP class name, spelled as in the published list.
TEST(HibpBreach, ClassNamesAreHibpsOwn) {
  const char* src = std::getenv("LEAKWATCH_SOURCE_DIR");
  std::string path = std::string(src ? src : ".") + "/../shared/data/hibp/breaches.json";
  if (const char* shared = std::getenv("LEAKWATCH_SHARED"))
    path = std::string(shared) + "/data/hibp/breaches.json";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "no " << path;
  auto all = nlohmann::json::parse(in);
  std::set<std::string> real;
  for (const auto& b : all)
    for (const auto& c : b["DataClasses"]) real.insert(c.get<std::string>());
  ASSERT_GT(real.size(), 100u);
  for (DataItem item : AllDataItems()) {
    if (auto name = HibpDataClass(item)) {
      EXPECT_TRUE(real.count(std::string(*name))) << *name;
    }
  }
}

}  // namespace
}  // namespace leakwatch::record
