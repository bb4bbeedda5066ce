// Renderer tests on plain records: content, escaping, well-formedness.
#include <gtest/gtest.h>

#include "text/normalize.h"
#include "web/pages.h"
#include "web/svg_chart.h"
#include "web/web_test_util.h"

namespace leakwatch::web {
namespace {

using testing::SampleIncident;
using testing::XmlLint;

const char kHostile[] = "<script>alert(\"x\")</script>' ]]> &amp;";

PageContext Ctx(Lang lang) {
  PageContext c;
  c.lang = lang;
  c.lang_choice.lang = lang;
  c.path = "/search";
  return c;
}

bool Has(const std::string& s, std::string_view needle) {
  return s.find(needle) != std::string::npos;
}

TEST(RenderPage, ShellHasLandmarksAndNoInlineScriptOrStyle) {
  PageContext c = Ctx(Lang::kEn);
  c.query = {{"q", "a&b"}};
  c.scripts = {"/static/check.js"};
  c.section = "stats";
  std::string html = RenderPage(c, kHostile, "<p>body</p>");
  EXPECT_EQ(XmlLint(html), "");
  EXPECT_TRUE(Has(html, "<html lang=\"en\">"));
  EXPECT_TRUE(Has(html, "<main id=\"main\""));
  EXPECT_TRUE(Has(html, "href=\"#main\""));
  EXPECT_TRUE(Has(html, "<nav "));
  EXPECT_TRUE(Has(html, "href=\"/stats\" aria-current=\"page\""));
  EXPECT_TRUE(Has(html, "href=\"/search?q=a%26b&amp;lang=ja\""));  // language switch
  EXPECT_TRUE(Has(html, "<script src=\"/static/check.js\" defer=\"defer\"></script>"));
  EXPECT_FALSE(Has(html, "<script>"));
  EXPECT_FALSE(Has(html, "style="));
  EXPECT_FALSE(Has(html, "<style"));
  EXPECT_TRUE(Has(html, "&lt;script&gt;alert(&quot;x&quot;)"));
  EXPECT_EQ(RenderPage(Ctx(Lang::kJa), "t", "").find("<html lang=\"ja\">") != std::string::npos,
            true);
}

TEST(ErrorPage, StatusAndEscapedMessage) {
  auto r = ErrorPage(Ctx(Lang::kJa), Status::InvalidArgument(kHostile));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(XmlLint(r.body), "");
  EXPECT_FALSE(Has(r.body, "<script>"));
  EXPECT_TRUE(Has(r.body, Label("bad_request_title", Lang::kJa)));
  auto internal = ErrorPage(Ctx(Lang::kEn), Status::Internal("secret path /x"));
  EXPECT_EQ(internal.status, 500);
  EXPECT_FALSE(Has(internal.body, "secret"));
  EXPECT_EQ(ErrorPage(Ctx(Lang::kEn), 404, "gone").status, 404);
}

TEST(RenderHit, EscapesAndHighlights) {
  store::SearchHit hit;
  hit.incident = SampleIncident("id/with space");
  hit.incident.title = kHostile;
  hit.snippet = "前" + std::string(store::kHighlightBegin) + "保険<b>" +
                std::string(store::kHighlightEnd) + "後";
  std::string h = RenderHit(Ctx(Lang::kJa), hit);
  EXPECT_EQ(XmlLint("<ol>" + h + "</ol>"), "");
  EXPECT_TRUE(Has(h, "href=\"/incidents/id%2Fwith%20space\""));
  EXPECT_TRUE(Has(h, "<mark>保険&lt;b&gt;</mark>"));
  EXPECT_FALSE(Has(h, "<script>"));
  EXPECT_TRUE(Has(h, "5 人"));
  // No highlight (no query text): the stated cause stands in for the snippet.
  hit.snippet = "search document start";
  std::string plain = RenderHit(Ctx(Lang::kJa), hit);
  EXPECT_TRUE(Has(plain, "封入後の別職員による確認"));
  EXPECT_FALSE(Has(plain, "search document start"));
}

TEST(RenderSearchBody, FacetsPagingAndEmpty) {
  store::SearchQuery q;
  q.text = "保険";
  q.type = record::IncidentType::kLoss;
  store::SearchPage page;
  page.total = 42;
  page.hits.push_back({SampleIncident(), "snippet", 1.0});
  page.next_cursor = "CUR";
  store::Facets facets;
  facets.type = {{"loss", 30}, {"theft", 12}};
  facets.region = {{"大阪府", 7}};
  facets.year = {{"2023", 5}};
  std::string h = RenderSearchBody(Ctx(Lang::kEn), q, page, facets);
  EXPECT_EQ(XmlLint("<div>" + h + "</div>"), "");
  EXPECT_TRUE(Has(h, "42 results"));
  // A facet link keeps the query and replaces the facet's own parameter.
  EXPECT_TRUE(Has(h, "/search?q=%E4%BF%9D%E9%99%BA&amp;type=theft"));
  EXPECT_TRUE(Has(h, "region=%E5%A4%A7%E9%98%AA%E5%BA%9C"));
  EXPECT_TRUE(Has(h, "from=2023-01-01&amp;to=2023-12-31"));
  EXPECT_TRUE(Has(h, "cursor=CUR"));
  EXPECT_TRUE(Has(h, "rel=\"next\""));
  EXPECT_TRUE(Has(h, "<option value=\"loss\" selected=\"selected\">"));
  EXPECT_TRUE(Has(h, "<label for=\"f-q\">"));
  EXPECT_TRUE(Has(h, "<strong aria-current=\"true\">Relevance</strong>"));
  EXPECT_TRUE(Has(h, "type=loss&amp;sort=date\">Newest</a>"));

  store::SearchPage empty;
  std::string e = RenderSearchBody(Ctx(Lang::kJa), q, empty, store::Facets{});
  EXPECT_TRUE(Has(e, Label("no_results", Lang::kJa)));
  EXPECT_FALSE(Has(e, "rel=\"next\""));
}

TEST(RenderIncidentBody, SectionsInBothLanguagesEscapedAndWellFormed) {
  store::StoredIncident s;
  s.incident = SampleIncident();
  s.incident.cause = kHostile;
  s.incident.sources.push_back({"javascript:alert(1)", "bad", std::nullopt});
  s.reports = {"r-1"};
  s.provenance = {"notice", "n.txt", "港北区役所 <b>誤送付</b>"};
  Related related;
  related.same_type.push_back({SampleIncident("other-1"), "", 0});
  related.same_type.push_back({SampleIncident(), "", 0});  // itself: not listed
  for (Lang lang : {Lang::kJa, Lang::kEn}) {
    std::string h = RenderIncidentBody(Ctx(lang), s, related);
    EXPECT_EQ(XmlLint("<div>" + h + "</div>"), "");
    for (auto key : {"overview", "timeline", "data_items", "cause", "response", "prevention",
                     "contact", "sources", "original_text", "reports", "related"}) {
      EXPECT_TRUE(Has(h, EscapeHtml(Label(key, lang)))) << key;
    }
    EXPECT_FALSE(Has(h, "<script>"));
    EXPECT_FALSE(Has(h, "href=\"javascript:"));
    EXPECT_TRUE(Has(h, "/incidents/other-1"));
    EXPECT_FALSE(Has(h, "href=\"/incidents/2023-06-09-kohoku\""));
    EXPECT_TRUE(Has(h, "&lt;b&gt;誤送付"));
  }
  EXPECT_TRUE(Has(RenderIncidentBody(Ctx(Lang::kJa), s, related), "再発防止策"));
  EXPECT_TRUE(Has(RenderIncidentBody(Ctx(Lang::kEn), s, related), "Prevention"));
}

TEST(RenderEvidenceText, MarksSpansInNormalisedText) {
  // Full-width "１２" becomes "12" under NFKC: offsets are into the NFKC text.
  std::string text = "件数は１２件。原因は<確認不足>。";
  std::string nfkc = "件数は12件。原因は<確認不足>。";
  size_t n = nfkc.find("12"), c = nfkc.find("<確認不足>");
  std::map<std::string, record::Span> ev = {
      {"affected.persons", {static_cast<std::int64_t>(n), static_cast<std::int64_t>(n + 2)}},
      {"cause", {static_cast<std::int64_t>(c), static_cast<std::int64_t>(c + 14)}},
      {"bogus", {500, 900}},    // out of range: skipped
      {"backwards", {10, 3}}};  // empty: skipped
  std::string h = RenderEvidenceText(text, ev);
  EXPECT_EQ(XmlLint("<pre>" + h + "</pre>"), "");
  EXPECT_TRUE(Has(h,
                  "<span class=\"anchor\" id=\"ev-affected.persons\"></span>"
                  "<mark class=\"ev\" title=\"affected.persons\">12</mark>"));
  EXPECT_TRUE(Has(h, "<mark class=\"ev\" title=\"cause\">&lt;確認不足&gt;</mark>"));
  EXPECT_FALSE(Has(h, "ev-bogus"));
}

TEST(RenderEvidenceText, OverlapsAndMidCharacterOffsetsStayWellFormed) {
  std::string text = "あいうえお";  // 3 bytes per character
  std::map<std::string, record::Span> ev = {{"a", {1, 7}}, {"b", {4, 14}}, {"c<x>", {0, 15}}};
  std::string h = RenderEvidenceText(text, ev);
  EXPECT_EQ(XmlLint("<pre>" + h + "</pre>"), "");
  EXPECT_TRUE(Has(h, "id=\"ev-a\""));
  EXPECT_TRUE(Has(h, "id=\"ev-b\""));
  EXPECT_TRUE(Has(h, "id=\"ev-c_x_\""));
  EXPECT_TRUE(Has(h, "title=\"a b c&lt;x&gt;\">いう</mark>"));  // a widened to [0, 9)
}

TEST(ClassifyMeasures, CountsEachIncidentOncePerGroup) {
  std::vector<record::Incident> incs = {SampleIncident("a"), SampleIncident("b"),
                                        SampleIncident("c")};
  incs[1].prevention = {"Staff will receive TRAINING", "Emails will use BCC"};
  incs[1].response = {};
  incs[2].prevention = {"ＢＣＣ送信を徹底する"};  // full-width: NFKC + lower case match "bcc"
  incs[2].response = {};
  auto groups = ClassifyMeasures(incs);
  auto find = [&](std::string_view key) -> const MeasureGroup& {
    for (const auto& g : groups)
      if (g.label_key == key) return g;
    ADD_FAILURE() << key;
    return groups.front();
  };
  EXPECT_EQ(find("m_second_person").incidents.size(), 1u);  // ダブルチェック and 別の職員: once
  EXPECT_EQ(find("m_second_person").incidents[0]->id, "a");
  EXPECT_EQ(find("m_manual").incidents.size(), 1u);
  EXPECT_EQ(find("m_training").incidents.size(), 1u);
  EXPECT_EQ(find("m_bcc").incidents.size(), 2u);
  EXPECT_EQ(find("m_apology").incidents.size(), 1u);  // お詫び in a's response
  EXPECT_EQ(find("m_encryption").incidents.size(), 0u);
  for (const auto& g : groups) EXPECT_TRUE(HasLabel(g.label_key)) << g.label_key;
}

TEST(RenderCasesBody, TableAndNotices) {
  std::vector<record::Incident> incs = {SampleIncident("a"), SampleIncident("b")};
  incs[1].prevention = {"二重確認を行う"};
  store::FacetCounts types = {{"misdelivery_mail", 2}, {"loss", 1}};
  std::string h =
      RenderCasesBody(Ctx(Lang::kEn), record::IncidentType::kMisdeliveryMail, types, incs);
  EXPECT_EQ(XmlLint("<div>" + h + "</div>"), "");
  EXPECT_TRUE(Has(h, "Second-person check</a></th><td>2 / 2</td><td>100%</td>"));
  EXPECT_TRUE(Has(h, "/cases?type=loss"));
  EXPECT_TRUE(Has(h, "<q>二重確認を行う</q>"));
  std::string chooser = RenderCasesBody(Ctx(Lang::kJa), std::nullopt, types, {});
  EXPECT_TRUE(Has(chooser, "郵便物の誤送付"));
  EXPECT_FALSE(Has(chooser, "<table"));
}

TEST(RenderStatsBody, ChartsWithTables) {
  store::Statistics st;
  st.incidents = 3;
  st.persons_affected = 1500;
  st.per_year_type = {{2020, {{"loss", 1}}}, {2023, {{"loss", 1}, {"theft", 1}}}};
  st.persons_per_year = {{2022, 500}, {2023, 1000}};
  st.per_item = {{"name", 3}, {"address", 2}};
  st.per_sector = {{"healthcare", 2}};
  st.per_region = {{"<大阪府>", 1}};
  std::string h = RenderStatsBody(Ctx(Lang::kJa), st);
  EXPECT_EQ(XmlLint("<div>" + h + "</div>"), "");
  EXPECT_EQ(std::count(h.begin(), h.end(), '\0'), 0);
  size_t svgs = 0, tables = 0;
  for (size_t p = 0; (p = h.find("<svg", p)) != std::string::npos; ++p) ++svgs;
  for (size_t p = 0; (p = h.find("<table", p)) != std::string::npos; ++p) ++tables;
  EXPECT_EQ(svgs, 5u);
  EXPECT_EQ(tables, 5u);
  EXPECT_TRUE(Has(h, "1,500"));
  EXPECT_TRUE(Has(h, "&lt;大阪府&gt;"));
  EXPECT_TRUE(Has(h, "<th scope=\"row\">2023</th><td>1</td><td>1</td><td>2</td>"));
  // Years without incidents are on the axis and in the table, as zero.
  EXPECT_TRUE(Has(h, "<th scope=\"row\">2021</th><td>0</td><td>0</td><td>0</td>"));
  std::string none = RenderStatsBody(Ctx(Lang::kEn), store::Statistics{});
  EXPECT_TRUE(Has(none, "No data."));
}

TEST(SvgChart, NiceCeiling) {
  EXPECT_EQ(NiceCeiling(0), 1);
  EXPECT_EQ(NiceCeiling(7), 10);
  EXPECT_EQ(NiceCeiling(11), 20);
  EXPECT_EQ(NiceCeiling(450), 500);
  EXPECT_EQ(NiceCeiling(1000), 1000);
}

TEST(RenderAtomFeed, ValidAtomWithEscaping) {
  store::SearchPage page;
  auto inc = SampleIncident("a&b");
  inc.title = kHostile;
  page.hits.push_back(
      {inc,
       std::string(store::kHighlightBegin) + "保険" + std::string(store::kHighlightEnd) + "]]>",
       1});
  page.hits.push_back({SampleIncident("undated"), "", 0});
  page.hits.back().incident.announced_date.reset();
  page.hits.back().incident.incident_date.reset();
  std::string x = RenderAtomFeed("http://127.0.0.1:8080", "/feeds/incidents.atom?q=%E4%BF%9D",
                                 "leakwatch q=保険", page);
  std::string schema =
      std::string(std::getenv("LEAKWATCH_SOURCE_DIR") ? std::getenv("LEAKWATCH_SOURCE_DIR") : ".") +
      "/tests/browser/atom.rng";
  EXPECT_EQ(XmlLint(x, schema), "");
  EXPECT_TRUE(Has(x, "<updated>2023-06-09T00:00:00Z</updated>"));
  EXPECT_TRUE(Has(x, "<updated>1970-01-01T00:00:00Z</updated>"));
  EXPECT_TRUE(Has(x, "href=\"http://127.0.0.1:8080/incidents/a%26b\""));
  EXPECT_TRUE(Has(x, "<id>tag:leakwatch,2026:incidents/a%26b</id>"));
  EXPECT_FALSE(Has(x, "\xEE\x80\x80"));
  EXPECT_FALSE(Has(x, "<script>"));
  EXPECT_TRUE(Has(x, "保険]]&gt;"));
  // An empty feed is still valid.
  EXPECT_EQ(XmlLint(RenderAtomFeed("http://h", "/feeds/incidents.atom", "t", {}), schema), "");
}

}  // namespace
}  // namespace leakwatch::web

namespace leakwatch::web {
namespace {

TEST(XmlLint, RejectsMalformedAndInvalid) {
  EXPECT_NE(testing::XmlLint("<p><b></p>"), "");
  EXPECT_NE(testing::XmlLint("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>",
                             std::string(std::getenv("LEAKWATCH_SOURCE_DIR")
                                             ? std::getenv("LEAKWATCH_SOURCE_DIR")
                                             : ".") +
                                 "/tests/browser/atom.rng"),
            "");
}

}  // namespace
}  // namespace leakwatch::web
