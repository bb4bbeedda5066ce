// Handlers of the k-anonymity endpoints (shared/spec/hibp-compat.md), private
// to src/api/: GET /range/{prefix} (Pwned Passwords, SHA-1 or ?mode=ntlm, with
// Add-Padding, hibp_range_padding.h) and GET /range/search/{prefix6} ==
// GET /api/v3/breachedaccount/range/{prefix6} (identifiers -> incident ids).
// In-memory lookups: safe on the I/O threads. Never log the prefix with the
// client address.
#pragma once

#include <cstdint>
#include <string>

#include "api/handler.h"

namespace leakwatch::api {

Response HandlePasswordRange(const Services& services, const Request& request);
Response HandleIdentifierRange(const Services& services, const Request& request);

}  // namespace leakwatch::api
