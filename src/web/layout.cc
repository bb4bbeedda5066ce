#include "web/layout.h"

namespace leakwatch::web {

PageContext MakePageContext(const api::Request& request, std::string section) {
  PageContext c;
  c.lang_choice = ChooseLang(request);
  c.lang = c.lang_choice.lang;
  c.path = request.path.empty() ? "/" : request.path;
  for (const auto& [k, v] : request.query)
    if (k != "lang") c.query.emplace_back(k, v);
  c.section = std::move(section);
  return c;
}

namespace {
std::string PageKey(const PageContext& context) {
  return std::string(LangCode(context.lang)) + "|" + BuildUrl(context.path, context.query);
}
}  // namespace

api::Response CachedHtmlPage(const api::Services& services, const PageContext& context,
                             const std::function<api::Response()>& render) {
  return api::CachedResponse(services, PageKey(context), render,
                             [&] { return HtmlPage(context, std::string()); });
}

api::Response CachedHtmlPage(const api::Services& services, const PageContext& context,
                             std::int64_t generation,
                             const std::function<api::Response()>& render) {
  return api::CachedResponse(services, generation, PageKey(context), render,
                             [&] { return HtmlPage(context, std::string()); });
}

std::string LangSwitchUrl(const PageContext& context) {
  QueryParams q = context.query;
  q.emplace_back("lang", std::string(LangCode(OtherLang(context.lang))));
  return BuildUrl(context.path, q);
}

std::string IncidentUrl(std::string_view id) { return "/incidents/" + UrlEncode(id); }

std::string RenderPage(const PageContext& context, std::string_view title,
                       std::string_view body_html) {
  return RenderPage(
      context, title, [&](std::string* h) { *h += body_html; }, body_html.size());
}

std::string RenderPage(const PageContext& context, std::string_view title,
                       const std::function<void(std::string*)>& append_body,
                       std::size_t body_size_hint) {
  const Lang lang = context.lang;
  std::string h;
  h.reserve(body_size_hint + 4096);
  h += "<!DOCTYPE html>\n<html lang=\"";
  h += LangCode(lang);
  h += "\">\n<head>\n<meta charset=\"utf-8\" />\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n";
  h += "<title>" + EscapeHtml(title) + " - leakwatch</title>\n";
  h += "<link rel=\"stylesheet\" href=\"/static/style.css\" />\n";
  if (!context.feed_url.empty()) {
    h += "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"" +
         EscapeAttr(Label("feed", lang)) + "\" href=\"" + EscapeAttr(context.feed_url) + "\" />\n";
  }
  for (const auto& src : context.scripts)
    h += "<script src=\"" + EscapeAttr(src) + "\" defer=\"defer\"></script>\n";
  h += "</head>\n<body>\n";
  h += "<a class=\"skip\" href=\"#main\">" + EscapeHtml(Label("skip_to_content", lang)) + "</a>\n";
  h += "<header class=\"site\">\n<a class=\"brand\" href=\"/\">leakwatch</a>\n";
  h += "<nav aria-label=\"" + EscapeAttr(Label("nav_label", lang)) + "\">\n<ul>\n";
  struct NavItem {
    std::string_view section, href, label;
  };
  const NavItem items[] = {{"search", "/search", "nav_search"},
                           {"cases", "/cases", "nav_cases"},
                           {"stats", "/stats", "nav_stats"},
                           {"check", "/check", "nav_check"}};
  for (const auto& item : items) {
    h += "<li><a href=\"";
    h += item.href;
    h += "\"";
    if (item.section == context.section) h += " aria-current=\"page\"";
    h += ">" + EscapeHtml(Label(item.label, lang)) + "</a></li>\n";
  }
  h += "</ul>\n</nav>\n";
  std::string_view other = LangCode(OtherLang(lang));
  h += "<a class=\"lang-switch\" href=\"" + EscapeAttr(LangSwitchUrl(context)) + "\" hreflang=\"" +
       std::string(other) + "\" lang=\"" + std::string(other) + "\">" +
       EscapeHtml(Label("switch_lang", lang)) + "</a>\n";
  h += "</header>\n<main id=\"main\" tabindex=\"-1\">\n";
  append_body(&h);
  h +=
      "\n</main>\n<footer class=\"site\">\n<p>" + EscapeHtml(Label("footer_note", lang)) + "</p>\n";
  if (!context.feed_url.empty()) {
    h += "<p><a href=\"" + EscapeAttr(context.feed_url) + "\">" + EscapeHtml(Label("feed", lang)) +
         "</a></p>\n";
  }
  h += "</footer>\n</body>\n</html>\n";
  return h;
}

api::Response HtmlPage(const PageContext& context, std::string html, int status) {
  api::Response r;
  r.status = status;
  r.content_type = "text/html; charset=utf-8";
  r.body = std::move(html);
  r.SetHeader("Content-Security-Policy", std::string(kContentSecurityPolicy));
  r.SetHeader("X-Content-Type-Options", "nosniff");
  r.SetHeader("Referrer-Policy", "same-origin");
  r.SetHeader("Vary", "Accept-Language, Cookie");
  ApplyLangCookie(context.lang_choice, &r);
  if (status >= 400) r.etag = false;
  return r;
}

api::Response ErrorPage(const PageContext& context, int http_status, std::string_view message) {
  const Lang lang = context.lang;
  std::string_view title_key = http_status == 404  ? "not_found_title"
                               : http_status < 500 ? "bad_request_title"
                                                   : "error_title";
  std::string title(Label(title_key, lang));
  std::string body = "<h1>" + EscapeHtml(title) + "</h1>\n<p class=\"error\" role=\"alert\">" +
                     EscapeHtml(message) + "</p>\n<p><a href=\"/search\">" +
                     EscapeHtml(Label("back_to_search", lang)) + "</a></p>\n";
  return HtmlPage(context, RenderPage(context, title, body), http_status);
}

api::Response ErrorPage(const PageContext& context, const Status& status) {
  int http = api::HttpStatusFor(status);
  if (http >= 500) return ErrorPage(context, http, Label("error_text", context.lang));
  return ErrorPage(context, http, status.message());
}

}  // namespace leakwatch::web
