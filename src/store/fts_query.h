// User search text -> FTS5 MATCH expression, and highlighted snippets.
//
// Every token reaches MATCH inside double quotes, so no user text is ever read
// as FTS5 syntax: each whitespace-separated term becomes a phrase of its tokens
// (a CJK run a phrase of its bigrams), a "quoted phrase" one phrase, a term of
// a single one-character token a prefix query ("保" *), and terms are ANDed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace leakwatch::store {

struct FtsQuery {
  std::string match;                  // the MATCH expression; empty if no term has a token
  std::vector<std::string> terms;     // every token of the query, for highlighting
  std::vector<std::string> prefixes;  // tokens matched as prefixes
  int phrases = 0;                    // phrases ANDed in `match`
};

// Builds the expression for `text`. An empty result (match.empty()) means the
// text held no searchable token (only spaces or punctuation).
FtsQuery BuildFtsQuery(std::string_view text);

// An excerpt of `text` of about `max_bytes` around the densest cluster of
// matches of `query`, with each match wrapped in kHighlightBegin/kHighlightEnd,
// newlines folded to spaces and "…" where the excerpt cuts the text. Without
// matches, the start of the text.
std::string MakeSnippet(std::string_view text, const FtsQuery& query, size_t max_bytes = 240);

}  // namespace leakwatch::store
