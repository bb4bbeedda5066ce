// The shared page shell: every HTML page (search, incident, cases, stats, the
// /check page) is RenderPage(context, title, body) and goes out through
// HtmlPage / ErrorPage so that headers (CSP, language cookie) are uniform.
//
// Pages are XHTML-compatible HTML5 (void elements self-closed, attributes
// quoted) so an XML parser can check them. No inline script or style: the
// Content-Security-Policy forbids both; styles come from /static/style.css
// and scripts only from `PageContext::scripts`. Thread-safe (pure functions).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "api/handler.h"
#include "web/html.h"
#include "web/i18n.h"

namespace leakwatch::web {

// Header value sent with every page.
inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

struct PageContext {
  LangChoice lang_choice;
  Lang lang = Lang::kJa;
  std::string path;                  // request path: nav highlighting and the language switch
  QueryParams query;                 // request query without `lang`, for the language switch
  std::string section;               // current nav entry: "search", "cases", "stats", "check", ""
  std::vector<std::string> scripts;  // same-origin script URLs, loaded with `defer`
  std::string feed_url;              // Atom feed for this page (<link rel="alternate">), or empty
};

// The page for `context` from services.page_cache if it was rendered at the
// store's current generation; else `render()`, whose body is kept when the
// status is 200. The key is the language and the request path and query.
api::Response CachedHtmlPage(const api::Services& services, const PageContext& context,
                             const std::function<api::Response()>& render);
// The same for a page rendered from a store::ReadView of `generation`.
api::Response CachedHtmlPage(const api::Services& services, const PageContext& context,
                             std::int64_t generation, const std::function<api::Response()>& render);

// Context for `request`: language chosen by ChooseLang, path and query copied.
PageContext MakePageContext(const api::Request& request, std::string section = "");

// The full HTML document: doctype, <html lang>, head (title, viewport, CSS,
// feed link, scripts), skip link, header with nav and language switch,
// <main id="main"> holding `body_html` (already escaped HTML), footer.
// `title` is plain text (escaped here).
std::string RenderPage(const PageContext& context, std::string_view title,
                       std::string_view body_html);
// The same with the body appended in place by `append_body` (no copy of a
// large body); `body_size_hint` reserves room for it.
std::string RenderPage(const PageContext& context, std::string_view title,
                       const std::function<void(std::string*)>& append_body,
                       std::size_t body_size_hint);

// A text/html response with the page headers (CSP, nosniff, referrer policy)
// and the language cookie when the language was switched by link.
api::Response HtmlPage(const PageContext& context, std::string html, int status = 200);

// A complete error page for `http_status` (400, 404, 500...) with `message`
// (plain text, escaped) and a link back to search.
api::Response ErrorPage(const PageContext& context, int http_status, std::string_view message);
// ErrorPage for a non-OK status: 400/404 show the message, 500 hides details.
api::Response ErrorPage(const PageContext& context, const Status& status);

// URL of the current page in the other language ("?lang=en" added).
std::string LangSwitchUrl(const PageContext& context);
// Link to an incident page.
std::string IncidentUrl(std::string_view id);

}  // namespace leakwatch::web
