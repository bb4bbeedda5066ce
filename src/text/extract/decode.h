// Decoding a notice's bytes to UTF-8 text (extraction, step 1).
#pragma once

#include <string>
#include <string_view>

#include "util/status.h"

namespace leakwatch::text {

// True if `raw` looks like binary data rather than text: a NUL byte, or more
// than 5% control characters (other than tab, newline, CR, form feed, ESC) in
// the first 64 KiB. Pure function; thread-safe.
bool LooksBinary(std::string_view raw);

// Returns `raw` as UTF-8. A UTF-8 BOM is dropped; valid UTF-8 is returned as
// is; otherwise Shift_JIS (CP932) and EUC-JP are tried with glibc iconv and
// the one that converts without error (or, if both do, the one yielding more
// Japanese characters) wins. When nothing converts cleanly, invalid UTF-8
// sequences become U+FFFD. InvalidArgument for empty or binary input.
// Thread-safe (each call opens its own iconv descriptor).
Result<std::string> DecodeToUtf8(std::string_view raw);

// Replaces every invalid UTF-8 sequence in `s` with U+FFFD. Never fails.
std::string SanitizeUtf8(std::string_view s);

}  // namespace leakwatch::text
