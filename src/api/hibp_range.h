// Handlers of the k-anonymity endpoints (shared/spec/hibp-compat.md), private
// to src/api/: GET /range/{prefix} (Pwned Passwords, SHA-1 or ?mode=ntlm, with
// Add-Padding) and GET /range/search/{prefix6} ==
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

// Appends `lines` fake "\r\nSUFFIX:0" lines (`suffix_chars` random upper-case
// hex each) from a ChaCha20 stream keyed by the system CSPRNG (libsodium).
void AppendPadding(std::size_t lines, std::size_t suffix_chars, std::string* body);

// Fake lines for a response of `real_lines`: up to 800 total, plus 0-200 more.
std::size_t PaddingLinesFor(std::size_t real_lines);

}  // namespace leakwatch::api
