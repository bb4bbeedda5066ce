#include "text/extract/html.h"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <random>
#include <string>
#include <vector>

#include "text/random_pieces_test_util.h"

namespace leakwatch::text {
namespace {

TEST(Html, Detects) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
  EXPECT_TRUE(LooksLikeHtml("<p>a</p><div>b</div>"));
  EXPECT_FALSE(LooksLikeHtml("平成23年10月21日 <注意> a < b"));
}

// Each run of ASCII whitespace (space, tab, CR, LF) in a text node becomes one space; none
// is left at a line's end, and other spaces (U+3000, NBSP) stay. (libxml2 drops form
// feeds, not characters of HTML: "b\f\fc" reads "bc".)
TEST(Html, CollapsesWhitespaceRuns) {
  Result<HtmlText> out = HtmlToText(
      "<html><body><p> a \t\r\n\f b\f\fc\xE3\x80\x80 d\xC2\xA0 </p><p>\te  </p></body></html>");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->text, "a bc\xE3\x80\x80 d\xC2\xA0\ne\n");
}

struct HtmlCase {
  std::string name, html, title;
  std::vector<std::string> present, absent;
};

TEST(Html, Table) {
  const HtmlCase cases[] = {
      {"drops furniture",
       "<html><head><title>誤送付について | 大阪市</title><style>p{}</style>"
       "<script>var leak=1;</script></head><body><header>SITE HEADER</header>"
       "<nav>ホーム &gt; 報道</nav><main><h1>誤送付について</h1><p>本文です。</p>"
       "<p>二段落目<br>改行</p></main><footer>FOOTER</footer></body></html>",
       "誤送付について | 大阪市",
       {"誤送付について\n", "本文です。\n", "二段落目\n改行\n"},
       {"SITE HEADER", "FOOTER", "var leak", "p{}", "ホーム"}},
      {"broken markup",
       "<div><p>unclosed <b>bold<div>next</table></span>text",
       "",
       {"unclosed bold", "next", "text"},
       {"<"}},
      {"h1 when no title",
       "<body><h1>Notice of Data Incident</h1><p>Body.</p></body>",
       "Notice of Data Incident",
       {"Body."},
       {}},
      {"menus are lists of short links",
       "<body><ul><li><a href=\"/\">Home</a></li><li><a href=\"/contact\">Contact</a></li></ul>"
       "<p>Body.</p><ul><li>names</li><li><a href=\"/x\">addresses</a> and more</li></ul>"
       "<ul><li><a href=\"https://a.example/n\">https://a.example/n</a></li>"
       "<li><a href=\"https://b.example/m\">https://b.example/m</a></li></ul></body>",
       "",
       {"Body.", "names", "addresses and more", "https://a.example/n"},
       {"Home", "Contact"}},
      {"an article's header is its title and byline",
       "<body><header>SITE</header><article><header><h1>Security incident</h1>"
       "<p>By A. Writer · Aug 9, 2023</p></header><p>Body.</p></article></body>",
       "Security incident",
       {"By A. Writer · Aug 9, 2023", "Body."},
       {"SITE"}},
      {"entities and whitespace",
       "<p>a&amp;b   c\n\n d</p><p>&#x5927;</p>",
       "",
       {"a&b c d\n", "大"},
       {}},
  };
  for (const HtmlCase& c : cases) {
    Result<HtmlText> r = HtmlToText(c.html);
    ASSERT_TRUE(r.ok()) << c.name;
    EXPECT_EQ(r->title, c.title) << c.name;
    for (const std::string& p : c.present)
      EXPECT_NE(r->text.find(p), std::string::npos) << c.name << ": " << p << " in " << r->text;
    for (const std::string& a : c.absent)
      EXPECT_EQ(r->text.find(a), std::string::npos) << c.name << ": " << a;
  }
}

TEST(Html, FooterKeptApart) {
  Result<HtmlText> r = HtmlToText(
      "<body><main><p>Body.</p></main><footer><nav><a href=\"/\">Home</a></nav>"
      "<p>社会福祉法人 みどり会</p><address>〒060-0001 札幌市中央区北1条</address>"
      "<script>x()</script></footer><footer>SECOND</footer></body>");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Body.\n");
  EXPECT_EQ(r->footer, "社会福祉法人 みどり会\n〒060-0001 札幌市中央区北1条\n");
  Result<HtmlText> none = HtmlToText("<body><p>Body.</p></body>");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->footer, "");
}

