// The spec's vocabularies from notice wording: incident type, data items and
// the organisation's sector, for Japanese and English.
#pragma once

#include <re2/re2.h>

#include <array>
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "record/incident.h"
#include "text/extract/common.h"

namespace leakwatch::text {

struct TypeGuess {
  record::IncidentType type = record::IncidentType::kOther;
  size_t start = 0, end = 0;  // the deciding keyword's byte range (end == 0: none)
};

// The incident type the wording points to. Keywords in `title` count three
// times; `text` is the whole normalised notice (title included is fine). A
// notice with no keyword is kOther. Linear time. Thread-safe.
TypeGuess ClassifyIncident(std::string_view title, std::string_view text);
// The presence forms of the type rules, in order: each rule case-blind ((?i)),
// cut at its gaps (CutAtGaps; an alternative headed by "誤って" keeps its runs of up to 20
// characters) and with its counted repeats open (WidenRepeats), so that a LinePresence over them
// finds every line of a text in which a rule matches the lower-cased text, and maybe more, and one
// set of them all keeps its DFA within its budget over notices it has not seen (22 MB over
// tests/extract's). (Patterns only: the set compiles them once.)
const std::vector<std::string>& TypeRuleForms();
// ClassifyIncident given `forms`, a LinePresence whose patterns first + i are
// TypeRuleForms()[i], and where[i], the windows of `text` in which rule i may
// match (from forms.In(text)), so that a caller finds them in the same pass
// as its other forms and compiles the rules once. With `title_found`, the
// forms that may match the title: forms.Which(AsciiLower(title), title_found,
// first, first + TypeRuleForms().size()), asked by the caller when it suits
// the cache. Same result.
TypeGuess ClassifyIncident(std::string_view title, std::string_view text, const LinePresence& forms,
                           size_t first, const std::vector<std::vector<Window>>& where,
                           const std::vector<int>* title_found = nullptr);

// True if `sentence` (ASCII lower-cased) warns or advises the reader ("be careful",
// "ご注意ください") rather than telling what happened. (Exposed for tests.)
bool IsAdvice(std::string_view sentence);

// The data item a phrase names (氏名 -> kName, "Social Security number" ->
// kMyNumberOrSsn), or nullopt when the phrase names no known item.
std::optional<record::DataItem> DataItemFor(std::string_view phrase);
// True if `phrase` is a member's number or ID ("member numbers", "Member ID"): a health
// plan's insurance number, or a credit union's account number.
bool IsMemberNumber(std::string_view phrase);
// One regex matching any data item word (for a quick filter). Thread-safe.
const RE2& AnyItemRe();

// Where AnyItemRe matches in `lower` (ASCII lower-cased text, which must
// outlive the finder): From(s) is the start of the first match that a search
// from s finds, npos if none. A search runs only when the last answer does
// not settle it (searched from after s, or found before s).
class ItemWordFinder {
 public:
  explicit ItemWordFinder(std::string_view lower) : lower_(lower) {}
  size_t From(size_t s);

 private:
  std::string_view lower_;
  bool searched_ = false;
  size_t from_ = 0, found_ = 0;
};

struct DataItems {
  std::vector<record::DataItem> items;  // sorted, unique
  std::vector<std::string> raw;         // as written, in order, unique
};

// The leaked data items: the notice's list of items (a line or sentence
// listing several items separated by ・、, / "and") mapped to the vocabulary,
// unknown items as kOther. Empty when the notice lists none. With
// `data_section` (the text under a "leaked information" heading) one known
// item per line is enough and bullet lines count as list entries. Sentences
// that deny ("…は含まれておりません", "No passwords were involved") are skipped.
// Segments starting inside a `skip` range (response and prevention sections)
// are not read.
DataItems FindDataItems(std::string_view text, bool data_section = false,
                        const std::vector<std::pair<size_t, size_t>>& skip = {});

// The items a Japanese title names ("口座番号等を記載した書類の誤送付について",
// "求職者登録情報（氏名・職務経歴等）の閲覧について"): its short pieces between の, ・,
// 、, brackets, 等 and を that map to the vocabulary. Known items only (no kOther).
DataItems FindTitleDataItems(std::string_view title);

// text.rfind(word), found by the word's rarest byte (RarestByte, as FindRare finds).
size_t RFindKana(std::string_view text, std::string_view word);

// Up to 16 words (none empty), for asking whether a short text holds any of
// them in one pass over it: a byte that is no word's rare byte is passed over
// at the cost of a table lookup, where a search for each word in turn would
// call memchr once per word. Same answer as text.find(w) != npos for some w.
class KanaWords {
 public:
  constexpr KanaWords(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      keys_[n_] = static_cast<uint8_t>(RarestByte(w));
      words_[n_] = w;
      by_byte_[static_cast<unsigned char>(w[keys_[n_]])] |= static_cast<uint16_t>(1u << n_);
      ++n_;
    }
  }
  bool In(std::string_view text) const {
    for (size_t i = 0; i < text.size(); ++i)
      for (unsigned m = by_byte_[static_cast<unsigned char>(text[i])]; m != 0; m &= m - 1) {
        const int j = std::countr_zero(m);
        if (i >= keys_[j] && text.substr(i - keys_[j]).starts_with(words_[j])) return true;
      }
    return false;
  }

 private:
  std::array<uint16_t, 256> by_byte_{};
  std::array<std::string_view, 16> words_{};
  std::array<uint8_t, 16> keys_{};
  size_t n_ = 0;
};

// Where the first of `words` (Japanese text, see FindRare) next occurs in
// `text`, for positions asked in order: From(from) is {at, k}, words[k]
// occurring at `at`, the leftmost at or after `from` (on a tie, the first of
// the words), or {npos, 0}. A word is looked for again only once `from` has
// passed where it was found. `text` and `words` must outlive it.
// REQUIRES: `from` never decreases from one call to the next.
class NextWord {
 public:
  NextWord(std::string_view text, std::span<const std::string_view> words);
  std::pair<size_t, size_t> From(size_t from);

 private:
  std::string_view text_;
  std::span<const std::string_view> words_;
  std::vector<size_t> at_;  // where each word was found last (npos: nowhere after)
};

// True if a list part names an organisation: "a subsidiary of Larkfield Health
// System", "Birchwood Medical Center", "Inc." (it ends in a corporate word).
// (Exposed for tests.)
bool NamesOrganization(std::string_view part);

// FindDataItems' per-segment steps (exposed for tests). Each skips its regex
// when the segment lacks a literal every match holds.
// The segment denies ("含まれておりません", "were not involved").
bool SegmentDenies(std::string_view seg);
// The segment is about a sample or form (見本, 様式, "sample", "(pdf").
bool SegmentIsSample(std::string_view seg);
// The segment cut at list separators (・、,/; 及び and or; not a comma between
// digits).
std::vector<std::string_view> SplitAtSeparators(std::string_view seg);

// The sector an organisation name implies (区役所 -> government, 病院 ->
// healthcare, 高等学校 -> education, 銀行 -> finance, ...), or nullopt.
std::optional<record::Sector> SectorFor(std::string_view org_name);

}  // namespace leakwatch::text
