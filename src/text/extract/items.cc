// FindDataItems (declared in vocab.h): the notice's own list of leaked items.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <set>

#include "text/extract/common.h"
#include "text/extract/places.h"
#include "text/extract/vocab.h"
#include "text/normalize.h"

namespace leakwatch::text {

using record::DataItem;

namespace {

// True if `s` holds a word one of CleanItem's Japanese `tail` branches needs.
bool HasTailWord(std::string_view s) {
  static constexpr KanaWords kWords{"等",   "など",   "の一部", "が含まれ", "が記載",
                                    "です", "でした", "を含む", "情報"};
  return kWords.In(s);
}

// False only where CleanItem's `head` cannot match: no colon, and no ASCII
// letter or no ASCII space.
bool HeadMayMatch(std::string_view s) {
  // One table lookup per byte: 1 colon, 2 ASCII letter, 4 ASCII space.
  static constexpr auto kClass = [] {
    std::array<uint8_t, 256> t{};
    t[':'] = 1;
    for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = t[static_cast<size_t>(c - 32)] = 2;
    for (int c = '\t'; c <= '\r'; ++c) t[static_cast<size_t>(c)] = 4;
    t[' '] = 4;
    return t;
  }();
  uint8_t seen = 0;
  for (unsigned char c : s) {
    seen |= kClass[c];
    if ((seen & 1) != 0 || seen == 6) return true;
  }
  return false;
}

// Strips list decoration around one item: "等", "など", "です", "の一部",
// brackets, and a leading "and"/"or".
std::string CleanItem(std::string_view t) {
  static const RE2 tail(
      "(?:(?:等|など|の一部|が含まれ.*|が記載.*|です|でした|を含む.*|の情報|情報)+|"
      "(?i:(?: and| or)? (?:other|certain|some) .*| were .*| was .*| may .*| of the .*| for .*|"
      // "phone numbers emailed in error": what happened to the item.
      " (?:e-?mailed|mailed|sent|posted|faxed) (?:in error|by mistake)\\b.*|"
      " of (?:approximately |about |up to |nearly |more than |over )?[0-9].*))$");
  static const RE2 head(
      "^(?i:.*(?:included|includes|include|including|such as|involved|contained|contains|contain|"
      "could see|can see|able to "
      "see|(?:could|may|might) have (?:seen|viewed|accessed)|(?:could|can|able to) "
      "view|shows?|showed|shown|held|holds|exposed|accessed|viewed|listed|lists|disclosed|revealed|"
      "captur(?:e|ed|ing)|confirm(?:ed)?|"
      // "the callers were able to learn the customer's name".
      "(?:able to|could|can) learn|learned|"
      "looked at)\\s+|.*:\\s*|"
      "(?:and|or|the|was|were|your|their|(?:each|an?) [a-z]+['’]s|"
      "in (?:some|certain|limited|rare|a few) (?:cases|instances|files|records|documents),?"
      "(?: an?)?|his|her|its|patients'|patient|"
      "members'|customers'|"
      // "the last four digits of a payment card": the item is the card.
      "last (?:four|4|two|2) digits of(?: an?)?) +)+");
  std::string s;
  std::string_view trimmed = TrimSpace(t);
  // "(1)生徒の氏名" (NFKC of "（１）"): a list's number, dropped before the brackets are (which
  // would leave "1生徒の氏名").
  if (size_t number = 0; LeadingParenNumber(trimmed, &number) > 0 && number < trimmed.size())
    trimmed = TrimSpace(trimmed.substr(number));
  // "お客さま(法人のご担当者さまを含む)の氏名": an aside in brackets that names no item is
  // dropped whole, so that the item after it is read. So is one after an item, at the end
  // ("パスポート番号(海外ツアーをお申し込みの一部会員様のみ)").
  std::string without_aside;
  if (const size_t open = trimmed.find('('); open != std::string_view::npos && open > 0)
    if (const size_t close = trimmed.find(')', open);
        close != std::string_view::npos &&
        (close + 1 < trimmed.size() || DataItemFor(trimmed.substr(0, open))) &&
        !DataItemFor(trimmed.substr(open + 1, close - open - 1))) {
      without_aside = std::string(trimmed.substr(0, open));
      without_aside += trimmed.substr(close + 1);
      trimmed = without_aside;
    }
  if (IsValidUtf8(trimmed)) {
    // The brackets are whole characters, so in valid UTF-8 dropping each where
    // it stands is what erasing one kind after another does.
    s.reserve(trimmed.size());
    for (size_t i = 0; i < trimmed.size(); ++i) {
      const char c = trimmed[i];
      if (c == '(' || c == ')' || c == '"' || c == '\'') continue;
      // 「」『』【】: E3 80 then 8C 8D 8E 8F 90 91.
      if (c == '\xE3' && i + 2 < trimmed.size() && trimmed[i + 1] == '\x80' &&
          static_cast<unsigned char>(trimmed[i + 2]) >= 0x8C &&
          static_cast<unsigned char>(trimmed[i + 2]) <= 0x91) {
        i += 2;
        continue;
      }
      s.push_back(c);
    }
  } else {
    s = std::string(trimmed);
    for (const char* b : {"「", "」", "【", "】", "(", ")", "『", "』", "\"", "'"}) {
      size_t p;
      while ((p = s.find(b)) != std::string::npos) s.erase(p, std::string_view(b).size());
    }
  }
  static const RE2 count_prefix("^.*?[0-9][0-9,]*(?:名|人|件|世帯)分?の");
  static const RE2 bullet("^(?:[・●○■□◆◇※•\\-*]|\\([0-9]{1,2}\\)|[0-9]{1,2}[.)]) *");
  // Every bullet starts with one of these bytes (・●○■□◆◇※• start E2 or E3).
  if (!s.empty() && (s[0] == '-' || s[0] == '*' || s[0] == '(' || (s[0] >= '0' && s[0] <= '9') ||
                     s[0] == '\xE2' || s[0] == '\xE3'))
    RE2::Replace(&s, bullet, "");
  // "① 被保険者番号" (NFKC: "1 被保険者番号"), "ア 負担割合": list markers before a
  // Japanese item.
  static const RE2 ja_marker("^((?:[0-9]{1,2}|[アイウエオカキクケコ]) +)");
  re2::StringPiece marker;
  if (!s.empty() && ((s[0] >= '0' && s[0] <= '9') || s[0] == '\xE3') &&
      RE2::PartialMatch(s, ja_marker, &marker) && marker.size() < s.size() &&
      static_cast<unsigned char>(s[marker.size()]) >= 0x80)
    s.erase(0, marker.size());
  if (HasAsciiDigit(s)) RE2::Replace(&s, count_prefix, "");
  // "国民健康保険資格確認書に記載された氏名": the item, not the paper it is written on.
  static const RE2 written_on("^.+?(?:に記載された|に記載されている|に記載の)");
  if (FindRare(s, "記載") != std::string::npos) RE2::Replace(&s, written_on, "");
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  if (s.ends_with("。")) s.resize(s.size() - std::string_view("。").size());
  // "記載されている情報 氏名": a label before the first item, ended by a space or colon.
  static const RE2 label_head("^[^ :]*(?:情報|項目|内容) +");
  static constexpr KanaWords kLabelWords{"情報", "項目", "内容"};
  if (s.find(' ') != std::string::npos && kLabelWords.In(s)) RE2::Replace(&s, label_head, "");
  // Each branch of `head` holds a colon, or an ASCII letter other than s and k
  // (which (?i) also matches in ſ and K) and then a space (\s): without them it
  // cannot match.
  if (HeadMayMatch(s)) RE2::Replace(&s, head, "");
  // `tail` needs a space (each English branch starts with one) or one of its
  // Japanese words.
  if (s.find(' ') != std::string::npos || HasTailWord(s)) RE2::Replace(&s, tail, "");
  return std::string(TrimSpace(s));
}

}  // namespace

bool NamesOrganization(std::string_view part) {
  // ("the U.S. Department of Health and Human Services", "the Office of the Australian
  // Information Commissioner": a body notified, not an item.)
  // (Each ends in "of ": the words before each "of " are looked at.)
  for (size_t of = part.find("of "); of != std::string_view::npos; of = part.find("of ", of + 1))
    for (std::string_view before : {"subsidiary ", "division ", "affiliate ", "member ",
                                    "Department ", "Office ", "Ministry "})
      if (part.substr(0, of).ends_with(before)) return true;
  if (part.ends_with('.')) part.remove_suffix(1);
  const size_t space = part.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? part : part.substr(space + 1);
  for (std::string_view word : {"Inc", "LLC", "Ltd", "Corp", "Co", "PLLC", "Center", "Centre",
                                "Hospital", "System", "Group", "Company", "Corporation"})
    if (last == word) return true;
  return false;
}

namespace {

bool IsJapanese(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0xE3) return true;
  return false;
}

bool StartsWithBullet(std::string_view line) { return BulletBytes(TrimSpace(line)) > 0; }

// A line that can be an entry of a list: bulleted, or short and not a sentence.
bool IsListLine(std::string_view line) {
  const std::string_view t = TrimSpace(line);
  if (t.empty()) return false;
  if (StartsWithBullet(t)) return true;
  return t.size() <= 120 && !t.ends_with(".") && !t.ends_with("。") && !t.ends_with(":");
}

// True if the list line at `s` belongs to a run of list lines (up to 30 lines back) that
// follows a line ending in a colon, or that holds the list which ended at `list_end`.
bool BulletsContinueList(std::string_view text, size_t s, size_t list_end) {
  size_t line_start = text.rfind('\n', s == 0 ? 0 : s - 1);
  line_start = line_start == std::string_view::npos || s == 0 ? 0 : line_start + 1;
  bool blank = false;
  for (int n = 0; n < 30 && line_start > 0; ++n) {
    const size_t le = line_start - 1;  // the '\n' ending the line before
    const size_t prev_nl = le == 0 ? std::string_view::npos : text.rfind('\n', le - 1);
    const size_t ls = prev_nl == std::string_view::npos ? 0 : prev_nl + 1;
    const std::string_view line = TrimSpace(text.substr(ls, le - ls));
    if (list_end != std::string_view::npos && list_end >= ls && list_end <= le) return true;
    // (One blank line may stand between the entries, or after the colon.)
    if (line.empty()) {
      if (blank) return false;
      blank = true;
    } else {
      if (!IsListLine(line)) return line.ends_with(":");
      blank = false;
    }
    line_start = ls;
  }
  return false;
}

}  // namespace