TEST(Html, DeepNestingDoesNotCrash) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  Result<HtmlText> r = HtmlToText(html);
  EXPECT_TRUE(r.ok());
}

// Compares two libxml2 trees node by node: type, name, text content and shape
// (attributes are not compared; `b` must have none).
void ExpectSameTree(xmlNode* a, xmlNode* b, const std::string& html) {
  for (; a != nullptr || b != nullptr; a = a->next, b = b->next) {
    ASSERT_TRUE(a != nullptr && b != nullptr) << html;
    ASSERT_EQ(a->type, b->type) << html;
    ASSERT_EQ(a->name == nullptr, b->name == nullptr) << html;
    if (a->name)
      ASSERT_STREQ(reinterpret_cast<const char*>(a->name), reinterpret_cast<const char*>(b->name))
          << html;
    if (a->type == XML_TEXT_NODE || a->type == XML_COMMENT_NODE ||
        a->type == XML_CDATA_SECTION_NODE) {
      ASSERT_STREQ(reinterpret_cast<const char*>(a->content),
                   reinterpret_cast<const char*>(b->content))
          << html;
    }
    if (b->type == XML_ELEMENT_NODE) ASSERT_EQ(b->properties, nullptr) << html;
    if (a->type == XML_ELEMENT_NODE) ExpectSameTree(a->children, b->children, html);
    if (testing::Test::HasFatalFailure()) return;
  }
}

TEST(Html, TreeEqualsHtmlReadMemoryOnRandomMarkup) {
  // ParseHtmlTree (no attributes, compact text) against htmlReadMemory on
  // random markup: blanks where libxml2 decides by the tree whether to keep
  // them, attributes (ids, classes), doctypes (4.01 strips blanks in body),
  // entities, comments, broken nesting.
  const std::vector<std::string> pieces = {"<!DOCTYPE html>",
                                           "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
                                           "<html>",
                                           "<head>",
                                           "<title>",
                                           "</title>",
                                           "<body>",
                                           "</body>",
                                           "<p>",
                                           "</p>",
                                           "<div id=\"a\">",
                                           "<div class='x y'>",
                                           "</div>",
                                           "<br>",
                                           "<br/>",
                                           "<b>",
                                           "</b>",
                                           "<i>",
                                           "<span lang=ja>",
                                           "</span>",
                                           "<a href=\"/x?a=1&amp;b=2\" id=main>",
                                           "</a>",
                                           "<table>",
                                           "<tr>",
                                           "<td>",
                                           "<th>",
                                           "</td>",
                                           "</table>",
                                           "<h1>",
                                           "</h1>",
                                           "<ul>",
                                           "<li>",
                                           "</ul>",
                                           "<script>",
                                           "</script>",
                                           "<style>",
                                           "</style>",
                                           "<!-- c -->",
                                           "<![CDATA[x]]>",
                                           "&amp;",
                                           "&nbsp;",
                                           "&#x3042;",
                                           "&unknown;",
                                           " ",
                                           "  ",
                                           "\n",
                                           "\t",
                                           "text",
                                           "本文です。",
                                           "<",
                                           ">",
                                           "\"",
                                           "<img src=a.png alt=\"画像\">",
                                           "<input type=text value=v>",
                                           "<meta charset=utf-8>",
                                           "</html>",
                                           "<pre>",
                                           "</pre>",
                                           "<select><option>o</option></select>"};
  std::mt19937 rng(53);
  for (int round = 0; round < 4000; ++round) {
    const std::string html = JoinRandomPieces(rng, pieces, 1 + rng() % 30);
    xmlDoc* want = htmlReadMemory(
        html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlDoc* got = ParseHtmlTree(html);
    ASSERT_EQ(want == nullptr, got == nullptr) << html;
    if (want) {
      ExpectSameTree(want->children, got->children, html);
      xmlFreeDoc(want);
      xmlFreeDoc(got);
    }
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace leakwatch::text
