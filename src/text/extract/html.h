// HTML to plain text for extraction, with libxml2's forgiving HTML parser.
#pragma once

#include <string>
#include <string_view>

#include "util/status.h"

struct _xmlDoc;  // libxml2's xmlDoc

namespace leakwatch::text {

// True if `text` (UTF-8) starts like an HTML document or fragment: a doctype,
// <html>, <head>, <body>, or several block tags near the top.
bool LooksLikeHtml(std::string_view text);

struct HtmlText {
  std::string text;   // visible text, one block per line, whitespace collapsed
  std::string title;  // <title>, else the first <h1>; may be empty
  // The visible text of the first <footer> (dropped from `text`), where a site
  // puts the name and address of who runs it; may be empty.
  std::string footer;
};

// Parses UTF-8 HTML (broken markup is repaired, never an error) and returns
// its visible text. Drops script, style, noscript, template, nav, header,
// footer, aside, form, button, select, iframe and svg subtrees (but not the
// header of an <article>: its title and byline), and menus
// (a <ul>/<ol> whose every item is one short link). Block elements
// and <br> end lines. Walks the tree without recursion (libxml2 itself caps
// the nesting depth). InvalidArgument if libxml2 cannot build a document.
// Thread-safe (libxml2 is initialised once).
Result<HtmlText> HtmlToText(std::string_view html);

// The tree HtmlToText reads: libxml2's HTML parse of UTF-8 `html`, repairing
// broken markup, with elements built without their attributes; the same tree
// as htmlReadMemory's otherwise. nullptr if libxml2 cannot build a document;
// the caller frees it with xmlFreeDoc. Thread-safe.
::_xmlDoc* ParseHtmlTree(std::string_view html);

}  // namespace leakwatch::text