size_t RFindKana(std::string_view text, std::string_view word) {
  if (word.empty() || word.size() > text.size()) return text.rfind(word);
  // The last place whose rare byte matches, then the whole word.
  const size_t key = RarestByte(word);
  for (size_t i = text.size() - word.size() + 1; i-- > 0;)
    if (text[i + key] == word[key] && text.compare(i, word.size(), word) == 0) return i;
  return std::string_view::npos;
}

NextWord::NextWord(std::string_view text, std::span<const std::string_view> words)
    : text_(text), words_(words), at_(words.size()) {
  for (size_t k = 0; k < words.size(); ++k) at_[k] = FindRare(text, words[k]);
}

std::pair<size_t, size_t> NextWord::From(size_t from) {
  std::pair<size_t, size_t> first{std::string_view::npos, 0};
  for (size_t k = 0; k < words_.size(); ++k) {
    // (One found at or after `from` is still the first from there.)
    if (at_[k] != std::string_view::npos && at_[k] < from)
      at_[k] = FindRare(text_, words_[k], from);
    if (at_[k] < first.first) first = {at_[k], k};
  }
  return first;
}

size_t ItemWordFinder::From(size_t s) {
  // The last answer holds if it was searched from at or before s and lies at
  // or after s (or there was none).
  if (searched_ && from_ <= s && (found_ == std::string_view::npos || found_ >= s)) return found_;
  const re2::StringPiece input(lower_.data(), lower_.size());
  re2::StringPiece m;
  found_ = s <= lower_.size() && AnyItemRe().Match(input, s, lower_.size(), RE2::UNANCHORED, &m, 1)
               ? static_cast<size_t>(m.data() - lower_.data())
               : std::string_view::npos;
  searched_ = true;
  from_ = s;
  return found_;
}

bool SegmentDenies(std::string_view seg) {
  // Each Japanese branch ends in ません, おらず, ていなかった or ない; each English one holds "no".
  if (!ContainsAny(seg, {"ません", "おらず", "ていなかった", "ない"}) &&
      !ContainsAsciiNoCase(seg, "no") && !ContainsAsciiNoCase(seg, "never"))
    return false;
  // ("暗証番号は記載されておらず、…": the item named is not in it.)
  static const RE2 denial(
      "(?i)(?:ておりません|ておらず|ていません|ありません|ございません|含まれません|ていなかった|"
      "お預かりしておりません|^ "
      "*no |"
      // ("※住所、電話番号、保護者の情報は記録されていない", "個人番号(マイナンバー)は記載のない
      // 住民票の写しでした", "The employee could not see Social Insurance Numbers", "as no
      // financial account or Social Security numbers were included".)
      "(?:記載|記録|登録|保存|掲載)されていない|含まれていない|は記載のない|"
      "could not (?:see|view|access|open)|could not be "
      "(?:seen|viewed|accessed|opened|read)|\\bno\\b[^.]{0,80}\\b(?:was|were) (?:included|involved|"
      "affected|accessed)|"
      // ("are not" as words: not "care notes". "is not" also finds "is notifying" and "this
      // notice", which keeps the opening sentence of a release, "Pinecrest Behavioral Health is
      // notifying … of an incident involving personal and protected health information", from
      // being read as a list.)
      "\\bare not\\b|(?:was|were|is) not|not (?:been )?(?:involved|affected|accessed|compromised|"
      "included)|"
      // ("Passwords, payment details and messages were never returned by this endpoint".)
      "(?:was|were|are|is|have|has) never|never (?:been )?(?:returned|included|involved|affected|"
      "accessed|exposed|stored|shown|displayed|collected)|"
      // ("The officer did not complete the identity checks and read out the resident's postal
      // address": a failure, not a denial.)
      "no evidence|did not (?:include|contain|involve|affect|hold|show|have|appear|access|"
      "expose|reveal|see|view|take|acquire|compromise|leave|reach|get|obtain|copy|remove|"
      "store|keep|retain|list)|(?:do|does) not (?:include|contain|involve|hold|show|display|"
      "store|collect|keep|retain))");
  return RE2::PartialMatch(seg, denial);
}

