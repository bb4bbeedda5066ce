#include "text/extract/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <strings.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string_view>

#include "text/extract/common.h"

namespace leakwatch::text {

namespace {

constexpr std::string_view kDropped[] = {"script", "style",  "noscript", "template", "nav",
                                         "header", "footer", "aside",    "form",     "button",
                                         "select", "iframe", "svg",      "head",     "object"};
constexpr std::string_view kBlocks[] = {
    "p",       "div",  "br",  "li", "ul",         "ol",      "tr",    "h1",      "h2",
    "h3",      "h4",   "h5",  "h6", "table",      "dt",      "dd",    "dl",      "section",
    "article", "main", "pre", "hr", "blockquote", "address", "title", "caption", "body"};

bool NameIn(const xmlChar* name, const std::string_view* list, size_t n) {
  if (name == nullptr) return false;
  const char* s = reinterpret_cast<const char*>(name);
  // Names of another length cannot be equal (strcasecmp's answer, cheaper).
  const size_t len = std::strlen(s);
  for (size_t i = 0; i < n; ++i)
    if (list[i].size() == len && strncasecmp(s, list[i].data(), len) == 0) return true;
  return false;
}

bool NameIs(const xmlNode* n, const char* name) {
  return n->name != nullptr && strcasecmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool IsBlank(const xmlNode* n) {
  if (n->type != XML_TEXT_NODE) return n->type == XML_COMMENT_NODE;
  for (const xmlChar* c = n->content; c && *c; ++c)
    if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') return false;
  return true;
}

// A link whose text is a short word or two ("ホーム", "Find a Doctor"), not a
// URL or a sentence: what a site menu holds.
bool IsMenuLink(xmlNode* a) {
  if (a->type != XML_ELEMENT_NODE || !NameIs(a, "a")) return false;
  xmlChar* c = xmlNodeGetContent(a);
  const std::string_view t = c ? reinterpret_cast<const char*>(c) : "";
  const bool menu = t.size() <= 40 && t.find("http") == std::string_view::npos &&
                    t.find("www.") == std::string_view::npos;
  xmlFree(c);
  return menu;
}

// A site menu written as a list: a <ul>/<ol> of two or more items, each of
// which is one short link and nothing else (navigation, not notice text).
bool IsMenuList(xmlNode* n) {
  if (!NameIs(n, "ul") && !NameIs(n, "ol")) return false;
  int items = 0;
  for (xmlNode* li = n->children; li; li = li->next) {
    if (IsBlank(li)) continue;
    if (li->type != XML_ELEMENT_NODE || !NameIs(li, "li")) return false;
    xmlNode* link = nullptr;
    for (xmlNode* c = li->children; c; c = c->next) {
      if (IsBlank(c)) continue;
      if (link != nullptr || !IsMenuLink(c)) return false;
      link = c;
    }
    if (link == nullptr) return false;
    ++items;
  }
  return items >= 2;
}

bool IsDropped(xmlNode* n) {
  if (!NameIn(n->name, kDropped, std::size(kDropped))) return IsMenuList(n);
  // An <article>'s own <header> holds its title and byline (the date), not site chrome.
  if (NameIs(n, "header"))
    for (xmlNode* p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
      if (NameIs(p, "article")) return false;
  return true;
}
bool IsBlock(const xmlNode* n) { return NameIn(n->name, kBlocks, std::size(kBlocks)); }

// Appends text with runs of ASCII whitespace collapsed to one space.
void AppendCollapsed(const char* s, std::string* out) {
  while (*s) {
    // A run of other bytes goes in at once (strcspn finds its end a block at a time).
    const size_t run = std::strcspn(s, " \t\n\r\f");
    out->append(s, run);
    s += run;
    if (!*s) break;
    if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
    ++s;
  }
}

void EndLine(std::string* out) {
  while (!out->empty() && out->back() == ' ') out->pop_back();
  if (!out->empty() && out->back() != '\n') out->push_back('\n');
}

std::string NodeText(xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string s;
  if (c) AppendCollapsed(reinterpret_cast<const char*>(c), &s);
  xmlFree(c);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// Finds the first element named `name` (iterative pre-order walk).
xmlNode* FindFirst(xmlNode* root, const char* name) {
  xmlNode* n = root;
  while (n) {
    if (n->type == XML_ELEMENT_NODE && n->name &&
        strcasecmp(reinterpret_cast<const char*>(n->name), name) == 0)
      return n;
    if (n->children) {
      n = n->children;
      continue;
    }
    while (n && !n->next) {
      n = n->parent;
      if (n == root || n == nullptr) return nullptr;
    }
    if (n) n = n->next;
  }
  return nullptr;
}

// Appends the visible text of `root`'s subtree (nothing if `root` itself is
// dropped). Iterative walk: enter children unless the element is dropped; on
// leaving a block element end the line.
void AppendVisibleText(xmlNode* root, std::string* out) {
  xmlNode* n = root;
  while (n) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) AppendCollapsed(reinterpret_cast<const char*>(n->content), out);
    } else if (n->type == XML_ELEMENT_NODE && !IsDropped(n)) {
      if (IsBlock(n)) EndLine(out);
      if (n->name && (strcasecmp(reinterpret_cast<const char*>(n->name), "td") == 0 ||
                      strcasecmp(reinterpret_cast<const char*>(n->name), "th") == 0))
        out->push_back(' ');
      descend = n->children != nullptr;
    }
    if (descend) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next) {
      n = n->parent;
      if (n && n->type == XML_ELEMENT_NODE && IsBlock(n)) EndLine(out);
    }
    if (n == root || n == nullptr) break;
    n = n->next;
  }
  EndLine(out);
}

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  // Every tag looked for starts with '<': plain text has none to lower-case and search.
  if (text.substr(0, 2048).find('<') == std::string_view::npos) return false;
  const std::string head = AsciiLower(text.substr(0, 2048));
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<meta "})
    if (head.find(tag) != std::string::npos) return true;
  int blocks = 0;
  for (const char* tag : {"<p>", "<div", "<br", "<h1", "<h2", "<table", "<li"})
    if (head.find(tag) != std::string::npos) ++blocks;
  return blocks >= 2;
}

