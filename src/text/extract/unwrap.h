// Joining the lines of a Japanese notice copied out of a PDF, where the layout broke
// each line of a paragraph at the same width, often mid-word ("不正アク\nセス").
#pragma once

#include <string>
#include <string_view>

namespace leakwatch::text {

// Returns `text` with each line that the layout broke joined to the next one, when
// `text` reads as such a copy: at least three lines of one full width (in display
// columns) run on into the next line mid-sentence, and they are at least half of the
// full-width lines. A line runs on when it is full width (or wider), does not end a sentence
// (。！？：), and the next line starts without an indent or a list or heading mark
// (１．, (2), ・, ※, 【 …); one of the two characters at the break is Japanese, so
// English lines broken at spaces are never glued together. Otherwise returns `text`
// unchanged. Linear time. Pure; thread-safe.
std::string UnwrapPdfLines(std::string_view text);

// The display columns of `c` that UnwrapPdfLines measures lines in: utf8proc_charwidth's
// answer, 0 where that is negative. Pure; thread-safe.
int DisplayWidth(char32_t c);

}  // namespace leakwatch::text
