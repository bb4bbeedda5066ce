// Choosing the record's scalar fields among the candidates the finders return
// (dates.h, counts.h, places.h, sections.h): which date is the announcement,
// which count is the affected one, who the organisation is.
#pragma once

#include <re2/re2.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "record/incident.h"
#include "text/extract/counts.h"
#include "text/extract/dates.h"
#include "text/extract/sections.h"

namespace leakwatch::text {

// The notice's language from its first 20,000 bytes: Japanese if they hold at
// least 10 kana or CJK ideographs (U+3040-30FF, U+4E00-9FFF, counted as
// `ja`) and ja * 4 >= (ASCII letters) / 4; else English.
record::Language DetectLanguage(std::string_view text);

// A form's labelled name ("報告者:株式会社…", "Name of Entity: Pinecrest …", the
// value on the label's line or the next): sets *value (a view into `top`) to
// the group of the first match of LabelledNameRe, as RE2::PartialMatch finds
// it; false if there is none.
bool FindLabelledName(std::string_view top, std::string_view* value);
const RE2& LabelledNameRe();

// RE2::PartialMatch(text, re) with groups[0] the match and groups[1 .. n-1] its groups,
// for a regex whose every match starts at a line's start ((?m)^), holds no line break and
// holds `needle`: a match anchored at the start of each line that holds `needle`, in order
// (the first found is the leftmost). RE2 searches a whole text for a regex with groups with
// its backtracker; a match anchored at a line's start ends where the line stops matching.
// False if there is none.
bool FirstMatchByLine(const RE2& re, std::string_view text, std::string_view needle,
                      re2::StringPiece* groups, int n);

// RE2::PartialMatch(text, re, group) for a regex with one group whose every match starts at
// the start of a line that starts with a capital ("(?m)^[A-Z]…"): a match anchored at each
// such line's start, in order, first without groups (RE2's DFA alone, which fails fast) and
// then with its group, instead of a DFA over every byte of the text. False if there is none.
bool FirstMatchAtCapitalLine(const RE2& re, std::string_view text, re2::StringPiece* group);

struct Found {
  std::string value;
  size_t start = 0, end = 0;  // evidence in the normalised text
};

// The notice's title: `html_title` (site suffix after " | " cut) when given,
// else the first line that reads like a title. nullopt for no such line.
std::optional<Found> FindTitle(std::string_view text, std::string_view html_title);

using ByteRanges = std::vector<std::pair<size_t, size_t>>;

// The byte ranges of a page's lists of its other articles, which date other incidents and
// posts: the lines under a short heading that names such a list, up to a blank line or a line
// that gives the page's own date. "■関連記事 / ・2024/09/12 地方銀行でUSBメモリ紛失", "Other News
// in Treasurer / Summer tax bills due Sept. 2   Posted on: July 22, 2025", "Related / Holiday
// hours (posted December 2, 2024)". Sorted.
ByteRanges OtherArticleBlocks(std::string_view text);

// Index into `dates` of the notice's own date: a date on a short line saying
// 発表/公表/掲載/Posted/Date: or a byline ("By A. Writer · Aug 9, 2023"), else
// a press-release dateline ("CONCORD, N.H. (September 12, 2017) -"), else a
// date standing alone on a short line near the top. nullopt when none exists.
// `other_articles`, if given, is OtherArticleBlocks(text), for a caller that picks both dates
// and so need not find the blocks twice.
std::optional<size_t> PickAnnouncedDate(std::string_view text,
                                        const std::vector<DateMention>& dates,
                                        const ByteRanges* other_articles = nullptr);

// Index of the earliest resolved date of the incident or its discovery: the
// earliest date not after the announcement, outside announcement lines and
// the contact/sources/prevention/you-can-do/response sections (what was done
// afterwards). nullopt if none.
// (`other_articles` as for PickAnnouncedDate.)
std::optional<size_t> PickIncidentDate(std::string_view text, const std::vector<DateMention>& dates,
                                       std::optional<size_t> announced,
                                       const std::vector<Section>& sections,
                                       const ByteRanges* other_articles = nullptr);

// Where a notice that states no date of the incident says it happened "本日" (today, the
// day of the notice): "本日午前10時12分に配信いたしました…メールにおいて…誤って". The byte range
// of 本日 in a sentence that tells of the event, outside the sections about what was done
// afterwards; nullopt if none.
std::optional<std::pair<size_t, size_t>> TodayOfTheIncident(std::string_view text,
                                                            const std::vector<Section>& sections);

// A regex asked only about text its guard passes. `may` must be true of every text `re`
// matches somewhere in (a word or an end each match needs); then In(text) equals
// RE2::PartialMatch(text, re), without the regex pass where `may` is false.
struct GuardedRe {
  GuardedRe(const char* pattern, bool (*may_match)(std::string_view))
      : re(pattern), may(may_match) {}
  bool In(std::string_view text) const { return may(text) && RE2::PartialMatch(text, re); }
  // The same, setting *group to the first group's match.
  bool In(std::string_view text, re2::StringPiece* group) const {
    return may(text) && RE2::PartialMatch(text, re, group);
  }