bool SegmentIsSample(std::string_view seg) {
  // "sample" under (?i) may start with ſ, so its tail "ampl" is what is looked for.
  if (!ContainsAsciiNoCase(seg, "ampl") &&
      !ContainsAny(seg, {"(pdf", "見本", "様式", "記入例", "サンプル"}))
    return false;
  static const RE2 sample("見本|様式|記入例|サンプル|\\(pdf|(?i)sample");
  return RE2::PartialMatch(seg, sample);
}

std::vector<std::string_view> SplitAtSeparators(std::string_view seg) {
  // What ForEachMatch of ・|、|,|/|;|及び|および|並びに|ならびに|\band\b|\bor\b|\band/or\b
  // finds, scanned by hand: the separators cannot overlap each other, "and/or"
  // is found as "and", "/" and "or" (the first alternative wins), and \b is
  // ASCII-only.
  auto word = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  };
  auto word_at = [&](std::string_view w, size_t i) {
    return seg.compare(i, w.size(), w) == 0 && (i == 0 || !word(seg[i - 1])) &&
           (i + w.size() == seg.size() || !word(seg[i + w.size()]));
  };
  // The bytes a separator can start with; most bytes are none of them.
  static constexpr auto kMayStart = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : std::string_view(",/;ao\xE3\xE4\xE5")) t[c] = true;
    return t;
  }();
  std::vector<std::string_view> parts;
  size_t last = 0;
  for (size_t i = 0; i < seg.size();) {
    const char c = seg[i];
    if (!kMayStart[static_cast<unsigned char>(c)]) {
      ++i;
      continue;
    }
    size_t len = 0;
    if (c == ',') {
      // "3,900": a comma between digits is a thousands separator.
      if (!(i > 0 && i + 1 < seg.size() && std::isdigit((unsigned char)seg[i - 1]) &&
            std::isdigit((unsigned char)seg[i + 1])))
        len = 1;
      else {
        ++i;
        continue;
      }
    } else if (c == '/' || c == ';') {
      len = 1;
    } else if (c == 'a') {
      if (word_at("and", i)) len = 3;
    } else if (c == 'o') {
      if (word_at("or", i)) len = 2;
    } else if (i + 2 < seg.size()) {
      // (c is E3, E4 or E5.) ・ E3 83 BB, 、 E3 80 81, お E3 81 8A, な E3 81 AA,
      // 並 E4 B8 A6, 及 E5 8F 8A.
      const unsigned char b1 = static_cast<unsigned char>(seg[i + 1]),
                          b2 = static_cast<unsigned char>(seg[i + 2]);
      std::string_view w;
      if (c == '\xE3') {
        if ((b1 == 0x83 && b2 == 0xBB) || (b1 == 0x80 && b2 == 0x81))
          len = 3;
        else if (b1 == 0x81 && b2 == 0x8A)
          w = "および";
        else if (b1 == 0x81 && b2 == 0xAA)
          w = "ならびに";
      } else if (c == '\xE4' ? b1 == 0xB8 && b2 == 0xA6 : b1 == 0x8F && b2 == 0x8A) {
        w = c == '\xE4' ? "並びに" : "及び";
      }
      if (!w.empty() && seg.compare(i, w.size(), w) == 0) len = w.size();
    }
    if (len == 0) {
      ++i;
      continue;
    }
    parts.push_back(seg.substr(last, i - last));
    i += len;
    last = i;
  }
  parts.push_back(seg.substr(last));
  return parts;
}

