// Sections of a notice by their headings (経過・概要, 原因, 事故後の対応,
// 再発防止, 問い合わせ先, 情報ソース; What Happened, What Information Was
// Involved, What We Are Doing, What You Can Do, For More Information), and the
// list fields built from them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leakwatch::text {

enum class SectionKind {
  kTimeline,
  kData,
  kCause,
  kResponse,
  kPrevention,
  kContact,
  kSources,
  kYouCanDo,
  kOther,
};

struct Section {
  SectionKind kind = SectionKind::kOther;
  size_t heading_start = 0, heading_end = 0;  // the heading line
  size_t start = 0, end = 0;                  // the body after it, up to the next heading
  std::string inline_text;                    // text after "見出し:" on the heading line
};

// The kind a heading line names, or nullopt when `line` is not a heading
// (too long, a sentence, or no known heading word). Thread-safe.
std::optional<SectionKind> HeadingKind(std::string_view line);
// The kind the heading rules give `lower` (a heading's words, ASCII
// lower-cased), or nullopt; the first rule listed that matches names it.
// Thread-safe.
std::optional<SectionKind> HeadingRuleKind(std::string_view lower);
// False only where no heading rule can match `lower` (then HeadingRuleKind is
// nullopt): it holds none of the rules' English words (what, steps, data, ...)
// nor any of their key characters (対, 情, 経, ...). A byte pass. Thread-safe.
bool MayNameHeading(std::string_view lower);

// True for a site's navigation row copied with the page ("ログイン 会員登録
// お問い合わせ", "Home | About | Contact us"): three or more short pieces
// between spaces or bars, one of them a navigation word. Its 問い合わせ or
// "Contact" heads no section and is no title.
bool IsNavigationRow(std::string_view line);

// Sections in order. Text before the first heading belongs to no section.
// Linear time. Thread-safe.
std::vector<Section> FindSections(std::string_view text);

// The section of `kind` (first one), or nullptr.
const Section* SectionOf(const std::vector<Section>& sections, SectionKind kind);

// Splits [start, end) of `text` into trimmed sentences (at 。 and ". ", and at
// line ends), dropping list markers like "(1)" and empty pieces.
std::vector<std::string> Sentences(std::string_view text, size_t start, size_t end);
// False only for a first byte no list marker Sentences strips ("(1)", "1.", ①,
// ・ ● ■ ※ -) can start with.
bool MayStartListMarker(char c);
// False only where HeadingKind's numbering ("1.", "(2)", "三、", "第4", ①, ■,
// 【, "[", "A ") cannot start `line` (which does not start with a space): one
// or two ASCII digits or a letter before . 、 ． ) or a space, ( or [, or one
// of 一…十 ①-⑳ 第 ■□●○◆◇▼▽ ・ ※ 【.
bool MayStartNumbering(std::string_view line);

// Recurrence-prevention measures from the sentences of a prevention section:
// sentences about the past (…ました, …ものです) are dropped; the rest are cut
// into measures at "よう、" and at a verb's continuative form before "、",
// lead-ins like 今回の事態を厳粛に受け止め are removed, and polite endings
// become plain (図ります -> 図る, 行い -> 行う, 喚起し -> 喚起する).
std::vector<std::string> PreventionMeasures(const std::vector<std::string>& sentences);

}  // namespace leakwatch::text
