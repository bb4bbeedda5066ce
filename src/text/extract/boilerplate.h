// Removing page furniture (site navigation, blog advertising, comment links,
// "PDF reader required" advice, share buttons) from a notice's text.
#pragma once

#include <string>
#include <string_view>

namespace leakwatch::text {

// True if one line of text (no newline) is boilerplate rather than notice body.
// Pure; thread-safe.
bool IsBoilerplateLine(std::string_view line);

// Returns `text` without its boilerplate lines, and with trailing spaces and
// runs of blank lines removed. Lines are otherwise kept byte for byte.
std::string StripBoilerplate(std::string_view text);

}  // namespace leakwatch::text
