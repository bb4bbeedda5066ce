#include "text/extract/places.h"

#include <gtest/gtest.h>

#include <random>

#include "text/extract/gazetteer.h"
#include "text/random_pieces_test_util.h"

namespace leakwatch::text {
namespace {

TEST(Gazetteer, CoversJapanAndUs) {
  const Gazetteer& g = Gazetteer::Get();
  EXPECT_EQ(g.prefecture_count(), 47u);
  EXPECT_GT(g.municipality_count(), 1700u);
  EXPECT_EQ(g.UsStates().size(), 56u);  // 50 states, DC, 5 territories
  EXPECT_TRUE(g.IsPrefecture("北海道"));
  EXPECT_NE(g.Ward("大阪市", "西成区"), nullptr);
  EXPECT_EQ(g.Ward("京都市", "西成区"), nullptr);
  EXPECT_EQ(g.ByName("府中市").size(), 2u);  // 東京都 and 広島県
}

struct PlaceCase {
  const char* text;
  std::string region, locality;  // of the first mention
};

TEST(Places, FirstMention) {
  const PlaceCase cases[] = {
      {"大阪市西成区役所窓口サービス課", "大阪府", "大阪市西成区"},
      {"西成区役所", "大阪府", "大阪市西成区"},
      {"北海道紋別郡遠軽町", "北海道", ""},
      {"遠軽町役場", "北海道", "遠軽町"},
      {"東京都千代田区", "東京都", ""},
      {"府中市役所", "", "府中市"},
      {"広島県の府中市", "広島県", ""},
      {"京都府京都市左京区", "京都府", ""},
      {"横浜市", "神奈川県", "横浜市"},
  };
  for (const PlaceCase& c : cases) {
    std::vector<PlaceMention> m = FindJpPlaces(c.text);
    ASSERT_FALSE(m.empty()) << c.text;
    EXPECT_EQ(m[0].region, c.region) << c.text;
    EXPECT_EQ(m[0].locality, c.locality) << c.text;
  }
  // 府中市 settled by a prefecture elsewhere in the text.
  std::vector<PlaceMention> m = FindJpPlaces("広島県の府中市");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].region, "広島県");
  EXPECT_TRUE(FindJpPlaces("個人情報の誤送付").empty());
  // Each of the eight suffixes ends a name (村 too), and a name needs one.
  for (const char* text :
       {"中札内村", "広島県", "北海道", "東京都", "大阪府", "西成区", "遠軽町", "横浜市"})
    EXPECT_EQ(FindJpPlaces(text).size(), 1u) << text;
  EXPECT_TRUE(FindJpPlaces("中札内").empty());
}

TEST(Places, FromUrl) {
  const std::tuple<const char*, std::string, std::string> cases[] = {
      {"http://www.city.osaka.lg.jp/hodoshiryo/nishinari/0000144339.html", "大阪府", "大阪市"},
      {"https://www.pref.osaka.lg.jp/x.html", "大阪府", ""},
      {"https://www.city.yokohama.lg.jp/", "神奈川県", "横浜市"},
      {"https://www.city.kawasaki.jp/", "神奈川県", "川崎市"},
      // A town or village host names its prefecture.
      {"https://www.town.kamikawa.hokkaido.jp/kurashi/1.html", "北海道", ""},
      {"https://www.vill.hakuba.nagano.jp/", "長野県", ""},
      // Tokyo's own host, and a bureau's under it.
      {"https://www.fukushi.metro.tokyo.lg.jp/documents/a.pdf", "東京都", ""},
  };
  for (const auto& [url, region, locality] : cases) {
    std::optional<PlaceMention> p = PlaceFromUrl(url);
    ASSERT_TRUE(p.has_value()) << url;
    EXPECT_EQ(p->region, region) << url;
    EXPECT_EQ(p->locality, locality) << url;
  }
  EXPECT_FALSE(PlaceFromUrl("https://example.com/a").has_value());
  EXPECT_FALSE(PlaceFromUrl("").has_value());
  EXPECT_FALSE(PlaceFromUrl("https://www.town.kamikawa.lg.jp/").has_value());
}

