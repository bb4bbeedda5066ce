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

// Returns `text` with the lines of its English paragraphs joined where a fixed width broke
// them (a letter copied out of a PDF, an e-mail wrapped at 72 columns), when `text` reads as
// such a copy: at least three lines of about one width run on into the next line, and they
// are at least half of the lines of that width. A line runs on when its text (not its indent)
// is three quarters of that width or more, ends in an ASCII character that ends no sentence or
// lead-in (. ! ? : ;), and the next line, set in no further than 4 columns more, starts with a
// lower-case letter or a number that is no list mark, or with a capital when it is a long line or
// ends as a sentence part does (so "What We Are Doing" under a paragraph stays a heading). The join
// is a space (none after a hyphen). Otherwise returns `text` unchanged. Linear time. Pure;
// thread-safe.
std::string UnwrapEnglishLines(std::string_view text);

// The display columns of `c` that UnwrapPdfLines measures lines in: utf8proc_charwidth's
// answer, 0 where that is negative. Pure; thread-safe.
int DisplayWidth(char32_t c);

}  // namespace leakwatch::text
