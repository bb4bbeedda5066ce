// Handler tests on a real SQLite store in a temporary file: every page route,
// status codes, escaping and well-formedness.
#include "web/pages.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/result_cache.h"
#include "web/routes.h"
#include "web/web_test_util.h"

namespace leakwatch::web {
namespace {

using testing::SampleIncident;
using testing::XmlLint;

std::string AtomSchema() {
  const char* dir = std::getenv("LEAKWATCH_SOURCE_DIR");
  return std::string(dir ? dir : ".") + "/tests/browser/atom.rng";
}

bool Has(const std::string& s, std::string_view needle) {
  return s.find(needle) != std::string::npos;
}

class PagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lw_web_pages_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto opened = store::Open((dir_ / "t.db").string());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    services_.store = store_.get();

    std::vector<store::IngestItem> batch;
    record::Incident a = SampleIncident("2023-06-09-kohoku");
    std::string notice = "港北区役所 保険証の誤送付。対象は５人。";
    std::string nfkc = "港北区役所 保険証の誤送付。対象は5人。";
    auto at = static_cast<std::int64_t>(nfkc.find("5人"));
    a.evidence["affected.persons"] = {at, at + 1};
    batch.push_back({a, {"notice", "a.txt", notice}});
    record::Incident b = SampleIncident("2022-01-10-hostile");
    b.title = "<script>alert('t')</script> 保険 ]]>";
    b.incident_type = record::IncidentType::kLoss;
    b.announced_date = "2022-01-10";
    b.prevention = {"USBメモリを暗号化する"};
    batch.push_back({b, {"record", "b.json", "{}"}});
    record::Incident c = SampleIncident("2024-03-01-clinic");
    c.language = record::Language::kEn;
    c.title = "Notice of data security incident";
    c.organization = {"Cedar Clinic", record::Sector::kHealthcare, "US", "Oregon", std::nullopt};
    c.incident_type = record::IncidentType::kMalwareRansomware;
    c.announced_date = "2024-03-01";
    c.affected.persons = 1200;
    c.data_items = {record::DataItem::kHealthInformation};
    c.data_items_raw = {"medical records"};
    c.cause = "Ransomware encrypted the clinic's servers.";
    c.timeline = {};
    c.response = {"Notified the FBI"};
    c.prevention = {"Multi-factor authentication"};
    c.contact = "1-800-555-0100";
    c.sources = {};
    batch.push_back({c, {"notice", "c.txt", "Cedar Clinic ransomware notice"}});
    store::PutSummary summary;
    Status put = store_->Put(batch, &summary);
    ASSERT_TRUE(put.ok()) << put.ToString();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Calls the handler the route table has for `pattern`.
  api::Response Call(std::string_view pattern, std::string path, api::Request request = {}) {
    request.method = "GET";
    request.path = std::move(path);
    for (const auto& route : PageRoutes())
      if (route.pattern == pattern) {
        api::Response r = route.handler(services_, request);
        r.FlattenBody();  // a page from the page cache comes as a shared tail
        return r;
      }
    ADD_FAILURE() << "no route " << pattern;
    return {};
  }
  api::Response Page(std::string_view pattern, std::string path,
                     std::vector<std::pair<std::string, std::string>> query = {},
                     std::map<std::string, std::string> params = {}) {
    api::Request r;
    r.query = std::move(query);
    r.path_params = std::move(params);
    r.headers["host"] = "127.0.0.1:8080";
    return Call(pattern, std::move(path), std::move(r));
  }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  api::Services services_;
};

TEST_F(PagesTest, PagesComeFromThePageCacheUntilTheStoreChanges) {
  store::ResultCache<api::CachedBody> cache(16);
  services_.page_cache = &cache;
  const std::string id = "2024-03-01-clinic", path = "/incidents/" + id;
  auto view = [&] { return Page("/incidents/{id}", path, {}, {{"id", id}}); };
  ASSERT_EQ(view().status, 200);
  // Plant a marker where the rendered page is kept: the next view serves it.
  auto generation = store_->Generation();
  ASSERT_TRUE(generation.ok());
  cache.Insert(
      "ja|" + path, *generation,
      std::make_shared<const api::CachedBody>(api::CachedBody{"cached-marker", "W/\"m\""}));
  EXPECT_EQ(view().body, "cached-marker");
  // Another language is another page.
  api::Request en;
  en.path_params = {{"id", id}};
  en.headers["accept-language"] = "en";
  EXPECT_NE(Call("/incidents/{id}", path, en).body, "cached-marker");
  // A change to the store drops what was rendered before it.
  auto stored = store_->Get(id);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  store::IngestItem changed{(*stored)->incident, (*stored)->provenance};
  changed.incident.title = "Changed title of the clinic notice";
  ASSERT_TRUE(store_->Put(std::span(&changed, 1), nullptr).ok());
  auto after = view();
  EXPECT_EQ(after.status, 200);
  EXPECT_TRUE(Has(after.body, "Changed title of the clinic notice"));
}

TEST_F(PagesTest, HomeListsLatestAndCounts) {
  auto r = Page("/", "/");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(XmlLint(r.body), "");
  EXPECT_TRUE(Has(r.body, "Notice of data security incident"));
  EXPECT_TRUE(Has(r.body, "<dd>3</dd>"));
  EXPECT_FALSE(Has(r.body, "<script>alert"));
  EXPECT_TRUE(Has(r.body, "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"));
}

TEST_F(PagesTest, SearchFindsJapaneseWithFacetsAndRejectsBadParams) {
  auto r = Page("/search", "/search", {{"q", "保険"}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(XmlLint(r.body), "");
  EXPECT_TRUE(Has(r.body, "/incidents/2023-06-09-kohoku"));
  EXPECT_FALSE(Has(r.body, "/incidents/2024-03-01-clinic\""));
  EXPECT_TRUE(Has(r.body, "<mark>"));
  EXPECT_TRUE(Has(r.body, "type=loss"));  // facet link
  EXPECT_TRUE(Has(r.body, "/feeds/incidents.atom?q="));

  auto loss = Page("/search", "/search", {{"q", "保険"}, {"type", "loss"}});
  EXPECT_EQ(loss.status, 200);
  EXPECT_TRUE(Has(loss.body, "/incidents/2022-01-10-hostile"));
  EXPECT_FALSE(Has(loss.body, "/incidents/2023-06-09-kohoku\""));

  auto none = Page("/search", "/search", {{"q", "存在しない語句"}});
  EXPECT_EQ(none.status, 200);
  EXPECT_TRUE(Has(none.body, EscapeHtml(Label("no_results", Lang::kJa))));

  for (auto bad : std::vector<std::pair<std::string, std::string>>{{"type", "<script>"},
                                                                   {"from", "yesterday"},
                                                                   {"cursor", "not-a-cursor"},
                                                                   {"limit", "0"}}) {
    auto b = Page("/search", "/search", {bad});
    EXPECT_EQ(b.status, 400) << bad.first;
    EXPECT_EQ(b.content_type, "text/html; charset=utf-8");
    EXPECT_EQ(XmlLint(b.body), "") << bad.first;
    EXPECT_FALSE(Has(b.body, "<script>"));
  }
}

TEST_F(PagesTest, SearchPagesWithCursor) {
  auto first = Page("/search", "/search", {{"limit", "1"}, {"sort", "date"}});
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(Has(first.body, "/incidents/2024-03-01-clinic"));
  size_t at = first.body.find("cursor=");
  ASSERT_NE(at, std::string::npos);
  size_t end = first.body.find('"', at);
  std::string cursor = first.body.substr(at + 7, end - at - 7);
  // The link is HTML-escaped and percent-encoded; the cursor is URL-safe here.
  auto second = Page("/search", "/search", {{"limit", "1"}, {"sort", "date"}, {"cursor", cursor}});
  EXPECT_EQ(second.status, 200) << cursor;
  EXPECT_TRUE(Has(second.body, "/incidents/2023-06-09-kohoku"));
}

TEST_F(PagesTest, IncidentPageSectionsEvidenceRelatedAnd404) {
  auto r =
      Page("/incidents/{id}", "/incidents/2023-06-09-kohoku", {}, {{"id", "2023-06-09-kohoku"}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(XmlLint(r.body), "");
  EXPECT_TRUE(Has(r.body, "再発防止策"));
  EXPECT_TRUE(Has(r.body, "href=\"#ev-affected.persons\""));
  EXPECT_TRUE(Has(r.body,
                  "id=\"ev-affected.persons\"></span><mark class=\"ev\" "
                  "title=\"affected.persons\">5</mark>"));
  // Related by organisation and region: the hostile record shares both.
  EXPECT_TRUE(Has(r.body, "/incidents/2022-01-10-hostile"));

  auto en = Page("/incidents/{id}", "/incidents/2023-06-09-kohoku", {{"lang", "en"}},
                 {{"id", "2023-06-09-kohoku"}});
  EXPECT_TRUE(Has(en.body, "<html lang=\"en\">"));
  EXPECT_TRUE(Has(en.body, "Prevention"));
  bool cookie = false;
  for (const auto& [k, v] : en.headers) cookie |= k == "Set-Cookie" && v.starts_with("lang=en");
  EXPECT_TRUE(cookie);

  auto missing = Page("/incidents/{id}", "/incidents/nope", {}, {{"id", "<nope>"}});
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(XmlLint(missing.body), "");
}

TEST_F(PagesTest, CasesAndStats) {
  auto cases = Page("/cases", "/cases", {{"type", "misdelivery_mail"}});
  EXPECT_EQ(cases.status, 200);
  EXPECT_EQ(XmlLint(cases.body), "");
  EXPECT_TRUE(Has(cases.body, "複数人での確認</a></th><td>1 / 1</td>"));
  EXPECT_EQ(Page("/cases", "/cases", {{"type", "lost"}}).status, 400);
  auto chooser = Page("/cases", "/cases");
  EXPECT_EQ(chooser.status, 200);
  EXPECT_TRUE(Has(chooser.body, "/cases?type=loss"));

  auto stats = Page("/stats", "/stats");
  EXPECT_EQ(stats.status, 200);
  EXPECT_EQ(XmlLint(stats.body), "");
  EXPECT_TRUE(Has(stats.body, "<svg"));
  EXPECT_TRUE(Has(stats.body, "<th scope=\"row\">2024</th>"));
}

TEST_F(PagesTest, FeedIsValidAtom) {
  auto r = Page("/feeds/incidents.atom", "/feeds/incidents.atom", {{"q", "保険"}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/atom+xml; charset=utf-8");
  EXPECT_EQ(XmlLint(r.body, AtomSchema()), "");
  EXPECT_TRUE(Has(r.body, "http://127.0.0.1:8080/incidents/2023-06-09-kohoku"));
  EXPECT_FALSE(Has(r.body, "2024-03-01-clinic"));
  auto typed = Page("/feeds/incidents.atom", "/feeds/incidents.atom",
                    {{"q", "保険"}, {"type", "loss"}, {"lang", "en"}});
  EXPECT_TRUE(Has(typed.body, "<title>leakwatch: 保険 · Type: Loss</title>"));
  EXPECT_TRUE(Has(typed.body, "/incidents/2022-01-10-hostile"));
  EXPECT_EQ(Page("/feeds/incidents.atom", "/feeds/incidents.atom", {{"sector", "x"}}).status, 400);
}

TEST_F(PagesTest, StyleSheetIsCompiledIn) {
  auto r = Page("/static/style.css", "/static/style.css");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/css; charset=utf-8");
  EXPECT_TRUE(Has(r.body, "@media (max-width"));
}

}  // namespace
}  // namespace leakwatch::web
