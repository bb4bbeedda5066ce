// Small text encodings shared across components: hexadecimal digits,
// RFC 3986 percent-encoding, and UTC timestamps.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace leakwatch::util {

inline constexpr char kHexUpperDigits[] = "0123456789ABCDEF";

// The value of one hexadecimal digit (either case), or -1 if `c` is not one.
constexpr int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-encodes every byte except RFC 3986's unreserved characters
// (ALPHA, DIGIT, "-", ".", "_", "~"), with upper-case hex: usable for a path
// segment or a query component.
std::string PercentEncode(std::string_view s);

// "YYYY-MM-DDTHH:MM:SSZ" for a Unix time in seconds.
std::string FormatUtcTimestamp(std::int64_t unix_seconds);

}  // namespace leakwatch::util
