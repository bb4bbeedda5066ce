#include "text/extract/html.h"

#include <gtest/gtest.h>

namespace leakwatch::text {
namespace {

TEST(Html, Detects) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html><body>x</body></html>"));
  EXPECT_TRUE(LooksLikeHtml("<p>a</p><div>b</div>"));
  EXPECT_FALSE(LooksLikeHtml("平成23年10月21日 <注意> a < b"));
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

TEST(Html, DeepNestingDoesNotCrash) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  Result<HtmlText> r = HtmlToText(html);
  EXPECT_TRUE(r.ok());
}

}  // namespace
}  // namespace leakwatch::text