htmlDocPtr ParseHtmlTree(std::string_view html) {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  // The parser as htmlReadMemory sets it up, except that elements are built
  // without their attributes (nothing here reads them, and making, indexing
  // and freeing them was a good part of the tree's cost) and small text nodes
  // are kept compact (the tree is never modified).
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (ctxt == nullptr) return nullptr;
  ctxt->sax->startElement = [](void* c, const xmlChar* name, const xmlChar**) {
    xmlSAX2StartElement(c, name, nullptr);
  };
  htmlDocPtr doc = htmlCtxtReadMemory(
      ctxt, html.data(), static_cast<int>(std::min<size_t>(html.size(), INT32_MAX)), nullptr,
      "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
          HTML_PARSE_COMPACT);
  // The document holds its own reference to the parser's dictionary.
  htmlFreeParserCtxt(ctxt);
  return doc;
}

Result<HtmlText> HtmlToText(std::string_view html) {
  htmlDocPtr doc = ParseHtmlTree(html);
  if (doc == nullptr) return Status::InvalidArgument("HTML could not be parsed");
  HtmlText out;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (xmlNode* t = FindFirst(root, "title")) out.title = NodeText(t);
  if (out.title.empty())
    if (xmlNode* h = FindFirst(root, "h1")) out.title = NodeText(h);
  AppendVisibleText(root, &out.text);
  if (xmlNode* f = FindFirst(root, "footer"))
    for (xmlNode* c = f->children; c; c = c->next) AppendVisibleText(c, &out.footer);
  xmlFreeDoc(doc);
  return out;
}

}  // namespace leakwatch::text