TEST(Places, JpPrefectureInEnglish) {
  // English versions of Japanese releases (dev53, dev59): the prefecture as written, a city
  // the gazetteer knows by its romaji, an address's ward then its prefecture.
  const std::pair<const char*, std::string> cases[] = {
      {"Press Release\nJuly 10, Reiwa 6 (2024)\nHamamatsu City, Shizuoka Prefecture\n",
       "Shizuoka Prefecture"},
      {"Board of Education of Kumamoto City\nJanuary 20, Reiwa 7 (2025)\n", "Kumamoto Prefecture"},
      {"Sapporo City Kita Ward Office, Hokkaido\n", "Hokkaido"},
      {"Head office: 2-4-11 Shibaura, Minato-ku, Tokyo\n", "Tokyo"},
      {"Fukuoka Prefecture published on its website a list.\n", "Fukuoka Prefecture"},
      {"The Hyōgo Prefecture office\n", "Hyogo Prefecture"},
  };
  for (const auto& [text, region] : cases) {
    std::optional<PlaceMention> p = FindJpPrefectureInEnglish(text);
    ASSERT_TRUE(p.has_value()) << text;
    EXPECT_EQ(p->region, region) << text;
  }
  // A US city, and a Japanese city's name in a text not about Japan.
  EXPECT_FALSE(FindJpPrefectureInEnglish("Kansas City, Missouri\n").has_value());
  EXPECT_FALSE(FindJpPrefectureInEnglish("Osaka City Grill, Portland, Oregon\n").has_value());
  EXPECT_FALSE(FindJpPrefectureInEnglish("").has_value());
  EXPECT_EQ(PrefectureInEnglish("静岡県"), "Shizuoka Prefecture");
  EXPECT_EQ(PrefectureInEnglish("東京都"), "Tokyo");
  EXPECT_EQ(PrefectureInEnglish("北海道"), "Hokkaido");
  EXPECT_EQ(PrefectureInEnglish("浜松市"), "");
}

TEST(Places, UsStates) {
  std::vector<PlaceMention> m =
      FindUsStates("Acme Health, based in Sacramento, CA 95814, and Nevada");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].region, "California");
  EXPECT_EQ(m[1].region, "Nevada");
  EXPECT_TRUE(FindUsStates("no state here, OK?").size() <= 1);
  // A form's state field.
  // A service corporation's "S.C." after a firm's name is no state; after a city it is.
  m = FindUsStates("Lakeshore Family Dental, S.C., a dental practice in Madison, Wisconsin");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].region, "Wisconsin");
  m = FindUsStates("a clinic in Columbia, S.C., reported");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].region, "South Carolina");
  m = FindUsStates("Entity: Acme Dental\nState: NV\nType: Provider");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].region, "Nevada");
}

TEST(Places, NextStateFormScanEqualsSearch) {
  // (The scan looks for a name only at a capital.)
  for (const UsState& s : Gazetteer::Get().UsStates())
    EXPECT_TRUE(!s.name.empty() && s.name[0] >= 'A' && s.name[0] <= 'Z') << s.name;
  // The forms' pieces and their near misses: names inside words and after "_" or a digit,
  // codes, AP abbreviations, a form's field, line breaks, non-ASCII bytes.
  const std::string_view pieces[] = {"Kansas",
                                     "Arkansas",
                                     "Virginia",
                                     "West Virginia",
                                     "New York",
                                     "New",
                                     " ",
                                     ", ",
                                     ",",
                                     "CA",
                                     " 95814",
                                     "Ala.",
                                     "W.Va.",
                                     "S.C.",
                                     ".",
                                     "\n",
                                     "State",
                                     ", or the US",
                                     ": ",
                                     "NV",
                                     "a",
                                     "_",
                                     "9",
                                     "\xC3\xA9",
                                     "Texas Avenue",
                                     "Washington, D.C.",
                                     "Guam",
                                     "Puerto Rico",
                                     "Ore"};
  std::mt19937 rng(23);
  for (int round = 0; round < 4000; ++round) {
    const std::string t = JoinRandomPieces(rng, pieces, rng() % 14);
    for (size_t pos = 0; pos <= t.size() + 1; ++pos)
      ASSERT_EQ(NextStateForm(t, pos, true), NextStateForm(t, pos, false)) << t << " @" << pos;
  }
  for (std::string_view t :
       {"State: NV\nType: Provider", "Entity: Acme\nState, or Country if outside the US: NH\n",
        "EUGENE, Ore., and Sacramento, CA 95814, and Nevada.", ""})
    for (size_t pos = 0; pos <= t.size(); ++pos)
      EXPECT_EQ(NextStateForm(t, pos, true), NextStateForm(t, pos, false)) << t << " @" << pos;
}

}  // namespace
}  // namespace leakwatch::text
