// A small synchronous HTTP client (Boost.Beast) for `leakwatch check`: one
// GET to a leakwatch (or HIBP-compatible) server. Not thread-safe per call
// site; each call opens and closes its own connection.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "util/status.h"

namespace leakwatch::app {

struct HttpReply {
  int status = 0;
  std::string body;
};

// GETs `path` (starting with '/') from the server at `base_url`
// ("http://host[:port][/prefix]"), with `headers`, a 10 s timeout and a 16 MiB
// body limit. Returns the reply (any status); InvalidArgument for a URL that
// is not http://; kIoError for resolution, connection or protocol failures.
Result<HttpReply> HttpGet(const std::string& base_url, const std::string& path,
                          const std::vector<std::pair<std::string, std::string>>& headers);

}  // namespace leakwatch::app
