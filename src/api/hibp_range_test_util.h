// Helpers shared by the /range tests: reading a response body line by line
// and recognising Add-Padding lines.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace leakwatch::api::testing {

// The lines of a CRLF-separated body (the last one without a CRLF after it).
inline std::vector<std::string_view> SplitCrlf(std::string_view body) {
  std::vector<std::string_view> lines;
  for (;;) {
    std::size_t pos = body.find("\r\n");
    lines.push_back(body.substr(0, pos));
    if (pos == std::string_view::npos) return lines;
    body.remove_prefix(pos + 2);
  }
}

// ^[0-9A-F]{suffix_chars}:0$
inline bool IsPaddingLine(std::string_view line, std::size_t suffix_chars) {
  if (line.size() != suffix_chars + 2 || line.substr(suffix_chars) != ":0") return false;
  for (char c : line.substr(0, suffix_chars))
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

}  // namespace leakwatch::api::testing