DataItems FindDataItems(std::string_view text, bool data_section,
                        const std::vector<std::pair<size_t, size_t>>& skip) {
  DataItems out;
  std::set<DataItem> items;
  std::set<std::string> seen_raw;
  // Whether a payment card is named in a list, or only an expiry date (see the end).
  bool expiry_only = false, card_named = false;
  // Each segment: a line cut at 。 and "." sentence ends, split at list separators.
  // A segment can be a list only if an item word starts inside it. No item
  // word holds a sentence end, and a segment of at most 1500 bytes starts
  // after a sentence end (or at 0) and ends at one (or at the end), so no
  // match runs into it from before: the first match starting inside it is the
  // first one a search from its start finds. That search is made only when
  // the last one found lies before the segment (ItemWordFinder).
  const std::string lower = AsciiLower(text);
  ItemWordFinder items_at(lower);
  size_t pos = 0;
  size_t lists_found = 0;
  size_t last_list_end = std::string_view::npos;  // where the last list found ends
  while (pos < text.size() && lists_found < 8) {
    auto [s, e] = SentenceAround(text, pos);
    if (e <= pos) e = pos + 1;
    std::string_view seg = text.substr(s, std::min(e, text.size()) - s);
    pos = e;
    if (pos < text.size() && text[pos] == '\n') ++pos;
    if (seg.size() > 1500) continue;
    bool skipped = false;
    for (const auto& [a, b] : skip) skipped = skipped || (s >= a && s < b);
    if (skipped) continue;
    // Cheap filter first: a list needs at least one item word (but under a data heading a
    // bullet names one item, known or not: "・購入履歴"; see one_bullet below. Not one that
    // counts what it holds: "・個人のお客様 約1,800名の確定申告データ" names a record.)
    if (items_at.From(s) >= s + seg.size() &&
        !(data_section && StartsWithBullet(seg) && !HasAsciiDigit(seg)))
      continue;
    // "Date of birth      Yes     Yes     No": a row of a table laid out with spaces, its item
    // and a yes or no for each group of people; held if any says yes.
    bool spaced_row = false;
    if (seg.find("  ") != std::string_view::npos) {
      static const RE2 row(
          "^\\s*(\\S.*?\\S)((?:\\s{2,}(?:Yes|No|YES|NO|yes|no|Y|N|○|◯|×|✕))+)\\s*$");
      re2::StringPiece head, marks;
      if (RE2::FullMatch(seg, row, &head, &marks)) {
        const std::string_view m(marks.data(), marks.size());
        // (Each mark stands apart, after spaces: "Yes", "Y", "○".)
        bool yes = false;
        for (size_t at = m.find_first_not_of(" \t"); at != std::string_view::npos && !yes;) {
          const size_t end = std::min(m.size(), m.find_first_of(" \t", at));
          const std::string_view mark = m.substr(at, end - at);
          yes = mark == "Yes" || mark == "YES" || mark == "yes" || mark == "Y" || mark == "○" ||
                mark == "◯";
          at = m.find_first_not_of(" \t", end);
        }
        if (!yes) continue;
        seg = std::string_view(head.data(), head.size());
        spaced_row = true;
      }
    }
    // "学籍番号 | 全員分", "| 契約書 | 52件 | 氏名/住所/電話番号 |": a table row names its
    // items in one cell, the one naming the most.
    if (seg.find('|') != std::string_view::npos) {
      std::string_view best;
      int best_known = 0;
      bool denied = false, affirmed = false;
      std::string_view first;  // the row's first cell with words
      for (size_t from = 0; from <= seg.size();) {
        size_t bar = seg.find('|', from);
        if (bar == std::string_view::npos) bar = seg.size();
        const std::string_view cell = seg.substr(from, bar - from);
        // "| Date of birth | No |", "| 口座番号 | × |": a row that says its item was not held.
        const std::string_view t = TrimSpace(cell);
        denied = denied || t == "No" || t == "no" || t == "NO" || t == "×" || t == "✕" ||
                 t == "なし" || t == "無" || t == "いいえ" || t == "Not included";
        const bool yes = t == "Yes" || t == "yes" || t == "YES" || t == "○" || t == "◯" ||
                         t == "あり" || t == "有" || t == "はい" || t == "Included";
        affirmed = affirmed || yes;
        if (first.empty() && !t.empty() && !yes) first = t;
        int known = 0;
        for (std::string_view part : SplitAtSeparators(cell))
          if (DataItemFor(CleanItem(part))) ++known;
        if (known > best_known) best = cell, best_known = known;
        from = bar + 1;
      }
      // ("| Date of birth | Yes | No |": held for one group of people, not the other; held.)
      if (denied && !affirmed) continue;
      // "| Suburb and postcode | Yes |" under a data heading: the row says its item was held,
      // known or not.
      if (best_known == 0 && data_section && affirmed && !first.empty())
        best = first;
      else if (best_known == 0)
        continue;
      seg = best;
    }
    if (SegmentDenies(seg) || SegmentIsSample(seg)) continue;
    // "The person used email and password combinations that were stolen from other websites":
    // credentials leaked elsewhere that an attacker tried (credential stuffing), not items this
    // incident exposed.
    if (ContainsAsciiNoCase(seg, "password") && ContainsAsciiNoCase(seg, "stolen")) {
      static const RE2 stuffed(
          "(?i)\\bpasswords?\\b[^.;]{0,60}\\b(?:stolen|obtained|taken|leaked|harvested) (?:from|in|"
          "at|during) (?:an? )?(?:other|another|unrelated|third[- ]party|previous|earlier|"
          "prior)\\b");
      if (RE2::PartialMatch(seg, stuffed)) continue;
    }
    // "表示されたのはメールアドレスのみで、お名前やご住所、\nお子さまの情報は含まれておりません。":
    // a line broken after 、 goes on in the next, which may deny what it lists.
    if (TrimSpace(seg).ends_with("、") && pos < text.size()) {
      const auto [ns, ne] = SentenceAround(text, pos);
      if (ne > ns && SegmentDenies(text.substr(ns, std::min(ne, text.size()) - ns))) {
        // (What it says was the only item, before "のみで", is still listed.)
        const size_t only = FindRare(seg, "のみで、");
        if (only == std::string_view::npos) continue;
        seg = seg.substr(0, only + std::string_view("のみ").size());
      }
    }
    // "申請書と証明書の氏名・生年月日を照合せずに": items that were to be checked against
    // each other, not leaked.
    if (FindRare(seg, "照合") != std::string_view::npos) continue;
    // "If your driver licence was involved, you can replace it …": advice on what to do
    // if an item was involved, not a list of what was.
    static const RE2 if_involved(
        "^[Ii]f your [^,;]{0,60}\\b(?:was|were|is|are|has been|have been) (?:involved|affected|"
        "included|exposed)\\b");
    if (const std::string_view t = TrimSpace(seg);
        (t.starts_with("If ") || t.starts_with("if ")) && RE2::PartialMatch(t, if_involved))
      continue;
    // "We will never ask for your ID number, login or password", "will never phone or email
    // you to ask for your health card number or banking information", "will not call or email
    // patients asking for their insurance ID": a warning, not a list.
    static const RE2 never_ask(
        "(?i)\\b(?:will|would|does|do)(?: never| not|n['’]t) (?:call|phone|telephone|e-?mail|text|"
        "contact|ask|request)|\\bnever (?:ask|request)s? (?:for|you)");
    if ((seg.find("never") != std::string_view::npos || seg.find("not") != std::string_view::npos ||
         seg.find("n't") != std::string_view::npos || seg.find("n’t") != std::string_view::npos) &&
        RE2::PartialMatch(seg, never_ask))
      continue;
    // "Our phone lines, rent payments and repairs service are working again": services
    // back in operation, not data.
    static const RE2 services_back(
        "(?i)\\b(?:are|is) (?:now |all )?(?:working|running|operating|back (?:up|online|in "
        "operation)|available) again\\b|\\b(?:have|has) (?:now |all )?been restored\\b");
    if (seg.find("again") != std::string_view::npos ||
        seg.find("restored") != std::string_view::npos)
      if (RE2::PartialMatch(seg, services_back)) continue;
    // "changed all related passwords", "reset the passwords of the affected accounts": what
    // was done to an item, not an item that leaked.
    static const RE2 action_on_item(
        "(?i)\\b(?:changed|reset|rotated|revoked|changing|resetting|rotating|forced a reset of) "
        "(?:all |the |their |its |our )?(?:related |affected |staff |user |account )?(?:passwords?|"
        "credentials|pins?)\\b");
    if (seg.find("assword") != std::string_view::npos && RE2::PartialMatch(seg, action_on_item) &&
        !data_section)
      continue;
    std::vector<std::string_view> parts = SplitAtSeparators(seg);
    // parts[at] becomes the two parts a and b.
    auto split_part = [&parts](size_t at, std::string_view a, std::string_view b) {
      parts[at] = a;
      parts.insert(parts.begin() + static_cast<std::ptrdiff_t>(at) + 1, b);
    };
    // "名簿には、受講者の皆様16名の氏名と電話番号が記載されております": two items joined by と or
    // や, split where the words on both sides name items (not "ひとり", "ところ").
    bool joined = false;
    for (size_t pi = 0; pi < parts.size(); ++pi)
      for (std::string_view joint : {"と", "や"})
        for (size_t at = FindRare(parts[pi], joint); at != std::string_view::npos;
             at = FindRare(parts[pi], joint, at + joint.size())) {
          const std::string_view left = parts[pi].substr(0, at);
          const std::string_view right = parts[pi].substr(at + joint.size());
          // (Each a short noun, no clause: not "相手が名乗った氏名と電話番号を回答しました", "お
          // 電話があり", "交付時に請求書".)
          auto noun = [](std::string_view w) {
            const std::string c = CleanItem(w);
            return c.size() <= 24 && DataItemFor(c) && FindRare(c, "が") == std::string::npos &&
                   FindRare(c, "を") == std::string::npos &&
                   FindRare(c, "に") == std::string::npos && FindRare(c, "て") == std::string::npos;
          };
          if (!noun(left) || !noun(right)) continue;
          split_part(pi, left, right);
          joined = true;
          break;
        }
    // (Two such items are a list where the sentence says they were written or held.)
    const bool joined_list = joined && parts.size() == 2 &&
                             (FindRare(seg, "記載") != std::string_view::npos ||
                              FindRare(seg, "含まれ") != std::string_view::npos ||
                              FindRare(seg, "記録") != std::string_view::npos ||
                              FindRare(seg, "流出") != std::string_view::npos ||
                              FindRare(seg, "漏") != std::string_view::npos ||
                              FindRare(seg, "個人情報") != std::string_view::npos);
    // "被保険者証(氏名": an item, then the first of the items it holds.
    for (size_t pi = 0; pi < parts.size(); ++pi) {
      size_t open = parts[pi].find('(');
      if (open == std::string_view::npos || open == 0) continue;
      std::string_view outer = parts[pi].substr(0, open), inner = parts[pi].substr(open + 1);
      // "第2学年(3学級)の生徒102名の氏名": an aside closed inside the part, then the item the
      // part ends with (and the item before the aside, if it names one).
      if (const size_t close = inner.find(')');
          close != std::string_view::npos && close + 1 < inner.size()) {
        const std::string_view rest = inner.substr(close + 1);
        if (DataItemFor(CleanItem(rest))) {
          if (DataItemFor(CleanItem(outer))) {
            split_part(pi, outer, rest);
            ++pi;
          } else {
            parts[pi] = rest;
          }
          continue;
        }
      }
      if (DataItemFor(CleanItem(outer)) && DataItemFor(CleanItem(inner))) {
        split_part(pi, outer, inner);
        ++pi;
      } else if (DataItemFor(CleanItem(inner)) && parts[pi].find(')') == std::string_view::npos) {
        // "個人情報(氏名": a label, then the first of the items it holds.
        parts[pi] = inner;
      }
    }
    // "Credit/Debit card number", "parent/guardian name", "parent or guardian email
    // addresses": a word before "/" or "or" that names nothing shares the noun of the item
    // after it; the two are one item.
    for (size_t pi = 0; pi + 1 < parts.size(); ++pi) {
      const std::string_view p = parts[pi];
      const char* after = p.data() + p.size();
      if (after >= seg.data() + seg.size()) continue;
      const std::string_view rest(after, static_cast<size_t>(seg.data() + seg.size() - after));
      if (!rest.starts_with("/") && !rest.starts_with(" or ") && !rest.starts_with("or ")) continue;
      const std::string w = CleanItem(p);
      if (w.empty() || IsJapanese(w) || w.find(' ') != std::string::npos || DataItemFor(w))
        continue;
      const std::string_view next = parts[pi + 1];
      parts[pi] =
          std::string_view(p.data(), static_cast<size_t>(next.data() + next.size() - p.data()));
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(pi) + 1);
    }
    // "driver licence (front and back)": a bracket's words split off at "and" are no items.
    for (size_t pi = 1; pi < parts.size(); ++pi) {
      const std::string_view t = TrimSpace(parts[pi]);
      const size_t close = t.find(')');
      if (close == std::string_view::npos ||
          t.substr(0, close).find('(') != std::string_view::npos ||
          parts[pi - 1].find('(') == std::string_view::npos ||
          parts[pi - 1].find(')') != std::string_view::npos ||
          DataItemFor(CleanItem(t.substr(0, close))))
        continue;
      parts[pi] = parts[pi].substr(parts[pi].find(')') + 1);
    }
    // "…、メールアドレス)のみが流出した…": the list ends at its closing bracket.
    for (std::string_view& part : parts) {
      const size_t close = part.find(')');
      if (close != std::string_view::npos && close > 0 &&
          part.substr(0, close).find('(') == std::string_view::npos &&
          DataItemFor(CleanItem(part.substr(0, close))))
        part = part.substr(0, close);
    }
    // A line that starts with a bullet lists items from its first word ("- Members Club
    // number and points balance"): its first part is no lead-in. Bullets that follow a
    // list or a line ending in a colon ("The data fields were:") are a data list too.
    const bool bulleted = StartsWithBullet(seg);
    // ("The spreadsheet listed 143 students and included:\nstudent name and student ID
    // number\nschool and grade level": lines under a colon, bulleted or not.)
    const bool in_list =
        (bulleted || IsListLine(seg)) && BulletsContinueList(text, s, last_list_end);
    const bool listing = data_section || in_list || joined_list || spaced_row;
    if (parts.size() < (listing ? 1u : 3u)) {
      // "対象は保護者230名のメールアドレスです": one item, said to be the data of
      // a counted group of people, is a list of one.
      static const RE2 counted_item(
          "[0-9][0-9,]*(?:名|人)分?の([^、。 ]{2,12}?)(?:です|でした|が|を|は|等|など|の一部|$)");
      // "The only information involved was email addresses.": the one item a sentence
      // says the information was.
      static const RE2 only_item(
          "(?i)^(?:the )?(?:only )?(?:personal )?(?:information|data) (?:involved|exposed|"
          "affected|disclosed|visible) (?:was|were) (?:limited to |only )?(?:the |your )?"
          "([a-z][a-z '-]{2,40}?)\\.? *$");
      // The one item either pattern names, as a list of one; false if it is no item.
      auto take_one = [&](re2::StringPiece m) {
        const std::string_view word(m.data(), m.size());
        std::optional<DataItem> item = DataItemFor(word);
        if (!item) return false;
        items.insert(*item);
        if (seen_raw.insert(std::string(word)).second) out.raw.emplace_back(word);
        ++lists_found;
        return true;
      };
      // "For a small number of members, Social Security numbers were also involved.":
      // the one item a sentence adds to the list before it.
      static const RE2 also_item(
          "(?i)(?:^|, )(?:the |your |their )?([a-z][a-z '-]{2,40}?) (?:were|was) also "
          "(?:involved|affected|impacted|exposed|included|compromised|accessed)\\.? *$");
      // "everyone who received it could see the email addresses of the other 311 recipients",
      // "the email addresses of 312 supporters were visible": a group e-mail's one item.
      // ("受信者全員にほかの参加者のメールアドレスが表示される", "表示されたのはメールアドレス
      // のみ".)
      static const RE2 visible_addresses(
          "(?i)\\b(?:see|saw|view|viewed)\\b[^.]{0,40}\\b(e-?mail addresses)\\b|\\b(e-?mail "
          "addresses)\\b[^.]{0,60}\\b(?:were|was) (?:visible|exposed|disclosed|revealed)\\b|"
          "(メールアドレス)が(?:表示|見え|閲覧でき)|表示されたのは(メールアドレス)");
      re2::StringPiece m, m2, m3, m4;
      if ((seg.find("addresses") != std::string_view::npos ||
           FindRare(seg, "メールアドレス") != std::string_view::npos) &&
          RE2::PartialMatch(seg, visible_addresses, &m, &m2, &m3, &m4) &&
          take_one(!m.empty()    ? m
                   : !m2.empty() ? m2
                   : !m3.empty() ? m3
                                 : m4))
        continue;
      if (seg.find("also") != std::string_view::npos &&
          RE2::PartialMatch(TrimSpace(seg), also_item, &m) && take_one(m))
        continue;
      if (parts.size() == 1 &&
          (seg.find("information") != std::string_view::npos ||
           seg.find("data") != std::string_view::npos) &&
          RE2::PartialMatch(TrimSpace(seg), only_item, &m) && take_one(m))
        continue;
      if (parts.size() == 1 && FindRare(seg, "の") != std::string_view::npos &&
          RE2::PartialMatch(seg, counted_item, &m))
        take_one(m);
      // "The file held clients' names and addresses.", "a spreadsheet with the names and
      // account numbers of certain members": two items after a word that says what a thing
      // held, both of them items (the second up to a word that starts what follows it: " of",
      // " to", " that" …).
      static const RE2 held_two(
          "(?i)\\b(?:held|holds|included|includes|contained|contains|containing|listed|listing|"
          "showed|shows|with) (?:the |your |their |[a-z]+s['’] )?([a-z][a-z -]{2,40}?) *$");
      if (parts.size() == 2 && RE2::PartialMatch(parts[0], held_two, &m)) {
        std::string_view second = TrimSpace(parts[1]);
        for (std::string_view cut :
             {" of ", " to ", " for ", " were ", " was ", " that ", " which ", " who "})
          if (const size_t at = second.find(cut); at != std::string_view::npos)
            second = second.substr(0, at);
        while (second.ends_with('.')) second.remove_suffix(1);
        // (Each a noun of up to three words: "a copy of an appointment and billing report that
        // the office manager …" names papers, not two items.)
        const std::string_view first(m.data(), m.size());
        auto short_noun = [](std::string_view w) {
          return w.size() <= 40 && std::count(w.begin(), w.end(), ' ') <= 2 &&
                 w.find(" of ") == std::string_view::npos;
        };
        if (short_noun(first) && short_noun(second) && DataItemFor(first) && DataItemFor(second)) {
          take_one(m);
          take_one(re2::StringPiece(second.data(), second.size()));
        }
      }
      continue;
    }
    // "…, and entered their username and password on a fake login page": what someone
    // typed in or handed over, from that verb to the sentence's end, is an act, not a list.
    if (!listing) {
      static const RE2 handed_over(
          "(?i)^ *(?:and )?(?:then )?(?:entered|typed|keyed|submitted|supplied|provided|gave|"
          "divulged) (?:their|his|her|its|our|your|the|a|an) ");
      // (The verb opens the part: looked for by hand before the regex is asked.)
      auto may_hand_over = [](std::string_view w) {
        w = TrimSpace(w);
        for (std::string_view lead : {"and ", "then "})
          if (StartsWithAsciiNoCase(w, lead)) w.remove_prefix(lead.size());
        for (std::string_view verb : {"entered ", "typed ", "keyed ", "submitted ", "supplied ",
                                      "provided ", "gave ", "divulged "})
          if (StartsWithAsciiNoCase(w, verb)) return true;
        return false;
      };
      for (size_t pi = 0; pi < parts.size(); ++pi)
        if (may_hand_over(parts[pi]) && RE2::PartialMatch(parts[pi], handed_over)) {
          parts.resize(pi);
          break;
        }
    }
    std::vector<std::pair<std::string, std::optional<DataItem>>> mapped;
    std::vector<bool> lead_in;
    int known = 0;
    bool in_definition = false;  // inside "(in combination with …)"
    for (size_t pi = 0; pi < parts.size(); ++pi) {
      // "Financial Account Number or Credit/Debit Card Number (in combination with security code,
      // access code, password or PIN for the account)": a breach form's definition of the
      // category, not items that were taken.
      {
        const std::string_view t = TrimSpace(parts[pi]);
        if (!in_definition)
          in_definition = StartsWithAsciiNoCase(t, "(in combination with") ||
                          StartsWithAsciiNoCase(t, "in combination with");
        if (in_definition) {
          in_definition = t.find(')') == std::string_view::npos;
          continue;
        }
      }
      // "buyers' and sellers' names": a possessive before "and" belongs to the
      // next item; it is no item of its own.
      {
        const std::string_view t = TrimSpace(parts[pi]);
        if ((t.ends_with("'") || t.ends_with("’")) && !DataItemFor(t)) continue;
      }
      std::string c = CleanItem(parts[pi]);
      // "パスワード設定なし": an item said to be absent.
      if (c.ends_with("なし") || c.ends_with("無し")) continue;
      // "タブレット端末はパスワードでロックされており", "the laptop was password-protected":
      // the password is a safeguard of the data, not a part of it.
      static constexpr KanaWords kPasswordBy{"パスワードで", "パスワードによ"};
      // (Each English phrase holds "password": looked for first.)
      if (kPasswordBy.In(c) || (ContainsAsciiNoCase(c, "password") &&
                                (ContainsAsciiNoCase(c, "password-protected") ||
                                 ContainsAsciiNoCase(c, "password protected") ||
                                 ContainsAsciiNoCase(c, "protected by a password"))))
        continue;
      if (!IsJapanese(c)) {
        // "<<Variable Data Elements>>": a letter template's placeholder, no item; nor is an
        // address to write to ("press@ledgerpathpayroll.example").
        if (c.find("<<") != std::string::npos || c.find("[[") != std::string::npos ||
            c.find('@') != std::string::npos)
          continue;
        // "a summary of purchase history", "a copy of the lease": the item is what the
        // summary or the copy is of.
        static const RE2 generic_of(
            "(?i)^(?:an? |the )?(?:summary|summaries|copy|copies|list|record|log|details|"
            "description) of (?:the |their |your |his |her )?([a-z][a-z '-]*)$");
        // ("a description of services" is an item as it stands.)
        if (std::string inner; c.find(" of ") != std::string::npos &&
                               RE2::FullMatch(c, generic_of, &inner) && !DataItemFor(c))
          c = inner;
        // "Birchwood Medical Center, a subsidiary of Larkfield Health System, Inc., is providing
        // notice": the organisation, not items.
        if (NamesOrganization(TrimSpace(parts[pi]))) continue;
        // "The account contained emails and attachments … including names": the messages
        // that held the items, not e-mail addresses.
        if (pi + 1 < parts.size() && (c.size() == 6 || c.size() == 7) &&
            (AsciiLower(c) == "emails" || AsciiLower(c) == "e-mails") &&
            StartsWithAsciiNoCase(TrimSpace(parts[pi + 1]), "attachments"))
          continue;
        // "Working with our payment processor, …": a clause, not an item.
        static const RE2 clause("(?i)^[a-z]+ing (?:with|by|through|to|for|on|at) ");
        if (c.find("ing ") != std::string::npos && RE2::PartialMatch(c, clause)) continue;
        // "billing and shipping address": a modifier that shares the next item's noun.
        static const RE2 modifier(
            "(?i)billing|mailing|shipping|home|work|business|residential|postal|physical|"
            "delivery|cell|mobile|share|savings|checking|loan|deposit|payroll");
        if (pi + 1 < parts.size() && c.find(' ') == std::string::npos &&
            RE2::FullMatch(c, modifier))
          continue;
        // "the date and time of the appointment": a word that only qualifies the item after
        // it.
        static const RE2 qualifier("(?i)dates?|times?|front|back|first|last|full|partial");
        if (pi + 1 < parts.size() && c.find(' ') == std::string::npos &&
            RE2::FullMatch(c, qualifier))
          continue;
      }
      const bool last_part =
          pi + 1 == parts.size() || (pi + 2 == parts.size() && TrimSpace(parts.back()).empty());
      if (IsJapanese(c) && c.size() > 45) {
        // "電話番号を保存したUSBメモリ": the item before the first particle;
        // "流出した個人情報は氏名": the item after the topic marker.
        std::string head;
        for (const char* particle : {"を", "が", "等", "など", "も"}) {
          size_t at = FindRare(c, particle);
          if (at != std::string::npos && (head.empty() || at < head.size())) head = c.substr(0, at);
        }
        // ("メール本文が窃取された可能性があります": the last item, known or not;
        // "運転免許証の情報等を閲覧した": a known item may hold の.)
        if (last_part && !head.empty() && head.size() <= 30 &&
            (DataItemFor(head) ||
             (FindRare(head, "の") == std::string::npos && head.size() <= 18))) {
          c = head;
        } else {
          // "本会とメールのやり取りのあった方の氏名": the item after the last の (the
          // first part may also open with a topic: "流出した個人情報は氏名").
          size_t at = pi == 0 ? RFindKana(c, "は") : std::string::npos;
          if (at == std::string::npos) at = RFindKana(c, "の");
          if (at != std::string::npos) {
            std::string after = CleanItem(c.substr(at + 3));
            if (DataItemFor(after)) c = after;
          }
        }
      }
      if (c.empty()) continue;
      // "パスワード付きZIPファイル", "暗証番号でロックされています": a lock on a file or device,
      // not a password that leaked.
      if (IsJapanese(c) && (FindRare(c, "パスワード付") != std::string::npos ||
                            FindRare(c, "でロック") != std::string::npos))
        continue;
      size_t words = static_cast<size_t>(std::count(c.begin(), c.end(), ' ') + 1);
      if (IsJapanese(c) ? c.size() > 45 : (words > 6 || c.size() > 60)) {
        // Under a data heading a long line still names its item ("修学旅行の写真 約300枚…").
        if (data_section && pi == 0 && parts.size() == 1)
          if (std::optional<DataItem> item = DataItemFor(c)) items.insert(*item), ++lists_found;
        continue;
      }
      std::optional<DataItem> item;
      // "傷病者の氏名", "水道使用場所の住所": the item is the noun after the last の.
      if (size_t no = RFindKana(c, "の"); no != std::string::npos && IsJapanese(c)) {
        item = DataItemFor(c.substr(no + std::string_view("の").size()));
        // ("旅券の有効期限": a passport's expiry, which the whole names, not a card's.)
        if (item == DataItem::kCreditCard)
          if (const std::optional<DataItem> whole = DataItemFor(c)) item = whole;
      }
      if (!item) item = DataItemFor(c);
      // "time of the appointment": CleanItem keeps the word before "of the"; the item may
      // be what follows it. "the reason for the appointment": CleanItem drops what follows
      // "for"; the item may be the whole phrase.
      // (Not in a clause: "The officer did not complete all of the identity checks set out in
      // our procedures" names no procedure that leaked.)
      if (!item && !IsJapanese(c) && std::count(parts[pi].begin(), parts[pi].end(), ' ') <= 12) {
        const std::string_view whole = TrimSpace(parts[pi]);
        for (std::string_view of : {" of the ", " of "})
          if (const size_t at = whole.find(of); !item && at != std::string_view::npos)
            item = DataItemFor(whole.substr(at + of.size()));
        if (!item && whole.find(" for ") != std::string_view::npos) item = DataItemFor(whole);
      }
      // "記号・番号": a bare 番号 continues the item before it.
      if (!item && c == "番号" && !mapped.empty() && mapped.back().second)
        item = mapped.back().second;
      if (item) ++known;
      mapped.emplace_back(c, item);
      lead_in.push_back(pi == 0 && parts.size() > 1 && !bulleted && !(in_list && !data_section));
    }
    // "- order history" under a data heading: a bullet names one item, known or not; so does
    // "・利用者負担の割合及び適用期間", split at 及び into two words no rule knows.
    const bool one_bullet =
        listing && bulleted &&
        (mapped.size() == 1 ||
         (known == 0 && mapped.size() == 2 && FindRare(seg, "及び") != std::string_view::npos));
    if (known < (listing ? 1 : 2) && !one_bullet) continue;
    // (A table's rows are one list, however many.)
    if (!spaced_row) ++lists_found;
    last_list_end = s + seg.size();
    for (size_t mi = 0; mi < mapped.size(); ++mi) {
      auto& [raw, item] = mapped[mi];
      bool ja = IsJapanese(raw);
      // Unknown phrases count as "other" only when they look like an item:
      // short, no digits, not a clause.
      if (!item) {
        // "…of current and former employees and their dependents": the people
        // the data belongs to are no item.
        if (!ja) {
          static const RE2 people(
              "(?i)(?:^| )(?:employees|dependents|spouses|children|members|customers|patients|"
              "students|individuals|residents|clients|family members|beneficiaries|guardians?|"
              "callers|recipients|applicants|parents?|tenants|pupils|businesses|companies|"
              "organi[sz]ations|employers)$");
          if (RE2::PartialMatch(raw, people)) continue;
          // "in federal (and state tax returns)", "for staff": a fragment the list split
          // off, not an item.
          static const RE2 fragment(
              "(?i)^(?:(?:in|for|on|at|by|from|to|with|as|such|a|an|the|any|all|some|"
              "certain)(?: |$)|staff$|LLC |"
              // "files", "records": what held the items; "reset all passwords", "Revoked …":
              // what was done.
              "(?:files|records|documents|papers)$|(?:reset|changed|forced|revoked) |"
              // "completed on", "threat actor exfiltrated": a clause's end, not an item.
              "(?:.* )?(?:on|of|to|by|for|with|at|from|and|or)$|"
              "(?:.* )?(?:exfiltrated|accessed|acquired|copied|stole|stolen|viewed|obtained|"
              "included|contained|involved|affected|exposed|completed|began|disabled|"
              "encrypted|downloaded)(?: .*)?$|"
              // "the letter said", "staff confirmed", "(the data was) used": a verb of the
              // sentence around the list; "… rather than on paper", "only the …".
              "(?:.* "
              ")?(?:said|says|confirmed|used|revoked|stated|noted|explained|needed|provided)$|"
              ".* rather than .*|only(?: |$)|"
              // "for between one and nine hours": a duration.
              "(?:[a-z0-9]+ )?(?:hours?|days?|minutes?|weeks?|months?|years?)$|"
              // "patients of our Halifax and Dartmouth locations": where, not what; "amounts
              // billed and paid": the end of the item before it.
              "(?:[a-z]+ "
              ")?(?:locations?|offices|branches|sites)$|^(?:paid|billed|received|owed)$)");
          if (RE2::PartialMatch(raw, fragment)) continue;
          // "DALLAS, Texas, June 9, 2026 -- …", "the U.S. Department of Health and Human
          // Services": a place or a body's name in title case, not an item (words in capitals,
          // "VIN", may be one).
          {
            bool title_case = raw.size() >= 3;
            int words = 0;
            for (size_t w = 0; title_case && w < raw.size(); ++words) {
              const size_t end = std::min(raw.find(' ', w), raw.size());
              const std::string_view word = std::string_view(raw).substr(w, end - w);
              title_case = !word.empty() && std::isupper(static_cast<unsigned char>(word[0])) &&
                           std::any_of(word.begin(), word.end(),
                                       [](char ch) { return ch >= 'a' && ch <= 'z'; });
              w = end + 1;
            }
            if (title_case && words >= 2) continue;
            if (title_case) {
              const std::vector<PlaceMention> state = FindUsStates(raw);
              if (state.size() == 1 && state[0].start == 0 && state[0].end == raw.size()) continue;
            }
          }
        } else {
          // "従業員および退職者：氏名、住所": the people the list is about, not an item.
          static const RE2 people_ja(
              "(?:従業員|職員|社員|退職者|担当者|保護者|利用者|会員|顧客|患者|生徒|児童|学生|"
              "住民|市民|お客様|お客さま|関係者|応募者|受験者|入居者|家族|取引先|"
              "配偶者|請求者|申請者|世帯員|被扶養者|扶養親族)(?:様|さま)?$");
          if (RE2::PartialMatch(raw, people_ja)) continue;
          // "アレルギーの有無・内容": 内容 alone is the rest of the item before it.
          if (raw == "内容") continue;
        }
        size_t chars =
            ja ? raw.size() / 3 : static_cast<size_t>(std::count(raw.begin(), raw.end(), ' ') + 1);
        bool clause = HasAsciiDigit(raw) || raw.ends_with("は") || raw.ends_with("が") ||
                      raw.ends_with("を") || raw.ends_with("の") || raw.ends_with("に") ||
                      raw.ends_with("で") || raw.ends_with("から") || raw.ends_with("ため") ||
                      raw.ends_with("た") || raw.ends_with("済み") ||
                      // "■外部からの閲覧について": a topic's heading, not an item.
                      raw.ends_with("について");
        if (clause || chars > (ja ? 12u : 3u) || chars < (ja ? 2u : 1u)) continue;
        if (lead_in[mi]) continue;  // a lead-in clause, not an item
        item = DataItem::kOther;
      }
      if (*item == DataItem::kCreditCard) {
        static const RE2 bare_expiry("(?i)^(?:有効期限|(?:the )?(?:expiration|expiry) dates?)$");
        (RE2::FullMatch(raw, bare_expiry) ? expiry_only : card_named) = true;
      }
      items.insert(*item);
      if (seen_raw.insert(raw).second) out.raw.push_back(raw);
    }
  }
  // "氏名、住所、被保険者番号、有効期限": the expiry of an insurance card or another document the
  // list is about, not a payment card's, unless a card is named too ("カード番号、有効期限").
  if (expiry_only && !card_named) items.erase(DataItem::kCreditCard);
  out.items.assign(items.begin(), items.end());
  record::NormalizeDataItems(out.items);
  return out;
}

