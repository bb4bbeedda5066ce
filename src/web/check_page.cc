// GET /check: the browser-side exposure check, and GET /static/check.js, its
// script (CSP forbids inline script). The browser hashes the entry with
// WebCrypto, sends only the hash prefix (5 hex for passwords to /range/, 6 hex
// for an e-mail address or phone number to /range/search/) with Add-Padding,
// and compares the suffixes itself. The inputs have no `name`, so even
// without script the form submits nothing.
#include <string>

#include "web/layout.h"
#include "web/routes.h"

namespace leakwatch::web {

extern const std::string_view kCheckJs;  // check.js, embedded at build time

namespace {

std::string Body(Lang lang) {
  auto t = [lang](std::string_view ja, std::string_view en) {
    return EscapeHtml(Pick(lang, ja, en));
  };
  auto a = [lang](std::string_view ja, std::string_view en) {
    return EscapeAttr(Pick(lang, ja, en));
  };
  std::string h;
  h += "<h1>" + t("漏えい確認", "Exposure check") + "</h1>\n";
  h += "<p>" +
       t("パスワード、メールアドレスまたは電話番号が、既知の漏えいに含まれているかを確認します。",
         "Check whether a password, e-mail address or phone number appears in a known leak.") +
       "</p>\n";
  h += "<section class=\"privacy\" aria-labelledby=\"what-is-sent\">\n<h2 id=\"what-is-sent\">" +
       t("送信される情報", "What is sent") + "</h2>\n<ul>\n";
  h += "<li>" +
       t("入力はこのブラウザの中で SHA-1 "
         "ハッシュに変換されます。入力そのものも、ハッシュ全体も送信されません。",
         "Your entry is hashed (SHA-1) in this browser. Neither the entry nor its full hash is "
         "sent.") +
       "</li>\n";
  h += "<li>" +
       t("送信するのはハッシュの先頭 5 文字(パスワード)または 6 "
         "文字(メールアドレス・電話番号)"
         "だけです。同じ先頭を持つ多数のハッシュが返り、照合はブラウザ内で行います(k-匿名性)。",
         "Only the first 5 characters (passwords) or 6 characters (e-mail, phone) of the hash are "
         "sent. The server answers with every hash sharing that prefix and the comparison happens "
         "here, in your browser (k-anonymity).") +
       "</li>\n";
  h += "<li>" +
       t("応答には偽の行が加えられ(Add-Padding)、応答の大きさからも何も分かりません。",
         "Responses are padded with fake lines (Add-Padding), so their size reveals nothing.") +
       "</li>\n";
  h += "<li>" +
       t("メールアドレスは前後の空白を除き小文字に、電話番号は国際形式(+81…)"
         "にしてからハッシュします。",
         "E-mail addresses are trimmed and lower-cased, phone numbers put in international form "
         "(+81…), before hashing.") +
       "</li>\n</ul>\n</section>\n";
  h += "<form id=\"check-form\" class=\"check\" action=\"#\" data-found=\"" +
       a("見つかりました", "Found") + "\" data-found-password=\"" +
       a("このパスワードは漏えいしたパスワードの一覧に {n} 回現れます。使わないでください。",
         "This password appears {n} times in leaked password lists. Do not use it.") +
       "\" data-found-identifier=\"" +
       a("次の事案に含まれています:", "It appears in these incidents:") + "\" data-not-found=\"" +
       a("見つかりませんでした。", "Not found.") + "\" data-error=\"" +
       a("確認できませんでした: ", "The check failed: ") + "\" data-bad-input=\"" +
       a("入力を確認してください。", "Please check your entry.") + "\" data-working=\"" +
       a("確認中…", "Checking…") + "\">\n";
  h += "<fieldset>\n<legend>" + t("確認するもの", "What to check") + "</legend>\n";
  h += "<label><input type=\"radio\" id=\"kind-password\" value=\"password\" checked=\"checked\" "
       "name=\"kind\" /> " +
       t("パスワード", "Password") + "</label>\n";
  h += "<label><input type=\"radio\" id=\"kind-email\" value=\"email\" name=\"kind\" /> " +
       t("メールアドレス", "E-mail address") + "</label>\n";
  h += "<label><input type=\"radio\" id=\"kind-phone\" value=\"phone\" name=\"kind\" /> " +
       t("電話番号", "Phone number") + "</label>\n</fieldset>\n";
  h += "<p><label for=\"secret\">" + t("入力", "Entry") +
       "</label>\n"
       "<input type=\"password\" id=\"secret\" autocomplete=\"off\" spellcheck=\"false\" "
       "autocapitalize=\"off\" required=\"required\" /></p>\n";
  h += "<p><label for=\"country\">" +
       t("国番号のない電話番号の国", "Country of a national phone number") +
       "</label>\n<select id=\"country\"><option value=\"JP\" selected=\"selected\">" +
       t("日本 (+81)", "Japan (+81)") + "</option><option value=\"US\">" +
       t("米国 (+1)", "United States (+1)") + "</option></select></p>\n";
  h += "<p><button type=\"submit\">" + t("確認する", "Check") + "</button></p>\n</form>\n";
  h += "<div id=\"check-result\" role=\"status\" aria-live=\"polite\"></div>\n";
  h += "<noscript><p>" +
       t("この確認には JavaScript が必要です(ハッシュ化をブラウザ内で行うため)。コマンドラインでは "
         "leakwatch check を使えます。",
         "This check needs JavaScript (the hashing happens in your browser). From a terminal, use "
         "leakwatch check.") +
       "</p></noscript>\n";
  return h;
}

api::Response CheckPage(const api::Services&, const api::Request& request) {
  PageContext context = MakePageContext(request, "check");
  context.scripts.push_back("/static/check.js");
  api::Response r = HtmlPage(
      context,
      RenderPage(context, Pick(context.lang, "漏えい確認", "Exposure check"), Body(context.lang)));
  return r;
}

api::Response CheckScript(const api::Services&, const api::Request&) {
  api::Response r;
  r.content_type = "application/javascript; charset=utf-8";
  r.body = std::string(kCheckJs);
  r.cache_control = "public, max-age=3600";
  return r;
}

}  // namespace

std::vector<api::Route> CheckRoutes() {
  return {
      {{"GET"}, "/check", CheckPage, false},
      {{"GET"}, "/static/check.js", CheckScript, false},
  };
}

}  // namespace leakwatch::web
