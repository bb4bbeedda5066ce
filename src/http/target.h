// Splitting and decoding a request target ("/path?query") before routing.
//
// The path and each query name and value are percent-decoded exactly once.
// Anything that could smuggle a different meaning past a handler is rejected
// instead of being repaired: a malformed %-escape, a decoded NUL or control
// character, invalid UTF-8, a backslash, and "." / ".." path segments (whether
// written literally or as %2e). Thread-safe (pure functions).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/status.h"

namespace leakwatch::http {

struct Target {
  std::string path;                                        // decoded, starts with '/'
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
};

// Parses an origin-form target. InvalidArgument with a short reason for
// anything that is not a clean absolute path plus optional query.
Result<Target> ParseTarget(std::string_view target);

// Decodes %XX escapes (and '+' as space when `plus_is_space`). InvalidArgument
// for a truncated or non-hex escape, a decoded NUL, or invalid UTF-8.
Result<std::string> PercentDecode(std::string_view in, bool plus_is_space);

// True if `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view s);

}  // namespace leakwatch::http