DataItems FindTitleDataItems(std::string_view title) {
  DataItems out;
  std::set<DataItem> items;
  // A notice's title says what happened; a site's menu ("くらし・手続き 健康・福祉 …")
  // taken for one names no items.
  static const RE2 notice_title(
      "流出|漏|紛失|盗|誤|不正|閲覧|公開|送付|送信|について|お詫び|お知らせ");
  // (A title is one line of a page; a longer one, as a page's broken <title> may be, is
  // not read: each piece below is looked for from its start.)
  if (title.size() > 600 || !RE2::PartialMatch(title, notice_title)) return out;
  static constexpr std::string_view kSeps[] = {"の", "・", "、",   "(",     ")",
                                               "等", "を", "及び", "および"};
  NextWord seps(title, kSeps);
  size_t from = 0;
  while (from < title.size()) {
    size_t to = title.size(), len = 0;
    if (const auto [at, k] = seps.From(from); at != std::string_view::npos)
      to = at, len = kSeps[k].size();
    const std::string_view piece = TrimSpace(title.substr(from, to - from));
    // Twelve characters at most: a name for data, not a clause; not the document or
    // device that held the data ("国民健康保険料納入通知書", "検針用携帯端末",
    // "介護保険負担割合証").
    // (Nor an event whose participants the data is about: "健康づくり講座の参加者へのメール".)
    static const RE2 carrier(
        "(?:書|票|通知|一覧|名簿|台帳|リスト|ファイル|データ|端末|メモリ|割合証|認定証|"
        "パソコン|書類|用紙|はがき|封筒|講座|教室|セミナー|説明会|イベント|キャンペーン|大会|"
        // "介護人材育成研修の受講者へのメール誤送信": a course whose participants it is about.
        "研修|講習|"
        // "お客さま情報を含む電子メールの誤送信": the e-mail that carried the data.
        "電子メール|メール)$");
    // (Nor the scheme whose users the data is about: "介護保険の利用者ら約2400人分の情報".)
    const std::string_view next = title.substr(to);
    const bool users_of = next.starts_with("の利用者") || next.starts_with("の受給者") ||
                          next.starts_with("の加入者") || next.starts_with("の対象者") ||
                          next.starts_with("の申請者");
    if (!piece.empty() && piece.size() <= 36 && IsJapanese(piece) && !users_of &&
        piece.find(' ') == std::string_view::npos && !RE2::PartialMatch(piece, carrier))
      if (std::optional<DataItem> item = DataItemFor(piece); item && items.insert(*item).second)
        out.raw.emplace_back(piece);
    from = to + std::max<size_t>(len, 1);
  }
  out.items.assign(items.begin(), items.end());
  return out;
}

}  // namespace leakwatch::text
