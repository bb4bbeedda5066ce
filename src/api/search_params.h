// The search parameters shared by every listing: GET /api/v1/incidents,
// GET /search (HTML) and the Atom feed. One parser, so all three accept the
// same names and reject the same bad values with the same messages.
//
//   q             free text (may be empty)
//   type          incident type wire name ("loss", "misdelivery_email", ...)
//   sector        sector wire name ("healthcare", ...)
//   country       ISO 3166-1 alpha-2, two letters (upper-cased)
//   region        exact region as stored
//   item          data item wire name ("name", "credit_card", ...)
//   from, to      YYYY-MM-DD, inclusive
//   min_affected  integer >= 0
//   org           exact organization name
//   sort          relevance | date | date_asc | size   (default relevance)
//   limit         1..100 (default 20)
//   cursor        opaque, from a previous page's next_cursor
//
// Empty values (`?type=`) count as absent, as HTML forms send them. Unknown
// parameter names are ignored. Thread-safe (pure functions).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "api/handler.h"
#include "store/store.h"
#include "util/status.h"

namespace leakwatch::api {

inline constexpr int kDefaultSearchLimit = 20;
inline constexpr int kMaxSearchLimit = 100;

// Builds a store query from the request's query parameters. On a bad value
// returns InvalidArgument whose message names the parameter, e.g.
// "parameter 'type': unknown value 'lost'". Never NotFound.
Result<store::SearchQuery> ParseSearchParams(const Request& request);

// The query parameters that reproduce `query` (without cursor and limit when
// they are the defaults), in the order above; values are not percent-encoded.
// Used to build "next page" links and feed self links.
std::vector<std::pair<std::string, std::string>> SearchParamsOf(const store::SearchQuery& query);

// Wire name of a sort order ("relevance", "date", "date_asc", "size").
std::string_view SortName(store::SortOrder sort);

}  // namespace leakwatch::api
