#include "web/i18n.h"

#include <gtest/gtest.h>

#include <set>

namespace leakwatch::web {
namespace {

api::Request Req(std::vector<std::pair<std::string, std::string>> query,
                 std::map<std::string, std::string> headers = {}) {
  api::Request r;
  r.method = "GET";
  r.path = "/";
  r.query = std::move(query);
  r.headers = std::move(headers);
  return r;
}

TEST(ChooseLang, LinkBeatsCookieBeatsAcceptLanguage) {
  auto by_link = ChooseLang(Req({{"lang", "en"}}, {{"cookie", "lang=ja"}}));
  EXPECT_EQ(by_link.lang, Lang::kEn);
  EXPECT_TRUE(by_link.from_link);
  auto by_cookie = ChooseLang(Req({}, {{"cookie", "a=b; lang=en"}, {"accept-language", "ja"}}));
  EXPECT_EQ(by_cookie.lang, Lang::kEn);
  EXPECT_FALSE(by_cookie.from_link);
  auto by_header = ChooseLang(Req({}, {{"accept-language", "fr-FR, en-US;q=0.8, ja;q=0.5"}}));
  EXPECT_EQ(by_header.lang, Lang::kEn);
  EXPECT_EQ(ChooseLang(Req({}, {{"accept-language", "en;q=0.3, ja-JP"}})).lang, Lang::kJa);
  EXPECT_EQ(ChooseLang(Req({})).lang, Lang::kJa);
  // Unknown values are ignored.
  EXPECT_EQ(ChooseLang(Req({{"lang", "<x>"}}, {{"cookie", "lang=en"}})).lang, Lang::kEn);
  EXPECT_EQ(ChooseLang(Req({}, {{"accept-language", ";q=;,,"}})).lang, Lang::kJa);
}

TEST(ApplyLangCookie, OnlyWhenSwitchedByLink) {
  api::Response r;
  ApplyLangCookie({Lang::kEn, false}, &r);
  EXPECT_TRUE(r.headers.empty());
  ApplyLangCookie({Lang::kEn, true}, &r);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0].first, "Set-Cookie");
  EXPECT_EQ(r.headers[0].second.rfind("lang=en;", 0), 0u);
}

TEST(Labels, EveryLabelInBothLanguagesAndKeysUnique) {
  std::set<std::string_view> keys;
  for (const auto& e : AllLabels()) {
    EXPECT_TRUE(keys.insert(e.key).second) << "duplicate " << e.key;
    EXPECT_FALSE(e.ja.empty()) << e.key;
    EXPECT_FALSE(e.en.empty()) << e.key;
  }
  EXPECT_EQ(Label("nav_search", Lang::kJa), "検索");
  EXPECT_EQ(Label("nav_search", Lang::kEn), "Search");
  EXPECT_EQ(Label("no_such_key", Lang::kEn), "no_such_key");
}

TEST(Labels, EveryVocabularyValueHasLabels) {
  for (auto t : record::AllIncidentTypes())
    EXPECT_TRUE(HasLabel("type." + std::string(record::ToString(t)))) << record::ToString(t);
  for (auto s : record::AllSectors())
    EXPECT_TRUE(HasLabel("sector." + std::string(record::ToString(s)))) << record::ToString(s);
  for (auto i : record::AllDataItems())
    EXPECT_TRUE(HasLabel("item." + std::string(record::ToString(i)))) << record::ToString(i);
  EXPECT_EQ(TypeLabel(record::IncidentType::kLoss, Lang::kJa), "紛失");
  EXPECT_EQ(TypeLabel("misdelivery_email", Lang::kEn), "Misdirected email");
  EXPECT_EQ(TypeLabel("bogus", Lang::kEn), "bogus");
}

TEST(FormatCount, GroupsThousands) {
  EXPECT_EQ(FormatCount(0), "0");
  EXPECT_EQ(FormatCount(1234567), "1,234,567");
  EXPECT_EQ(FormatCount(-1000), "-1,000");
}

}  // namespace
}  // namespace leakwatch::web
