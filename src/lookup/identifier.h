// Identifiers as the store and the clients hash them: an e-mail address
// trimmed and lower-cased, or a phone number in E.164 form ("+81666599945"),
// then SHA-1. Shared by `hashes build`, `check` and the tests so both sides
// normalise the same way. Pure functions; thread-safe.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "util/status.h"

namespace leakwatch::lookup {

// Trims ASCII/Unicode white space and lower-cases (Unicode). InvalidArgument
// unless the result has one '@' with text on both sides, no space or control
// characters and at most 254 bytes.
Result<std::string> NormalizeEmail(std::string_view email);

// E.164: NFKC (full-width digits), drops spaces, '-', '.', '(', ')'; "+CC..."
// and "00CC..." are international; otherwise a national number in
// `default_country` ("JP": leading 0 dropped, +81; "US": 10 digits, or 11
// starting with 1, +1). InvalidArgument for other characters, a country
// other than JP/US, or a result outside 8..15 digits.
Result<std::string> NormalizePhone(std::string_view phone, std::string_view default_country);

// "email" if `s` contains '@', else "phone" normalisation; the result is the
// normalised form.
Result<std::string> NormalizeIdentifier(std::string_view s, std::string_view default_country);

std::array<unsigned char, 20> Sha1(std::string_view data);
// NTLM: MD4 of the UTF-16LE encoding of a UTF-8 password. InvalidArgument
// for invalid UTF-8; kUnavailable if this OpenSSL has no MD4.
Result<std::array<unsigned char, 16>> Ntlm(std::string_view password);

}  // namespace leakwatch::lookup
