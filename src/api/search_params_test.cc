#include "api/search_params.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace leakwatch::api {
namespace {

Request MakeRequest(std::vector<std::pair<std::string, std::string>> query) {
  Request r;
  r.method = "GET";
  r.path = "/api/v1/incidents";
  r.query = std::move(query);
  return r;
}

TEST(SearchParamsTest, DefaultsWithoutParameters) {
  auto q = ParseSearchParams(MakeRequest({}));
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->text, "");
  EXPECT_FALSE(q->type.has_value());
  EXPECT_EQ(q->sort, store::SortOrder::kRelevance);
  EXPECT_EQ(q->limit, 20);
  EXPECT_EQ(q->cursor, "");
}

TEST(SearchParamsTest, EveryParameterParsed) {
  auto q = ParseSearchParams(MakeRequest({{"q", "保険 証"},
                                          {"type", "loss"},
                                          {"sector", "healthcare"},
                                          {"country", "jp"},
                                          {"region", "東京都"},
                                          {"item", "insurance_number"},
                                          {"from", "2020-01-01"},
                                          {"to", "2020-12-31"},
                                          {"min_affected", "100"},
                                          {"org", "大阪市"},
                                          {"sort", "size"},
                                          {"limit", "100"},
                                          {"cursor", "abc"}}));
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->text, "保険 証");
  EXPECT_EQ(q->type, record::IncidentType::kLoss);
  EXPECT_EQ(q->sector, record::Sector::kHealthcare);
  EXPECT_EQ(q->country, "JP");
  EXPECT_EQ(q->region, "東京都");
  EXPECT_EQ(q->item, record::DataItem::kInsuranceNumber);
  EXPECT_EQ(q->from, "2020-01-01");
  EXPECT_EQ(q->to, "2020-12-31");
  EXPECT_EQ(q->min_affected, 100);
  EXPECT_EQ(q->organization, "大阪市");
  EXPECT_EQ(q->sort, store::SortOrder::kSizeDesc);
  EXPECT_EQ(q->limit, 100);
  EXPECT_EQ(q->cursor, "abc");
}

TEST(SearchParamsTest, SortNames) {
  const std::pair<const char*, store::SortOrder> cases[] = {
      {"relevance", store::SortOrder::kRelevance},
      {"date", store::SortOrder::kDateDesc},
      {"date_asc", store::SortOrder::kDateAsc},
      {"size", store::SortOrder::kSizeDesc},
  };
  for (const auto& [name, sort] : cases) {
    auto q = ParseSearchParams(MakeRequest({{"sort", name}}));
    ASSERT_TRUE(q.ok()) << name;
    EXPECT_EQ(q->sort, sort) << name;
    EXPECT_EQ(SortName(sort), name);
  }
}

TEST(SearchParamsTest, EmptyValuesAreAbsent) {
  auto q = ParseSearchParams(
      MakeRequest({{"type", ""}, {"from", ""}, {"limit", ""}, {"sort", ""}, {"country", ""}}));
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_FALSE(q->type.has_value());
  EXPECT_FALSE(q->from.has_value());
  EXPECT_FALSE(q->country.has_value());
  EXPECT_EQ(q->limit, 20);
}

struct BadCase {
  const char* name;
  const char* value;
};

TEST(SearchParamsTest, BadValuesNameTheParameter) {
  const BadCase cases[] = {
      {"type", "lost"},        {"type", "LOSS"},
      {"sector", "banks"},     {"item", "names"},
      {"country", "JPN"},      {"country", "J1"},
      {"from", "2020-13-01"},  {"from", "2020-02-30"},
      {"to", "yesterday"},     {"to", "2020-1-1"},
      {"min_affected", "-1"},  {"min_affected", "12x"},
      {"min_affected", "1e3"}, {"min_affected", "99999999999999999999"},
      {"sort", "newest"},      {"limit", "0"},
      {"limit", "101"},        {"limit", "ten"},
      {"limit", " 5"},         {"limit", "5 "},
  };
  for (const auto& c : cases) {
    auto q = ParseSearchParams(MakeRequest({{c.name, c.value}}));
    ASSERT_FALSE(q.ok()) << c.name << "=" << c.value;
    EXPECT_EQ(q.status().code(), StatusCode::kInvalidArgument) << c.name;
    EXPECT_NE(q.status().message().find(std::string("'") + c.name + "'"), std::string::npos)
        << q.status().message();
  }
}

TEST(SearchParamsTest, FromAfterToRejected) {
  auto q = ParseSearchParams(MakeRequest({{"from", "2021-01-01"}, {"to", "2020-01-01"}}));
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.status().message().find("'from'"), std::string::npos);
}

TEST(SearchParamsTest, LongValueShortenedInMessage) {
  auto q = ParseSearchParams(MakeRequest({{"type", std::string(5000, 'x')}}));
  ASSERT_FALSE(q.ok());
  EXPECT_LT(q.status().message().size(), 200u);
}

TEST(SearchParamsTest, FirstValueWins) {
  auto q = ParseSearchParams(MakeRequest({{"type", "loss"}, {"type", "theft"}}));
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->type, record::IncidentType::kLoss);
}

TEST(SearchParamsTest, RoundTripThroughSearchParamsOf) {
  auto q = ParseSearchParams(MakeRequest({{"q", "誤送"},
                                          {"type", "misdelivery_email"},
                                          {"country", "US"},
                                          {"min_affected", "5"},
                                          {"sort", "date"},
                                          {"limit", "50"}}));
  ASSERT_TRUE(q.ok());
  auto again = ParseSearchParams(MakeRequest(SearchParamsOf(*q)));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->text, q->text);
  EXPECT_EQ(again->type, q->type);
  EXPECT_EQ(again->country, q->country);
  EXPECT_EQ(again->min_affected, q->min_affected);
  EXPECT_EQ(again->sort, q->sort);
  EXPECT_EQ(again->limit, q->limit);
  EXPECT_TRUE(SearchParamsOf(store::SearchQuery{}).empty());
}

}  // namespace
}  // namespace leakwatch::api