  RE2 re;
  bool (*may)(std::string_view);
};

// The guarded regexes of PickAffected, PickIncidentDate and FindTitle, for the test that each guard
// passes every text its regex matches in. Thread-safe.
std::vector<const GuardedRe*> FieldGuardedRes();

struct AffectedPick {
  std::optional<size_t> persons, households, records;  // indexes into counts
  std::vector<int> score;  // score[i]: counts[i]'s score (> 0: may be the number), for tuning
};

// The affected counts: each candidate is scored on its section (the data
// section wins), its sentence (leak wording counts for it, operation wording
// like 発送準備 / 作業 / 残り against it) and 計/合計/延べ/a total of.
// Records are reported only where the notice gives no person count.
AffectedPick PickAffected(std::string_view text, const std::vector<CountMention>& counts,
                          const std::vector<Section>& sections);

// "faxed a specialist referral for one patient", "gave out one of our tenant's new address": one
// person named in words, in an English notice that counts people nowhere else (`counts`).
// The span of "one …"; nullopt if there is none.
std::optional<std::pair<size_t, size_t>> OnePersonNamed(std::string_view text,
                                                        const std::vector<CountMention>& counts);

// The first line of `text` when it is two to six capitalised words alone ("Riverside Vale
// Homes"), a masthead that may name the organisation; nullopt otherwise.
std::optional<std::string_view> FirstLineMasthead(std::string_view text);

// The responsible organisation, as the notice names it; `title` is searched
// first, then the top of `text`. nullopt when no name is found.
std::optional<Found> FindOrganization(std::string_view text, std::string_view title,
                                      record::Language lang);

// The holder the last copyright line of `text` names ("Copyright © さくらぎ住宅販売株式会社
// All Rights Reserved.", "© 2026 Harbor Point Dental Group. All rights reserved."), with its
// offsets in `text`; nullopt when there is none or it names no organisation.
std::optional<Found> CopyrightHolder(std::string_view text, bool ja);

// Sets r->organization (name, sector, country, region, locality) from the
// organisation named in `text` / `title`, places in it, and `url`'s host. `footer` is text
// the page shows outside the notice (an HTML page's footer, the copyright lines of a plain
// text): the holder of its copyright names the organisation when `text` names none, or
// only a place (a company's postal address).
void FillOrganization(std::string_view text, std::string_view title, std::string_view url,
                      record::Incident* r, std::string_view footer = {});

// Sets r->cause, timeline, response, prevention and contact from `sections`
// (or, without headings, from sentences that read like them).
void FillSections(std::string_view text, const std::vector<Section>& sections,
                  const std::vector<DateMention>& dates, record::Incident* r);

// The kind of the section holding byte `pos`, or nullopt.
std::optional<SectionKind> SectionAt(const std::vector<Section>& sections, size_t pos);

}  // namespace leakwatch::text
